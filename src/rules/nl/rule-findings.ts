/**
 * The findings of the Dutch profiles' rules, built in one place for both runners (run.ts for the NT rules,
 * inline/run-rules.ts for the NL-KVK rules): what a rule reports through `ctx.report`, and `sbr:ruleFailed` for a rule
 * that throws. The rules themselves only give their params and a location.
 */
import { finding, type Finding, type Severity, type SourceLocation } from '../../findings.js';
import { paramFinding } from '../../messages/index.js';
import { messageIn, type MessageParams, type Messages } from './types.js';

/** What a reported finding is made of: the rule's (or one of its other codes') code, severity, message and spec. */
export interface RuleFindingShape {
  code: string;
  severity: Severity;
  message: Messages;
  /** The finding's `spec` (the rule's section, for an inline rule followed by the profile name). */
  spec: string;
}

/**
 * The finding a rule reports: `shape.code` and `shape.severity`, the message rendered in `lang` ('en' or 'nl', types.ts
 * `messageIn`) from `params`, which the finding also carries (copied) for the report layer to render in the other
 * language; `location` as the runner completed it (file, line, column; missing line/column become 0, see `finding`).
 */
export function ruleFinding(
  shape: RuleFindingShape,
  lang: string,
  params: MessageParams,
  location: Partial<SourceLocation>,
): Finding {
  const f = finding(shape.code, shape.severity, messageIn(shape.message, lang, params), location, shape.spec);
  f.params = { ...params };
  return f;
}

/** `sbr:ruleFailed` (error) on `file` for the rule `rule` (its code) whose check threw `error` (its message shown). */
export function ruleFailed(rule: string, error: unknown, file: string): Finding {
  return paramFinding('sbr:ruleFailed', 'error', { rule, reason: (error as Error).message }, { file });
}
