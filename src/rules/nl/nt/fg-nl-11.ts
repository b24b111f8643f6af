import { NS } from '../../../dts/namespaces.js';
import { ISO4217_NS } from '../../../instance/load.js';
import { descendants, resolveQName } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FG_NL } from './util.js';

const UTR_NS = 'http://www.xbrl.org/2009/utr';

/**
 * FG-NL-11: an instance SHOULD only use standard units, based on the XBRL Units Registry: ISO 4217 currencies
 * (three capital letters), `xbrli:pure`, `xbrli:shares` and the UTR namespace.
 */
export const fgNl11: NtRule = {
  code: 'NL.FG-NL-11',
  spec: `${SPEC_FG_NL}, FG-NL-11`,
  severity: 'warning',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `Unit ${p.unit} uses the measure ${p.measure}, which is not a standard unit of the Units Registry; use an ISO 4217 currency, xbrli:pure, xbrli:shares or a UTR unit`,
    nl: (p) =>
      `Unit ${p.unit} gebruikt de measure ${p.measure}, die geen standaardeenheid van de Units Registry is; gebruik een ISO 4217-valuta, xbrli:pure, xbrli:shares of een UTR-eenheid`,
  },
  check(ctx) {
    for (const u of ctx.instance?.units.values() ?? []) {
      for (const el of descendants(u.element)) {
        if (el.ns !== NS.xbrli || el.local !== 'measure') continue;
        const text = el.text.trim();
        const q = resolveQName(el, text);
        const ok =
          q &&
          ((q.ns === ISO4217_NS && /^[A-Z]{3}$/.test(q.local)) ||
            (q.ns === NS.xbrli && ['pure', 'shares'].includes(q.local)) ||
            q.ns === UTR_NS);
        if (!ok) ctx.report({ unit: u.id, measure: text }, at(el));
      }
    }
  },
};
