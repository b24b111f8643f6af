import type { InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { extensionRelationships, SPEC_KVK } from './util.js';

/** NL-KVK.4.2.1.1 (NL-GAAP/IFRS): all/notAll arcs of the extension MUST have xbrldt:contextElement="scenario". */
export const kvk4211: InlineRule = {
  code: 'NL.NL-KVK.4.2.1.1.scenarioNotUsedInExtensionTaxonomy',
  spec: `${SPEC_KVK}, NL-KVK.4.2.1.1`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `The ${p.arcrole} arc from ${p.from} to ${p.to} has xbrldt:contextElement="${p.ce}"; use "scenario"`,
    nl: (p) =>
      `De ${p.arcrole}-arc van ${p.from} naar ${p.to} heeft xbrldt:contextElement="${p.ce}"; gebruik "scenario"`,
  },
  check(ctx) {
    for (const arcrole of [ARC.all, ARC.notAll])
      for (const r of extensionRelationships(ctx, arcrole)) {
        const ce = r.attributes['{http://xbrl.org/2005/xbrldt}contextElement'] ?? '';
        if (ce !== 'scenario')
          ctx.report(
            {
              arcrole: arcrole.split('/').pop()!,
              from: r.from.replace(/^\{[^}]*\}/, ''),
              to: r.to.replace(/^\{[^}]*\}/, ''),
              ce,
            },
            r.loc,
          );
      }
  },
};
