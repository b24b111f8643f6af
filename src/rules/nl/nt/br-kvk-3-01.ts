import { NS } from '../../../dts/namespaces.js';
import { ISO4217_NS } from '../../../instance/load.js';
import { descendants, resolveQName } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { SPEC_BR_KVK } from './util.js';

/** BR-KVK-3.01: a measure in the `http://www.xbrl.org/2003/iso4217` namespace MUST appear exactly once in the instance (one reporting currency). */
export const brKvk301: NtRule = {
  code: 'NL.BR-KVK-3.01',
  spec: `${SPEC_BR_KVK}, BR-KVK-3.01`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `The instance has ${p.n} ISO 4217 currency measure(s)${p.list}; it must have exactly one (one unit with the reporting currency)`,
    nl: (p) =>
      `Het instance-document heeft ${p.n} ISO 4217-valutameasure(s)${p.list}; het moet er precies één hebben (één unit met de rapportagevaluta)`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const found: string[] = [];
    for (const u of inst.units.values()) {
      for (const el of descendants(u.element)) {
        if (el.ns !== NS.xbrli || el.local !== 'measure') continue;
        if (resolveQName(el, el.text.trim())?.ns === ISO4217_NS) found.push(`${u.id}: ${el.text.trim()}`);
      }
    }
    if (found.length !== 1)
      ctx.report(
        { n: found.length, list: found.length ? ` (${found.join(', ')})` : '' },
        found.length
          ? inst.units.values().next().value
          : { file: ctx.file, line: inst.root.line, column: inst.root.column },
      );
  },
};
