/**
 * Runs conformance variations against a caller-supplied validation function, judges each outcome,
 * formats a report and compares a run with a recorded baseline (for CI).
 */

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { FatalInputError, finding, type Finding, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import type { Variation } from './suite.js';
import { compareFormulaOutput } from './formula.js';
import { configureDocumentCache } from '../xml/document-cache.js';
import { keepLocalFiles } from '../resolve/resolver.js';

export interface VariationOutcome {
  variation: Variation;
  pass: boolean;
  /** Codes of the error findings, de-duplicated, in order of first appearance. */
  actualErrors: string[];
  /** Why the variation failed (always set on failure). */
  reason?: string;
  /** With `expectedAmongFindings`: findings other than the expected code, tolerated (e.g. dictionary schemas missing offline). */
  tolerated?: number;
  ms: number;
}

export type ValidateFn = (v: Variation) => Promise<{ findings: Finding[] }>;

export interface RunOptions {
  /** Variations validated at the same time (default 1). Outcomes are returned in input order regardless. */
  concurrency?: number;
  /** Only variations for which this returns true are run. */
  filter?: (v: Variation) => boolean;
  /** Called as each variation completes. */
  onResult?: (o: VariationOutcome) => void;
  /** A validate() call taking longer than this many milliseconds fails the variation. */
  timeoutMs?: number;
  /**
   * Judge by the expected code alone (the Dutch filing-rule suites, `sbr conformance --profile`): a variation passes
   * when a finding of any severity has its expected code; the other findings are tolerated and counted.
   */
  expectedAmongFindings?: boolean;
  /**
   * Keep every parsed DTS document between variations for the run, not only the specifications' (default true; the
   * variations of a testcase share their schemas): the process-wide cache of src/xml/document-cache.ts, at most
   * 64 MiB of source documents; restored afterwards. The local files the resolvers read are kept too, at most 64 MiB
   * (src/resolve/resolver.ts `keepLocalFiles`: the suite's files and caches do not change while it runs).
   */
  shareDocuments?: boolean;
}

/** Local part of a QName-like code: `xbrldte:X` -> `X`. */
function localName(code: string): string {
  const i = code.lastIndexOf(':');
  return i >= 0 ? code.slice(i + 1) : code;
}

/**
 * Whether a finding code satisfies an expected error code.
 * Equal as written (`xbrldte:DRSDirectedCycleError`), or the finding code is the bare local name of the expected
 * code (`DRSDirectedCycleError`), or the expected code has no prefix and equals the finding's local name.
 * A different prefix for the same local name does not match.
 */
export function codeMatches(actual: string, expected: string): boolean {
  const a = actual.trim();
  const e = expected.trim();
  if (a === e) return true;
  // The XDT suite names XML Schema validity failures `sche:XmlSchemaError`; this processor reports them with
  // specific `xmlSchema:*` codes (valueError, elementUnexpected, ...), as Arelle does.
  if (e === 'sche:XmlSchemaError') return a.startsWith('xmlSchema:');
  // The formula suite writes W3C XPath errors both `err:` and `xqt-err:` (http://www.w3.org/2005/xqt-errors).
  if (e.startsWith('xqt-err:') && a === 'err:' + e.slice(8)) return true;
  // fn:error(QName(uri, local)) raises a code without prefix, reported as Q{uri}local; the testcase's prefix of the
  // expected code is not known here, so its local name must match (as for bare codes below).
  const eqname = /^Q\{[^}]*\}(.+)$/.exec(a);
  if (eqname) return eqname[1] === localName(e);
  if (!e.includes(':')) return localName(a) === e;
  if (!a.includes(':')) return a === localName(e);
  return false;
}

