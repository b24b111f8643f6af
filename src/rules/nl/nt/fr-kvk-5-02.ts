import type { NtRule } from '../types.js';
import { factKind } from './decimals.js';
import { factName, SPEC_FR_KVK } from './util.js';

/**
 * FR-KVK-5.02: `decimals` of non-monetary numeric facts MUST be `INF`. A fact is non-monetary numeric by its concept's
 * type; without the DTS, by a unit that is not one ISO 4217 currency.
 */
export const frKvk502: NtRule = {
  code: 'NL.FR-KVK-5.02',
  spec: `${SPEC_FR_KVK}, FR-KVK-5.02`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) => `${p.fact} is a non-monetary number with decimals="${p.decimals}"; use decimals="INF"`,
    nl: (p) => `${p.fact} is een getal dat geen geldbedrag is met decimals="${p.decimals}"; gebruik decimals="INF"`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const f of inst.facts) {
      if (f.decimals === undefined || factKind(f, inst, ctx.taxonomy) !== 'numeric') continue;
      if (f.decimals.trim() !== 'INF') ctx.report({ fact: factName(f), decimals: f.decimals }, f);
    }
  },
};
