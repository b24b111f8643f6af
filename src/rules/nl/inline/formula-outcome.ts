/** The outcome of the formula assertions, as the NL-KVK.3.7.1.1 and 3.7.1.2 rules report it (no rule in this module). */
import type { Severity } from '../../../findings.js';
import type { InlineContext } from '../types.js';

/**
 * Reports the formula findings of one severity as one finding of the rule: the number of distinct assertions, their
 * ids (ten at most) and the location of the first (NL-KVK.3.7.1.1: error, 3.7.1.2: warning). Nothing when the
 * assertions were not evaluated (the notice `kvk371` covers that).
 */
export function reportFormulaFindings(ctx: InlineContext, severity: Severity): void {
  const f = ctx.formula;
  if (!f?.ran) return;
  const hits = f.findings.filter((x) => x.severity === severity);
  if (!hits.length) return;
  const ids = [...new Set(hits.map((x) => x.code.replace(/^formula:/, '')))];
  ctx.report(
    { n: ids.length, ids: ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', ...' : '') },
    { file: hits[0]!.file, line: hits[0]!.line, column: hits[0]!.column },
  );
}