/** Judges one variation given the findings the validator produced. */
export function judge(
  variation: Variation,
  findings: Finding[],
): { pass: boolean; actualErrors: string[]; reason?: string } {
  if (variation.assertionTests?.length && findings.some((f) => f.formula)) {
    // Formula suite (<assertionTests>): counts of satisfied / not satisfied evaluations per assertion id, from the
    // sbr:formulaSummary finding; unsatisfied-assertion findings (formula:<id>) are the expected outcome, not errors.
    const counts = new Map<string, { satisfied: number; unsatisfied: number }>();
    for (const f of findings)
      for (const a of f.formula?.assertions ?? []) {
        const c = counts.get(a.id) ?? { satisfied: 0, unsatisfied: 0 };
        c.satisfied += a.satisfied;
        c.unsatisfied += a.unsatisfied;
        counts.set(a.id, c);
      }
    const wrong: string[] = [];
    for (const t of variation.assertionTests) {
      const c = counts.get(t.assertionID) ?? { satisfied: 0, unsatisfied: 0 };
      if (
        (t.countSatisfied !== undefined && c.satisfied !== t.countSatisfied) ||
        (t.countNotSatisfied !== undefined && c.unsatisfied !== t.countNotSatisfied)
      ) {
        wrong.push(
          `${t.assertionID}: expected ${t.countSatisfied ?? '?'} satisfied / ${t.countNotSatisfied ?? '?'} not satisfied, got ${c.satisfied} / ${c.unsatisfied}`,
        );
      }
    }
    // XBRL 2.1 calculation inconsistencies (section 5.2.5.2) are not what these variations judge: formulas that
    // re-check a calculation linkbase (61100 V-20, V-21) run on instances that are calc-inconsistent on purpose.
    const rest = findings.filter((f) => !f.code.startsWith('formula:') && f.code !== 'xbrl.5.2.5.2:calcInconsistency');
    const j = judge({ ...variation, assertionTests: undefined }, rest);
    if (wrong.length)
      return { pass: false, actualErrors: j.actualErrors, reason: wrong.join('; ') + (j.pass ? '' : `; ${j.reason}`) };
    return j;
  }
  const errors = findings.filter((f) => f.severity === 'error');
  const actualErrors = [...new Set(errors.map((f) => f.code))];
  if (variation.expected === 'valid' && errors.length === 0 && findings.some((f) => f.formula)) {
    // Formula suite: the expected output instance, fact by fact (Formula 1.0)
    const differs = compareFormulaOutput(variation, findings);
    if (differs) return { pass: false, actualErrors, reason: differs };
  }
  const first = (fs: Finding[]) =>
    fs
      .slice(0, 3)
      .map((f) => `${f.code} ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`)
      .join('; ') + (fs.length > 3 ? `; ... ${fs.length - 3} more` : '');
  if (variation.expected === 'valid') {
    if (errors.length === 0) return { pass: true, actualErrors };
    return { pass: false, actualErrors, reason: `expected valid but ${errors.length} error(s): ${first(errors)}` };
  }
  if (variation.expectedErrors.length === 0) {
    if (errors.length > 0) return { pass: true, actualErrors };
    return { pass: false, actualErrors, reason: 'expected invalid but no error was reported' };
  }
  if (errors.some((f) => variation.expectedErrors.some((e) => codeMatches(f.code, e)))) {
    return { pass: true, actualErrors };
  }
  if (errors.length === 0) {
    return {
      pass: false,
      actualErrors,
      reason: `expected ${[...new Set(variation.expectedErrors)].join(' or ')} but no error was reported`,
    };
  }
  return {
    pass: false,
    actualErrors,
    reason: `expected ${[...new Set(variation.expectedErrors)].join(' or ')} but got: ${first(errors)}`,
  };
}

function withTimeout<T>(p: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms || ms <= 0 || !Number.isFinite(ms)) return p;
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/**
 * Judges a variation by its expected code alone: passes when some finding (any severity) has one of the expected
 * codes; `tolerated` counts the other findings. A variation expected valid passes without error findings.
 */
export function judgeExpectedAmong(
  variation: Variation,
  findings: Finding[],
): { pass: boolean; actualErrors: string[]; reason?: string; tolerated: number } {
  const actualErrors = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code))];
  if (variation.expected === 'valid' || variation.expectedErrors.length === 0)
    return { ...judge(variation, findings), tolerated: 0 };
  const hit = (f: Finding) => variation.expectedErrors.some((e) => codeMatches(f.code, e));
  const tolerated = findings.filter((f) => !hit(f)).length;
  if (findings.some(hit)) return { pass: true, actualErrors, tolerated };
  const codes = [...new Set(findings.map((f) => f.code))];
  return {
    pass: false,
    actualErrors,
    tolerated,
    reason: `expected ${[...new Set(variation.expectedErrors)].join(' or ')} among the findings but got: ${codes.slice(0, 6).join(', ') || 'no findings'}`,
  };
}

