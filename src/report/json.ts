/**
 * JSON report: `{"valid": bool, "findings": [{"code","severity","message","file","line","column"}], "documents": [...]}`.
 * The shape is a contract for scripts: fields may be added, never renamed or removed.
 */
import type { Finding } from '../findings.js';

export interface JsonReportDocument {
  file: string;
  valid: boolean;
  [extra: string]: unknown;
}

export function formatJson(valid: boolean, findings: Finding[], documents: JsonReportDocument[] = []): string {
  const out = {
    valid,
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.spec ? { spec: f.spec } : {}),
      ...(f.related?.length ? { related: f.related } : {}),
      ...(f.assertion ? { assertion: f.assertion } : {}),
      ...(f.formula ? { formula: f.formula } : {}),
    })),
    documents,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** What `formatValidationJson` reads of a validation result (the shape of `validate()`'s `ValidationResult`). */
export interface ValidationReport {
  valid: boolean;
  findings: Finding[];
  documents: readonly { file: string; kind: string; valid: boolean; findings: readonly Finding[]; stats?: unknown }[];
}

/**
 * The JSON of `sbr validate --format json` for a validation result: one entry per input in `documents`, an input that
 * could not be validated (`kind: 'unvalidated'`) with the code of its finding. Shared by the CLI, `sbr serve` and the
 * queue workers, so that all three answer the same bytes.
 */
export function formatValidationJson(result: ValidationReport): string {
  return formatJson(
    result.valid,
    result.findings,
    result.documents.map((d) => ({
      file: d.file,
      kind: d.kind,
      valid: d.valid,
      ...(d.kind === 'unvalidated' ? { code: d.findings[0]?.code } : { stats: d.stats }),
    })),
  );
}

/**
 * One line of `--format jsonl` (`sbr validate` batches and `sbr queue submit --wait`): `{file, valid, kind, findings,
 * stats}`, `file` the input's name as given, `findings` and `valid` those of the JSON document of `sbr validate --format
 * json` for that input (`report`, parsed), `kind` what its documents are (`--format json` documents' `kind`:
 * `instance`, `taxonomy`, `reportPackage` (structure invalid) or `unvalidated` (could not be validated: exit 2); for
 * several documents the first of unvalidated, reportPackage, otherwise the first document's), and `stats` its
 * documents' stats summed (one document for an instance; none for an input that could not be validated: `{}`).
 */
export function batchLine<F>(
  file: string,
  report: { valid: boolean; findings: F[]; documents: readonly { kind?: string; stats?: Record<string, number> }[] },
): { file: string; valid: boolean; kind: string; findings: F[]; stats: Record<string, number> } {
  const stats: Record<string, number> = {};
  for (const d of report.documents) for (const [k, v] of Object.entries(d.stats ?? {})) stats[k] = (stats[k] ?? 0) + v;
  const kinds = report.documents.map((d) => d.kind ?? 'instance');
  const kind = kinds.includes('unvalidated')
    ? 'unvalidated'
    : kinds.includes('reportPackage')
      ? 'reportPackage'
      : (kinds[0] ?? 'unvalidated');
  return { file, valid: report.valid, kind, findings: report.findings, stats };
}
