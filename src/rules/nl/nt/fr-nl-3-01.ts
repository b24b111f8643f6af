import { NS } from '../../../dts/namespaces.js';
import { descendants } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FR_NL } from './util.js';

/** FR-NL-3.01: dates in `xbrli:period` (startDate, endDate, instant) MUST be given without time (no `T...`). */
export const frNl301: NtRule = {
  code: 'NL.FR-NL-3.01',
  spec: `${SPEC_FR_NL}, FR-NL-3.01`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `Context ${p.context}: xbrli:${p.element} "${p.value}" has a time; write the date only (YYYY-MM-DD)`,
    nl: (p) =>
      `Context ${p.context}: xbrli:${p.element} "${p.value}" bevat een tijd; schrijf alleen de datum (JJJJ-MM-DD)`,
  },
  check(ctx) {
    for (const c of ctx.instance?.contexts.values() ?? []) {
      for (const el of descendants(c.element)) {
        if (el.ns !== NS.xbrli || !['startDate', 'endDate', 'instant'].includes(el.local)) continue;
        if (el.text.includes('T')) ctx.report({ context: c.id, element: el.local, value: el.text.trim() }, at(el));
      }
    }
  },
};