/**
 * Validates one variation with `validate` and judges it: a thrown FatalInputError counts as its error finding, any
 * other exception (or a call longer than `timeoutMs`) fails the variation with the reason. Never rejects.
 */
export async function runVariation(
  variation: Variation,
  validate: ValidateFn,
  timeoutMs: number | undefined,
  among = false,
): Promise<VariationOutcome> {
  const start = performance.now();
  let findings: Finding[];
  try {
    const result = await withTimeout(
      Promise.resolve().then(() => validate(variation)),
      timeoutMs,
    );
    if (!Array.isArray(result?.findings)) {
      const ms = performance.now() - start;
      return { variation, pass: false, actualErrors: [], reason: 'validate() returned no findings array', ms };
    }
    findings = result.findings;
  } catch (e) {
    const carried = e instanceof FatalInputError ? e.finding : carriedFinding(e);
    if (!carried) {
      const ms = performance.now() - start;
      const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return { variation, pass: false, actualErrors: [], reason: `validate() threw ${msg}`, ms };
    }
    // A fatal input error is the processor refusing the input: it counts as an error finding. Findings it carries
    // (a profile's document-level rules, src/rules/nl/run.ts) are judged with it.
    const related = (e as { related?: unknown }).related;
    findings = [{ ...carried, severity: 'error' }, ...(Array.isArray(related) ? (related as Finding[]) : [])];
  }
  const ms = performance.now() - start;
  const j = among ? judgeExpectedAmong(variation, findings) : judge(variation, findings);
  const outcome: VariationOutcome = { variation, pass: j.pass, actualErrors: j.actualErrors, ms };
  if (j.reason !== undefined) outcome.reason = j.reason;
  if ('tolerated' in j) outcome.tolerated = j.tolerated as number;
  return outcome;
}

/** A thrown value carrying a `finding` (FatalInputError from another module instance, or a look-alike). */
function carriedFinding(e: unknown): Finding | undefined {
  if (typeof e !== 'object' || e === null || !('finding' in e)) return undefined;
  const f = (e as { finding: unknown }).finding;
  if (typeof f !== 'object' || f === null || typeof (f as Finding).code !== 'string') return undefined;
  const g = f as Partial<Finding>;
  return finding(
    g.code!,
    'error',
    g.message ?? '',
    { file: g.file ?? '', line: g.line ?? 0, column: g.column ?? 0 },
    g.spec,
  );
}

/** Source bytes of parsed documents a suite run keeps (src/xml/document-cache.ts). */
export const SUITE_CACHE_BYTES = 64 * 1024 * 1024;

/** Runs the (filtered) variations through `validate` and judges each. Outcomes are in input order. */
export async function runSuite(
  variations: Variation[],
  validate: ValidateFn,
  opts: RunOptions = {},
): Promise<VariationOutcome[]> {
  const selected = opts.filter ? variations.filter(opts.filter) : variations.slice();
  const outcomes: VariationOutcome[] = new Array(selected.length);
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  let next = 0;
  const before =
    opts.shareDocuments !== false ? configureDocumentCache({ scope: 'all', maxBytes: SUITE_CACHE_BYTES }) : undefined;
  const filesBefore = opts.shareDocuments !== false ? keepLocalFiles(SUITE_CACHE_BYTES) : undefined;
  const worker = async (): Promise<void> => {
    while (next < selected.length) {
      const i = next++;
      const o = await runVariation(selected[i]!, validate, opts.timeoutMs, opts.expectedAmongFindings);
      outcomes[i] = o;
      opts.onResult?.(o);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, selected.length) }, worker));
  } finally {
    if (before) configureDocumentCache(before);
    if (filesBefore !== undefined) keepLocalFiles(filesBefore);
  }
  return outcomes;
}

function expectedText(v: Variation): string {
  if (v.expected === 'valid') return 'valid';
  return v.expectedErrors.length ? [...new Set(v.expectedErrors)].join('|') : 'invalid';
}

