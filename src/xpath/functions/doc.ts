/**
 * F&O section 15.5: fn:doc, fn:doc-available, fn:collection. Documents come only from
 * `DynamicContext.loadDocument` (the caller decides what is reachable; nothing is fetched): no loader or no
 * document is err:FODC0002, an invalid URI err:FODC0005. Relative URIs resolve against DynamicContext.baseURI.
 */
import type { AtomicValue, DynamicContext, FunctionDef, XNode } from '../types.js';
import { XPathError } from '../types.js';
import { EMPTY, bool } from '../xdm.js';
import { atomicParam, fn } from './util.js';

function resolveUri(ctx: DynamicContext, uri: string): string {
  // RFC 3986: no spaces or delimiters, well-formed %-escapes, and a colon in the first segment only after a scheme
  if (
    /[\s<>"{}|\\^`]/.test(uri.trim()) ||
    /%(?![0-9A-Fa-f]{2})/.test(uri) ||
    (/^[^/?#]*:/.test(uri) && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri))
  ) {
    throw new XPathError('err:FODC0005', `"${uri}" is not a valid URI`);
  }
  try {
    return ctx.baseURI ? new URL(uri, ctx.baseURI).href : new URL(uri).href;
  } catch {
    return uri;
  }
}

function load(ctx: DynamicContext, uri: string): XNode | undefined {
  if (!ctx.loadDocument) return undefined;
  try {
    return ctx.loadDocument(resolveUri(ctx, uri));
  } catch (e) {
    if (e instanceof XPathError) throw e;
    return undefined;
  }
}

export const functions: FunctionDef[] = [
  fn(
    'doc',
    1,
    1,
    (ctx, [a]) => {
      if (a!.length === 0) return EMPTY;
      const uri = String((a![0] as AtomicValue).value);
      const d = load(ctx, uri);
      if (!d) throw new XPathError('err:FODC0002', `the document "${uri}" is not available`);
      return [d];
    },
    { params: [atomicParam('string', '?')] },
  ),
  fn(
    'doc-available',
    1,
    1,
    (ctx, [a]) => {
      if (a!.length === 0) return bool(false);
      try {
        return bool(load(ctx, String((a![0] as AtomicValue).value)) !== undefined);
      } catch {
        return bool(false);
      }
    },
    { params: [atomicParam('string', '?')] },
  ),
  fn(
    'collection',
    0,
    1,
    (_ctx, a) => {
      throw new XPathError(
        'err:FODC0002',
        a.length && a[0]!.length
          ? `the collection "${String((a[0]![0] as AtomicValue).value)}" is not available`
          : 'there is no default collection',
      );
    },
    { params: [atomicParam('string', '?')] },
  ),
];
