import type { InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

const ERRORS = 'NL.NL-KVK.3.7.1.1.targetXBRLDocumentWithFormulaErrors';
const WARNINGS = 'NL.NL-KVK.3.7.1.2.targetXBRLDocumentWithFormulaWarnings';

/**
 * NL-KVK.3.7.1.1 and 3.7.1.2: the filing MUST satisfy the formula assertions of the KvK taxonomy of error severity
 * (3.7.1.1, error) and of warning severity (3.7.1.2, reported as a warning). Reads the outcome of the formula
 * assertions the pipeline evaluated (src/rules/formula, findings `formula:<assertion id>`); when they were not
 * evaluated (no formula linkbase in the DTS, formula switched off) one info finding says so instead of a silent pass.
 */
export const kvk371: InlineRule = {
  code: 'NL.NL-KVK.3.7.1.formulaNotEvaluated',
  spec: `${SPEC_KVK}, NL-KVK.3.7.1.1 and 3.7.1.2`,
  severity: 'info',
  applies: 'all',
  message: {
    en: () =>
      'NL-KVK.3.7.1.1/3.7.1.2 (formula assertions of error and warning severity) were not checked: no formula assertions were evaluated for this report; check the KvK assertions before filing',
    nl: () =>
      'NL-KVK.3.7.1.1/3.7.1.2 (formule-asserties met ernst error en warning) zijn niet gecontroleerd: voor dit rapport zijn geen formule-asserties uitgevoerd; controleer de KvK-asserties voor het deponeren',
  },
  others: {
    [ERRORS]: {
      en: (p) =>
        `${p.n} formula assertion(s) of error severity are not satisfied (${p.ids}); correct the facts they name (see the formula: findings)`,
      nl: (p) =>
        `${p.n} formule-assertie(s) met ernst error zijn niet vervuld (${p.ids}); corrigeer de feiten die ze noemen (zie de formula:-meldingen)`,
    },
    [WARNINGS]: {
      en: (p) =>
        `${p.n} formula assertion(s) of warning severity are not satisfied (${p.ids}); check the facts they name (see the formula: findings)`,
      nl: (p) =>
        `${p.n} formule-assertie(s) met ernst warning zijn niet vervuld (${p.ids}); controleer de feiten die ze noemen (zie de formula:-meldingen)`,
    },
  },
  check(ctx) {
    const f = ctx.formula;
    if (!f?.ran) {
      ctx.report({}, { file: ctx.location });
      return;
    }
    for (const [severity, code] of [
      ['error', ERRORS],
      ['warning', WARNINGS],
    ] as const) {
      const hits = f.findings.filter((x) => x.severity === severity);
      if (!hits.length) continue;
      const ids = [...new Set(hits.map((x) => x.code.replace(/^formula:/, '')))];
      ctx.report(
        { n: ids.length, ids: ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', ...' : '') },
        { file: hits[0]!.file, line: hits[0]!.line, column: hits[0]!.column },
        code,
        severity,
      );
    }
  },
};
