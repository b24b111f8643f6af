import type { NtRule } from '../types.js';
import { factKind } from './decimals.js';
import { factName, SPEC_FR_KVK } from './util.js';

export const MONETARY_DECIMALS = ['INF', '-9', '-6', '-3', '0', '2'];

/**
 * FR-KVK-5.01: `decimals` of monetary facts MUST be one of the allowed values INF, -9, -6, -3, 0, 2. A fact is monetary
 * by its concept's type; without the DTS, by a unit of one ISO 4217 currency.
 */
export const frKvk501: NtRule = {
  code: 'NL.FR-KVK-5.01',
  spec: `${SPEC_FR_KVK}, FR-KVK-5.01`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) => `${p.fact} is monetary with decimals="${p.decimals}"; use one of ${MONETARY_DECIMALS.join(', ')}`,
    nl: (p) =>
      `${p.fact} is een geldbedrag met decimals="${p.decimals}"; gebruik een van ${MONETARY_DECIMALS.join(', ')}`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const f of inst.facts) {
      if (f.decimals === undefined || factKind(f, inst, ctx.taxonomy) !== 'monetary') continue;
      if (!MONETARY_DECIMALS.includes(f.decimals.trim())) ctx.report({ fact: factName(f), decimals: f.decimals }, f);
    }
  },
};
