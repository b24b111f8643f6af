/**
 * The separate Inline XBRL document for filing purposes (KvK 2025 and multi-target, NL-KVK.3.6.3.4-3.6.3.7, 6.1.3.4):
 * of a report with more than one document, the one whose facts are all in the `filing-information` target or,
 * without targets, the document with the fewest facts.
 */
import { IX_NS } from '../../../ixbrl/extract.js';
import type { InlineContext, InlineDocument } from '../types.js';
import { allElements } from './util.js';

export function factsOf(d: InlineDocument) {
  return allElements(d).filter((e) => e.ns === IX_NS && ['nonFraction', 'nonNumeric', 'fraction'].includes(e.local));
}

export function filingDocument(ctx: InlineContext): InlineDocument | undefined {
  if (ctx.documents.length < 2) return undefined;
  const byTarget = ctx.documents.find((d) => {
    const f = factsOf(d);
    return f.length > 0 && f.every((e) => e.attrs.get('target') === 'filing-information');
  });
  if (byTarget) return byTarget;
  return [...ctx.documents].sort((a, b) => factsOf(a).length - factsOf(b).length)[0];
}