/** One line per failing variation, then `N passed, N failed` as the last line. */
export function formatOutcomes(outcomes: VariationOutcome[]): string {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const o of outcomes) {
    if (o.pass) {
      passed++;
      continue;
    }
    failed++;
    const got = o.actualErrors.length ? o.actualErrors.join(',') : 'valid';
    const reason = (o.reason ?? '').replace(/\s+/g, ' ').trim();
    lines.push(`FAIL ${o.variation.id} expected ${expectedText(o.variation)} got ${got}: ${reason}`);
  }
  const tolerated = outcomes.some((o) => o.tolerated !== undefined)
    ? outcomes.reduce((n, o) => n + (o.pass ? (o.tolerated ?? 0) : 0), 0)
    : undefined;
  lines.push(
    `${passed} passed, ${failed} failed${tolerated !== undefined ? ` (${tolerated} other findings tolerated in passing variations)` : ''}`,
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Baselines

export interface Baseline {
  /** Which suite the baseline is for, e.g. `XBRL-CONF-2014-12-10`. */
  suite: string;
  /** The run regresses when fewer variations pass. */
  minPassed: number;
  /** Variation ids (as in {@link Variation.id}) known to fail, with the reason. */
  knownFailures: Record<string, string>;
}

export interface Regression {
  /** The failing variation, absent for a pass-count regression. */
  id?: string;
  message: string;
}

const BASELINE_CODE = 'sbr:conformanceBaseline';

/** Reads a baseline JSON file. Throws {@link FatalInputError} `sbr:conformanceBaseline` when unreadable or malformed. */
export function readBaseline(path: string): Baseline {
  /** `sbr:conformanceBaseline` with the variant `k` of why (src/messages/en-app.ts). */
  const bad = (k: string, params: MessageParams = {}): never => {
    throw new FatalInputError(paramFinding(BASELINE_CODE, 'error', { file: path, k, ...params }, { file: path }));
  };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    bad('json', { reason: (e as Error).message });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('notObject');
  const o = raw as Record<string, unknown>;
  if (typeof o.suite !== 'string') bad('suite');
  if (typeof o.minPassed !== 'number' || !Number.isInteger(o.minPassed) || o.minPassed < 0) bad('minPassed');
  const kf = o.knownFailures ?? {};
  if (typeof kf !== 'object' || kf === null || Array.isArray(kf)) bad('knownFailures');
  const knownFailures: Record<string, string> = {};
  for (const [id, reason] of Object.entries(kf as Record<string, unknown>)) {
    if (typeof reason !== 'string') bad('reason', { id });
    knownFailures[id] = reason as string;
  }
  return { suite: o.suite as string, minPassed: o.minPassed as number, knownFailures };
}

/** Regressions of a run against a baseline: new failures (not known failures) and a pass count below minPassed. */
export function compareWithBaseline(outcomes: VariationOutcome[], baseline: Baseline): Regression[] {
  const regressions: Regression[] = [];
  let passed = 0;
  for (const o of outcomes) {
    if (o.pass) {
      passed++;
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(baseline.knownFailures, o.variation.id)) {
      regressions.push({ id: o.variation.id, message: `new failure ${o.variation.id}: ${o.reason ?? ''}`.trim() });
    }
  }
  if (passed < baseline.minPassed) {
    regressions.push({
      message: `${passed} passed, below the baseline minimum of ${baseline.minPassed} for ${baseline.suite}`,
    });
  }
  return regressions;
}

/** Known failures that now pass (candidates for removal from the baseline). */
export function fixedKnownFailures(outcomes: VariationOutcome[], baseline: Baseline): string[] {
  return outcomes
    .filter((o) => o.pass && Object.prototype.hasOwnProperty.call(baseline.knownFailures, o.variation.id))
    .map((o) => o.variation.id);
}

/** A baseline recording the current run (write it with `JSON.stringify(b, null, 2)`). */
export function makeBaseline(suite: string, outcomes: VariationOutcome[]): Baseline {
  const knownFailures: Record<string, string> = {};
  for (const o of outcomes) if (!o.pass) knownFailures[o.variation.id] = o.reason ?? '';
  return { suite, minPassed: outcomes.filter((o) => o.pass).length, knownFailures };
}
