import type { InlineRule } from '../types.js';
import { ARC, hrefIsExtension, rawArcs, XLINK } from './ext.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.4.4.3.1 (NL-GAAP/IFRS): the extension MUST NOT prohibit or override dimension-default arcs of the KvK taxonomy. */
export const kvk4431: InlineRule = {
  code: 'NL.NL-KVK.4.4.3.1.extensionTaxonomyOverridesDefaultMembers',
  spec: `${SPEC_KVK}, NL-KVK.4.4.3.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The extension ${p.how} a dimension-default arc of the KvK taxonomy (${p.from}); remove that arc`,
    nl: (p) => `De extensie ${p.howNl} een dimension-default-arc van de KvK-taxonomie (${p.from}); verwijder die arc`,
  },
  check(ctx) {
    for (const { arc } of rawArcs(ctx, ARC.dimensionDefault)) {
      const prohibited = arc.attrs.get('use') === 'prohibited';
      const priority = Number(arc.attrs.get('priority') ?? '0') > 0;
      if (!prohibited && !priority) continue;
      const from = arc.attrs.get(`{${XLINK}}from`) ?? '';
      const loc = arc.parent?.children.find(
        (c) => c.attrs.get(`{${XLINK}}label`) === from && c.attrs.get(`{${XLINK}}type`) === 'locator',
      );
      if (loc && hrefIsExtension(ctx, loc.attrs.get(`{${XLINK}}href`) ?? '')) continue;
      ctx.report(
        { from, how: prohibited ? 'prohibits' : 'overrides', howNl: prohibited ? 'verbiedt' : 'overschrijft' },
        { file: arc.doc.url, line: arc.line, column: arc.column },
      );
    }
  },
};
