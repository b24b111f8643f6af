/**
 * Findings: what every stage (resolution, parsing, DTS discovery, rules) reports.
 *
 * A finding carries a stable code in the form of the specification that defines the requirement
 * (`xbrl.4.6.1:itemContextRef`, `xbrldie:PrimaryItemDimensionallyInvalidError`, `xmlSchema:valueError`,
 * `sbr:...` for this processor's own conditions), a severity, a message an accountant can act on,
 * and the source location (file URL, 1-based line and column) where it can be fixed.
 */

import type { OutputFact } from './formula/produce.js';

export type Severity = 'error' | 'warning' | 'info';

/** A message parameter: plain data (JSON), e.g. a concept label, a context id, a number as a decimal string. */
export type MessageParam = string | number | boolean | undefined | MessageParam[] | { [name: string]: MessageParam };
/** The parameters a finding's message is rendered from, in each language's catalog (src/messages, keyed by code). */
export type MessageParams = Record<string, MessageParam>;

/** A place in a source document. `file` is the document URL (file path or http(s) URL). Lines and columns are 1-based; 0 = unknown. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A fact an assertion's evaluation bound (Variables 1.0 section 3: a fact variable's value), where it is in the filing:
 * `file`, `line`, `column` of the fact element (the Inline XBRL document's element for Inline XBRL), `concept` its
 * key `{namespace}local`, `label` the concept's standard label in the run's language with its name (`Label (Name)`),
 * `value` its text as written (trimmed, at most 200 characters) unless `nil`.
 */
export interface AssertionFact extends SourceLocation {
  concept: string;
  label?: string;
  contextRef?: string;
  value?: string;
  nil?: true;
}

/** At most this many facts are listed in a finding's `assertion.facts`. */
export const ASSERTION_FACTS_LIMIT = 20;

export interface Finding extends SourceLocation {
  /** Stable code in the specification's own form, e.g. `xbrl.4.9:precisionDecimals`. */
  code: string;
  severity: Severity;
  message: string;
  /**
   * The message's parameters (plain data), from which src/messages renders it in English and the other languages of
   * `--lang`; absent for codes whose message has no catalog entry (those stay English).
   */
  params?: MessageParams;
  /** Specification section the requirement comes from, e.g. `XBRL 2.1 section 4.9`. */
  spec?: string;
  /**
   * Codes of other findings folded into this one because they report the same problem (e.g. the
   * `xmlSchema:attributesRequired` libxml2 gives for the fact `xbrl.4.6.2:numericUnitRef` reports), and former
   * names of this finding's code (docs/codes.md).
   */
  related?: string[];
  /**
   * An XBRL formula assertion's outcome (findings `formula:<assertion id>`; XBRL Formula 1.0), and the facts of the
   * filing its unsatisfied evaluation bound (`facts`, at most `ASSERTION_FACTS_LIMIT`, the rest counted in
   * `factsOmitted`): the fact variables' facts of a value assertion's evaluation, the facts of an existence assertion's
   * evaluations (none when nothing matched), a consistency assertion's reported fact then the formula's input facts.
   */
  assertion?: {
    id: string;
    kind: 'value' | 'existence' | 'consistency';
    elr: string;
    satisfied: boolean;
    facts?: AssertionFact[];
    factsOmitted?: number;
  };
  /** On the `sbr:formulaSummary` finding: each assertion that ran, with its counts of satisfied and unsatisfied evaluations. */
  formula?: {
    assertions: {
      id: string;
      kind: 'value' | 'existence' | 'consistency';
      satisfied: number;
      unsatisfied: number;
      error?: string;
    }[];
    /** Facts the formulas produced (src/formula/produce.ts OutputFact), for `--formula-output` and conformance comparison. */
    output?: OutputFact[];
    /** The instance's schemaRef hrefs, resolved (for writing the output instance). */
    schemaRefs?: string[];
  };
}

/** Builds a finding; `loc` may be undefined when the place is not known (file '' line 0). */
export function finding(
  code: string,
  severity: Severity,
  message: string,
  loc?: Partial<SourceLocation>,
  spec?: string,
): Finding {
  const f: Finding = {
    code,
    severity,
    message,
    file: loc?.file ?? '',
    line: loc?.line ?? 0,
    column: loc?.column ?? 0,
  };
  if (spec) f.spec = spec;
  return f;
}

/**
 * Error thrown when the processor cannot run at all on an input (CLI exit code 2):
 * unreadable or non-XML input, an entry point that cannot be resolved, hostile input that is refused.
 * It carries a finding so that it is reported with a code and location, never as a stack trace.
 */
export class FatalInputError extends Error {
  readonly finding: Finding;
  constructor(f: Finding) {
    super(`${f.code}: ${f.message}`);
    this.name = 'FatalInputError';
    this.finding = f;
  }
}

/** Order findings by file, line, column, code so that reports are deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * "Did you mean": the candidate closest to `word` by Levenshtein edit distance (insertions, deletions, substitutions of
 * UTF-16 units; a difference in case only counts as distance 0.5), when it is close: at most 1 edit for words of up to 4
 * characters, 2 up to 12, 3 beyond, and fewer edits than a third of the word's length. Ties go to the first candidate.
 * Returns undefined when no candidate is that close or `word` itself is a candidate. Cost: O(candidates x word length x
 * bound), candidates whose length differs by more than the bound skipped.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const bound = Math.min(word.length <= 4 ? 1 : word.length <= 12 ? 2 : 3, Math.ceil(word.length / 3) - 0.5);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === word) return undefined;
    if (Math.abs(c.length - word.length) > bound) continue;
    const d = c.toLowerCase() === word.toLowerCase() ? 0.5 : editDistance(word, c, Math.min(bound, bestD));
    if (d <= bound && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Levenshtein distance of `a` and `b`, or Infinity once it exceeds `max` (row minimum past the bound). */
function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Infinity;
    prev = cur;
  }
  return prev[b.length]! <= max ? prev[b.length]! : Infinity;
}
