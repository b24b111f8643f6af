/**
 * Message catalogs (issue 11 item 4): one per language (en.ts, nl.ts), keyed by finding code. A finding carries its
 * code and `params` (plain data: concept labels, context ids, values as decimal strings, ...); the message of each
 * language is rendered from those, numbers written the language's way (en 17,500 and 1,234.56; nl 17.500 and
 * 1.234,56). A rule gives `params` instead of a message, and its English message is the English catalog's rendering.
 *
 * This module is a leaf (it imports only src/findings.ts), so that every stage can render messages; the report layer
 * (src/report/messages) applies `--lang` to a result's findings.
 */
import { finding, type Finding, type MessageParams, type Severity, type SourceLocation } from '../findings.js';
import { en } from './en.js';
import { nl } from './nl.js';

/** How a catalog writes numbers and lists in its language. */
export interface Formatter {
  lang: string;
  /**
   * A decimal number given as a string (`17500`, `-1234.56`, as the rule computed it) with its digits grouped and the
   * language's decimal separator; a string that is not a plain decimal (`1.2e+70`, `unknown`) is returned as it is.
   */
  num(value: string | number): string;
  /** An integer count (`1234` -> `1,234` in English). */
  count(n: number): string;
}

/** A message template: the message for a finding's params (params of the shapes the rule gives, see en.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- params are plain data whose shape each code defines
export type Template = (p: Record<string, any>, f: Formatter) => string;
export type Catalog = Record<string, Template>;

export const CATALOGS: Record<string, Catalog> = { en, nl };
export const LANGUAGES = Object.keys(CATALOGS);

function grouping(thousands: string, decimal: string): (value: string | number) => string {
  return (value) => {
    const s = String(value);
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) return s;
    const int = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    return `${m[1]}${int}${m[3] !== undefined ? decimal + m[3] : ''}`;
  };
}

const FORMATTERS: Record<string, Formatter> = {
  en: { lang: 'en', num: grouping(',', '.'), count: (n) => grouping(',', '.')(n) },
  nl: { lang: 'nl', num: grouping('.', ','), count: (n) => grouping('.', ',')(n) },
};

/** The primary language subtag of `lang` (`nl-NL` -> `nl`), lower case. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0]!;
}

/** Whether `lang` has a message catalog. */
export function hasCatalog(lang: string): boolean {
  return CATALOGS[primaryLanguage(lang)] !== undefined;
}

/**
 * The message of `code` with `params` in `lang` (a language with a catalog, e.g. `en`, `nl-NL`); undefined when the
 * language's catalog has no entry for the code.
 */
export function renderMessage(code: string, params: MessageParams, lang: string): string | undefined {
  const l = primaryLanguage(lang);
  const t = CATALOGS[l]?.[code];
  if (!t) return undefined;
  const f = FORMATTERS[l] ?? FORMATTERS['en']!;
  return t(quotable(params, f), f);
}

/** A string param longer than this many UTF-16 code units is not quoted whole in a message (`quotable`). */
export const MAX_QUOTED_CHARS = 4096;
/** How much of such a param a message quotes. */
export const QUOTED_PREFIX_CHARS = 1000;
const CHARACTERS: Record<string, string> = { en: 'characters', nl: 'tekens' };

/**
 * `params` with every string longer than `MAX_QUOTED_CHARS` cut to its first `QUOTED_PREFIX_CHARS` code units (not
 * splitting a surrogate pair), `…` and its length (`… (1,000,000 characters)`): a message quotes at most that much of
 * a value, so that a multi-megabyte attribute value (a fuzzed contextRef of a million characters, issue 17) is not
 * copied into messages, the report and the output whole. Strings of params nested in objects or arrays are kept as
 * they are (lists of values and locations, never one long value). `params` itself when nothing is that long; the
 * finding's `params` are not changed.
 */
function quotable(params: MessageParams, f: Formatter): MessageParams {
  let out: MessageParams | undefined;
  for (const k in params) {
    const v = params[k];
    if (typeof v !== 'string' || v.length <= MAX_QUOTED_CHARS) continue;
    let end = QUOTED_PREFIX_CHARS;
    const last = v.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    (out ??= { ...params })[k] = `${v.slice(0, end)}… (${f.count(v.length)} ${CHARACTERS[f.lang] ?? CHARACTERS['en']})`;
  }
  return out ?? params;
}

