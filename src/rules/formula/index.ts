/**
 * The XBRL Formula rule family: runs the taxonomy's compiled assertions (src/formula/) over the instance. Each
 * unsatisfied assertion is a finding `formula:<assertion id>` with the severity of its Assertion Severity 2.0 arc
 * (error when none, no finding for OK), its unsatisfied message in the requested language and the location of the
 * facts bound; dynamic errors keep the specs' codes. One info finding `sbr:formulaSummary` says how many assertions
 * ran, were satisfied and were not. The processor is src/formula/engine.ts `formulaEngine()`: loaded, or this rule
 * fails (sbr:ruleFailed) with FormulaEngineNotLoaded.
 */
import { formulaEngine } from '../../formula/engine.js';
import type { Finding } from '../../findings.js';
import type { Rule } from '../types.js';
import { resolveUrl } from '../../xml/parse.js';

export const formulaAssertions: Rule = {
  code: 'formula:assertion',
  spec: 'XBRL Formula 1.0 (Value, Existence and Consistency Assertions 1.0; Assertion Severity 2.0)',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const model = ctx.taxonomy.formula;
    if (!model || !ctx.instance || ctx.formula?.mode === 'none') return;
    // the processor is loaded by validateParsed when the taxonomy has formulas (src/formula/engine.ts)
    // the bound facts' concepts named by their labels in the run's language, as the other rules name them
    const labelled = (a: NonNullable<Finding['assertion']>): NonNullable<Finding['assertion']> =>
      a.facts ? { ...a, facts: a.facts.map((x) => ({ ...x, label: ctx.label(x.concept) })) } : a;
    const result = formulaEngine().runFormulas(model, ctx.taxonomy, ctx.instance, {
      lang: ctx.lang,
      ...(ctx.formula?.parameters ? { parameters: ctx.formula.parameters } : {}),
      ...(ctx.formula?.readDocument ? { readDocument: ctx.formula.readDocument } : {}),
    });
    for (const f of result.findings) {
      if (f.assertion && f.severity === 'info') continue; // Assertion Severity 2.0: OK gives no finding
      ctx.report({
        code: f.code,
        message: f.message,
        ...(f.params ? { params: f.params } : {}),
        loc: f,
        severity: f.severity,
        ...(f.spec ? { spec: f.spec } : {}),
        ...(f.assertion ? { assertion: labelled(f.assertion) } : {}),
      });
    }
    if (model.variableSets.length || model.consistencyAssertions.length) {
      const satisfied = result.assertions.filter((a) => a.unsatisfied === 0 && !a.error).length;
      const failed = result.assertions.filter((a) => a.unsatisfied > 0).map((a) => a.id);
      const errors = result.assertions.filter((a) => a.error).map((a) => a.id);
      ctx.report({
        code: 'sbr:formulaSummary',
        severity: 'info',
        params: { assertions: result.assertions.length, produced: result.output.length, satisfied, failed, errors },
        loc: { file: ctx.instance.url, line: 0, column: 0 },
        formula: {
          assertions: result.assertions.map((a) => ({
            id: a.id,
            kind: a.kind,
            satisfied: a.satisfied,
            unsatisfied: a.unsatisfied,
            ...(a.error ? { error: a.error } : {}),
          })),
          ...(result.output.length
            ? {
                output: result.output,
                schemaRefs: ctx.instance.schemaRefs.map((r) => resolveUrl(r.href, ctx.instance!.url)),
              }
            : {}),
        },
      });
    }
  },
};

export const formulaRules: Rule[] = [formulaAssertions];
