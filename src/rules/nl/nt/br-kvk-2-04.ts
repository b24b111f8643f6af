import type { NtRule } from '../types.js';
import { addDays, datePart, ntValue, SPEC_BR_KVK, validDate } from './util.js';

/**
 * BR-KVK-2.04: the period of every context MUST be the current or the previous financial reporting period
 * (jenv-bw2-i:FinancialReportingPeriodCurrent/PreviousStartDate/EndDate), or, for instants, the end of the current
 * period or the day before the start of the current or of the previous period.
 */
export const brKvk204: NtRule = {
  code: 'NL.BR-KVK-2.04',
  spec: `${SPEC_BR_KVK}, BR-KVK-2.04`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `Context ${p.context} has the period ${p.period}; use the current period (${p.current}), the previous period (${p.previous}) or one of the instants ${p.instants}`,
    nl: (p) =>
      `Context ${p.context} heeft de periode ${p.period}; gebruik de huidige periode (${p.current}), de vorige periode (${p.previous}) of een van de instants ${p.instants}`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const v = (n: string) => ntValue(inst, 'jenv-bw2-data', n)?.value;
    const cs = v('FinancialReportingPeriodCurrentStartDate');
    const ce = v('FinancialReportingPeriodCurrentEndDate');
    const ps = v('FinancialReportingPeriodPreviousStartDate');
    const pe = v('FinancialReportingPeriodPreviousEndDate');
    if (!cs || !ce || !ps || !pe) return;
    const csd = validDate(cs);
    const psd = validDate(ps);
    if (!csd || !psd) return;
    const instants = [ce, addDays(csd, -1), addDays(psd, -1)];
    for (const c of inst.contexts.values()) {
      const p = c.period;
      let ok: boolean;
      let period: string;
      if (p.kind === 'instant') {
        ok = instants.includes(datePart(p.instant));
        period = p.instant.trim();
      } else if (p.kind === 'duration') {
        const s = datePart(p.start);
        const e = datePart(p.end);
        ok = (s === cs && e === ce) || (s === ps && e === pe);
        period = `${p.start.trim()}..${p.end.trim()}`;
      } else {
        ok = false;
        period = 'forever';
      }
      if (!ok)
        ctx.report(
          { context: c.id, period, current: `${cs}..${ce}`, previous: `${ps}..${pe}`, instants: instants.join(', ') },
          c,
        );
    }
  },
};