/**
 * The English message of `code` with `params`.
 * @throws Error when the English catalog has no entry for the code (a programming error: a rule that gives params
 * instead of a message must have its message in en.ts; a test checks every such code).
 */
export function englishMessage(code: string, params: MessageParams): string {
  const m = renderMessage(code, params, 'en');
  if (m === undefined) throw new Error(`no English message for ${code} in src/messages/en.ts`);
  return m;
}

/** Codes with a message in every language (coverage: `sbr` and the rule families' codes that render from params). */
export function codesInEveryLanguage(): string[] {
  return Object.keys(en).filter((c) => LANGUAGES.every((l) => CATALOGS[l]![c] !== undefined));
}

/** A finding whose message is rendered from `params` (English; src/report/messages renders it in `--lang` later). */
export function paramFinding(
  code: string,
  severity: Severity,
  params: MessageParams,
  loc?: Partial<SourceLocation>,
  spec?: string,
): Finding {
  const f = finding(code, severity, englishMessage(code, params), loc, spec);
  f.params = params;
  return f;
}

/** `paramFinding` with its message already in `lang` (for stages that know the language, e.g. the NL profiles). */
export function paramFindingIn(
  lang: string | undefined,
  code: string,
  severity: Severity,
  params: MessageParams,
  loc?: Partial<SourceLocation>,
  spec?: string,
): Finding {
  const f = paramFinding(code, severity, params, loc, spec);
  const m = lang ? renderMessage(code, params, lang) : undefined;
  if (m !== undefined) f.message = m;
  return f;
}

/** What the text report says about a result, in a language (src/report/text.ts). */
export interface ReportWords {
  /** `2 errors, 1 warning` */
  summary(errors: number, warnings: number): string;
  /** The line of a result without errors or warnings. */
  noProblems: string;
  valid: string;
  /** An input with errors: `invalid (3 errors)`. */
  invalid(errors: number): string;
  /** An input that could not be validated, with the code of its finding. */
  unvalidated(code: string): string;
  /** The heading of findings that belong to no file (usage and configuration errors). */
  noFile: string;
  /** A fact an unsatisfied assertion bound (`assertion.facts`): its concept label, value and place in the filing. */
  boundFact(label: string, value: string, where: string): string;
  /** The bound facts left out of the text report. */
  moreFacts(n: number): string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const REPORT_WORDS: Record<string, ReportWords> = {
  en: {
    summary: (e, w) => `${e} ${plural(e, 'error', 'errors')}, ${w} ${plural(w, 'warning', 'warnings')}`,
    noProblems: 'No problems found: the filing is valid.',
    valid: 'valid',
    invalid: (e) => `invalid (${e} ${plural(e, 'error', 'errors')})`,
    unvalidated: (code) => `could not be validated (${code})`,
    noFile: '(no file)',
    boundFact: (label, value, where) => `fact ${label} = ${value} at ${where}`,
    moreFacts: (n) => `and ${n} more ${plural(n, 'fact', 'facts')} (--format json lists up to 20)`,
  },
  nl: {
    summary: (e, w) =>
      `${FORMATTERS['nl']!.count(e)} ${plural(e, 'fout', 'fouten')}, ${FORMATTERS['nl']!.count(w)} ${plural(w, 'waarschuwing', 'waarschuwingen')}`,
    noProblems: 'Geen problemen gevonden: de aanlevering is geldig.',
    valid: 'geldig',
    invalid: (e) => `ongeldig (${FORMATTERS['nl']!.count(e)} ${plural(e, 'fout', 'fouten')})`,
    unvalidated: (code) => `kon niet worden gevalideerd (${code})`,
    noFile: '(geen bestand)',
    boundFact: (label, value, where) => `feit ${label} = ${value} op ${where}`,
    moreFacts: (n) =>
      `en nog ${FORMATTERS['nl']!.count(n)} ${plural(n, 'feit', 'feiten')} (--format json toont er tot 20)`,
  },
};

/** The text report's words in `lang` (English for a language without a catalog). */
export function reportWords(lang: string | undefined): ReportWords {
  return REPORT_WORDS[primaryLanguage(lang ?? 'en')] ?? REPORT_WORDS['en']!;
}
