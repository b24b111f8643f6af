import { contextKey, unitKey } from '../../../instance/equality.js';
import type { NtRule } from '../types.js';
import { factName, SPEC_FR_NL } from './util.js';

/**
 * FR-NL-5.01: an instance MUST NOT contain duplicate facts: the same concept with the same (c-equal) context and the
 * same (u-equal) unit, whatever their values and languages.
 */
export const frNl501: NtRule = {
  code: 'NL.FR-NL-5.01',
  spec: `${SPEC_FR_NL}, FR-NL-5.01`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `${p.fact} is reported more than once for the same context and unit (first on line ${p.firstLine}); keep one fact`,
    nl: (p) =>
      `${p.fact} is meer dan eens gerapporteerd met dezelfde context en unit (eerst op regel ${p.firstLine}); houd één feit over`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const seen = new Map<string, number>();
    for (const f of inst.facts) {
      if (f.isTuple) continue;
      const c = f.contextRef !== undefined ? inst.contexts.get(f.contextRef) : undefined;
      const u = f.unitRef !== undefined ? inst.units.get(f.unitRef) : undefined;
      const k = `${f.concept}\u0000${c ? contextKey(c, inst.declarations) : `#${f.contextRef}`}\u0000${u ? unitKey(u) : `#${f.unitRef ?? ''}`}\u0000${f.parent ? inst.facts.indexOf(f.parent) : -1}`;
      const first = seen.get(k);
      if (first !== undefined) ctx.report({ fact: factName(f), firstLine: first }, f);
      else seen.set(k, f.line);
    }
  },
};
