import type { InlineContext, InlineRule } from '../types.js';
import { ARC } from './ext.js';
import { SPEC_KVK } from './util.js';

const local = (k: string) => k.replace(/^\{[^}]*\}/, '');
const ns = (k: string) => /^\{([^}]*)\}/.exec(k)?.[1] ?? '';

/**
 * The starting abstracts the regulator defines for the primary statements, by namespace family: bw2-titel9 (NL-GAAP
 * balance sheet, income statement, comprehensive income, changes in equity), rj (cash flow statement), kvk (the
 * filing information; kvk:DocumentEntityInformationTitle is its name in the KvK 2024-03-31 taxonomy, whose own
 * presentation linkbases start there) and ifrs-full (the IFRS statements). Filings may combine NL-GAAP and IFRS, so both are allowed.
 */
const PERMISSIBLE: { ns: RegExp; names: string[] }[] = [
  {
    ns: /^https?:\/\/www\.nltaxonomie\.nl\/.*\/bw2-titel9-cor$/,
    names: [
      'BalanceSheetTitle',
      'IncomeStatementTitle',
      'StatementOfComprehensiveIncomeTitle',
      'EquityStatementOfChangesTitle',
    ],
  },
  { ns: /^https?:\/\/www\.nltaxonomie\.nl\/rj\/[^/]+\/rj-cor$/, names: ['CashFlowStatementTitle'] },
  // the filing information: AnnualReportFilingInformationTitle from 2024-12-31, DocumentEntityInformationTitle in 2024-03-31
  {
    ns: /^https?:\/\/www\.nltaxonomie\.nl\/kvk\/[^/]+\/kvk-cor$/,
    names: ['AnnualReportFilingInformationTitle', 'DocumentEntityInformationTitle'],
  },
  {
    ns: /^https?:\/\/xbrl\.ifrs\.org\/taxonomy\/[^/]+\/ifrs-full$/,
    names: [
      'StatementOfFinancialPositionAbstract',
      'IncomeStatementAbstract',
      'StatementOfComprehensiveIncomeAbstract',
      'StatementOfCashFlowsAbstract',
      'StatementOfChangesInEquityAbstract',
    ],
  },
];

export function isPermissibleRoot(key: string): boolean {
  return PERMISSIBLE.some((p) => p.ns.test(ns(key)) && p.names.includes(local(key)));
}

/**
 * NL-KVK.RTS_Annex_II_Par_1_RTS_Annex_IV_par_7 (NL-GAAP/IFRS profiles, a SHOULD rule): legal entities should mark up
 * all amounts of the primary statements (balance sheet, income statement, cash flow statement, comprehensive income,
 * changes in equity; for IFRS the statement of financial position and the IFRS statements), which the KvK taxonomy
 * anchors under its starting abstracts. Every root of a presentation (parent-child) network of the DTS that has
 * children must be one of those abstracts (bw2-titel9:BalanceSheetTitle, ..., rj:CashFlowStatementTitle,
 * kvk:AnnualReportFilingInformationTitle, ifrs-full:StatementOfFinancialPositionAbstract, ...). One warning per ELR
 * and root, at the root's first parent-child arc.
 */
export const kvkRtsAnnexIIPar1: InlineRule = {
  code: 'NL.NL-KVK.RTS_Annex_II_Par_1_RTS_Annex_IV_par_7.missingRelevantPlaceholder',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Annex_II_Par_1_RTS_Annex_IV_par_7`,
  severity: 'warning',
  applies: 'gaap',
  message: {
    en: (p) =>
      `The presentation tree of ${p.elr} starts at ${p.root}, which is not one of the starting abstracts of the KvK taxonomy; start it at the statement's abstract (e.g. bw2-titel9:BalanceSheetTitle, bw2-titel9:IncomeStatementTitle, rj:CashFlowStatementTitle, ifrs-full:StatementOfFinancialPositionAbstract)`,
    nl: (p) =>
      `De presentatieboom van ${p.elr} begint bij ${p.root}, dat geen van de startabstracts van de KvK-taxonomie is; laat hem beginnen bij het abstract van het overzicht (bijv. bw2-titel9:BalanceSheetTitle, bw2-titel9:IncomeStatementTitle, rj:CashFlowStatementTitle, ifrs-full:StatementOfFinancialPositionAbstract)`,
  },
  check(ctx: InlineContext) {
    const t = ctx.taxonomy;
    if (!t) return;
    const byRole = new Map<string, (typeof t.networks)[number]['relationships']>();
    for (const n of t.networks)
      if (n.arcrole === ARC.parentChild) byRole.set(n.role, [...(byRole.get(n.role) ?? []), ...n.relationships]);
    for (const [elr, rels] of [...byRole].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const targets = new Set(rels.map((r) => r.to));
      const seen = new Set<string>();
      for (const r of rels) {
        if (targets.has(r.from) || seen.has(r.from)) continue;
        seen.add(r.from);
        if (isPermissibleRoot(r.from)) continue;
        ctx.report(
          { elr, root: t.concepts[r.from]?.name ?? local(r.from) },
          { file: r.file, line: r.line, column: r.column },
        );
      }
    }
  },
};
