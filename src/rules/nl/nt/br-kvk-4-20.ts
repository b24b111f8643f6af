import { NS } from '../../../dts/namespaces.js';
import { descendants } from '../../../xml/parse.js';
import type { NtRule } from '../types.js';
import { at, factName, SPEC_BR_KVK, validDate } from './util.js';

/**
 * BR-KVK-4.20: every date in the instance MUST be a valid date in the form YYYY-MM-DD: period dates of contexts
 * (their date part, FR-NL-3.01 covers a time) and facts of date type (by the concept's type; without the DTS, NT
 * concepts whose name ends in `Date` with a value written with digits and separators).
 */
export const brKvk420: NtRule = {
  code: 'NL.BR-KVK-4.20',
  spec: `${SPEC_BR_KVK}, BR-KVK-4.20`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) => `${p.what} has "${p.value}", which is not a valid date YYYY-MM-DD; correct it`,
    nl: (p) => `${p.what} heeft "${p.value}", geen geldige datum JJJJ-MM-DD; corrigeer het`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const c of inst.contexts.values()) {
      for (const el of descendants(c.element)) {
        if (el.ns !== NS.xbrli || !['startDate', 'endDate', 'instant'].includes(el.local)) continue;
        const v = el.text.trim();
        if (!validDate(v.replace(/T.*$/, '')))
          ctx.report({ what: `Context ${c.id} xbrli:${el.local}`, value: v }, at(el));
      }
    }
    for (const f of inst.facts) {
      if (f.isTuple || f.nil) continue;
      const concept = ctx.taxonomy?.concepts[f.concept];
      // Without the DTS: an NT concept named ...Date whose value is written as a date (digits and separators), so that a
      // text concept such as AnalysisOfTheSituationOnTheBalanceSheetDate is not taken for one.
      const isDate = concept
        ? concept.xbrliType === 'dateItemType'
        : /nltaxonomie\.nl\//.test(f.concept) &&
          f.element.local.endsWith('Date') &&
          /^\s*[\d][\d\-/.]*\s*$/.test(f.value);
      if (isDate && !validDate(f.value)) ctx.report({ what: factName(f), value: f.value.trim() }, f);
    }
  },
};
