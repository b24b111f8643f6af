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
