/**
 * Text report for people: findings grouped by file, one line each with line:column, severity, code and message,
 * then a summary line. Sees only findings, never the taxonomy.
 */
import type { Finding } from '../findings.js';
import { reportWords } from '../messages/index.js';

export interface TextReportOptions {
  /** Base folder to show file paths relative to (default: as given). */
  cwd?: string;
  /**
   * The inputs' results: with more than one, each input's findings come under a `== INPUT ==` heading, and a line per
   * input says whether it is valid, invalid (with its error count) or could not be validated, so that each input of a
   * batch has its own result.
   */
  documents?: { file: string; kind: string; valid: boolean; findings: Finding[] }[];
  /** Language of the summary lines (`--lang`; English when it has no catalog); the findings come localized. */
  lang?: string;
}

function displayFile(file: string, cwd: string | undefined, noFile: string): string {
  if (cwd && file.startsWith(cwd + '/')) return file.slice(cwd.length + 1);
  return file || noFile;
}

/** Bound facts of an assertion's finding shown under it (`assertion.facts`; JSON has up to 20). */
const SHOWN_FACTS = 5;

/** Formats findings as text. Ends with a line such as `2 errors, 1 warning` or `No problems found` (nl: `2 fouten, 1 waarschuwing`). */
export function formatText(findings: Finding[], opts: TextReportOptions = {}): string {
  const lines: string[] = [];
  const words = reportWords(opts.lang);
  let currentFile: string | undefined;
  const push = (f: Finding) => {
    const file = displayFile(f.file, opts.cwd, words.noFile);
    if (file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(file);
      currentFile = file;
    }
    const pos = f.line ? `${f.line}:${f.column || 0}` : '-';
    lines.push(`  ${pos.padEnd(9)} ${f.severity.padEnd(7)} ${f.code}  ${f.message}`);
    // the facts an unsatisfied formula assertion bound, where they are in the filing (the finding itself may be
    // located in the taxonomy's assertion linkbase)
    const facts = f.assertion?.facts ?? [];
    for (const x of facts.slice(0, SHOWN_FACTS)) {
      const where = `${displayFile(x.file, opts.cwd, words.noFile)}:${x.line}${x.column ? `:${x.column}` : ''}`;
      const value = x.nil ? 'nil' : x.value !== undefined ? x.value : '(tuple)';
      lines.push(`${' '.repeat(21)}${words.boundFact(x.label ?? x.concept, value, where)}`);
    }
    const more = facts.length - Math.min(facts.length, SHOWN_FACTS) + (f.assertion?.factsOmitted ?? 0);
    if (more > 0) lines.push(`${' '.repeat(21)}${words.moreFacts(more)}`);
  };
  const perInput = opts.documents && opts.documents.length > 1 && opts.documents.some((d) => d.findings.length);
  if (perInput) {
    // a batch: each input's findings under its name, since several inputs share taxonomy files (the KvK -for.xml)
    for (const d of opts.documents!) {
      if (!d.findings.length) continue;
      if (lines.length) lines.push('');
      lines.push(`== ${displayFile(d.file, opts.cwd, words.noFile)} ==`);
      currentFile = undefined;
      for (const f of d.findings) push(f);
    }
    // findings of the run that belong to no input (the documents' own are the rest of `findings`)
    const inDocuments = new Set(opts.documents!.flatMap((d) => d.findings));
    const total = opts.documents!.reduce((n, d) => n + d.findings.length, 0);
    const others = total === findings.length ? [] : findings.filter((f) => !inDocuments.has(f));
    if (others.length) {
      lines.push('');
      currentFile = undefined;
      for (const f of others) push(f);
    }
  } else for (const f of findings) push(f);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (lines.length) lines.push('');
  if (opts.documents && opts.documents.length > 1) {
    for (const d of opts.documents) {
      const n = d.findings.filter((f) => f.severity === 'error').length;
      const state =
        d.kind === 'unvalidated'
          ? words.unvalidated(d.findings[0]?.code ?? 'error')
          : d.valid
            ? words.valid
            : words.invalid(n);
      lines.push(`${displayFile(d.file, opts.cwd, words.noFile)}: ${state}`);
    }
    lines.push('');
  }
  lines.push(errors || warnings ? words.summary(errors, warnings) : words.noProblems);
  return lines.join('\n') + '\n';
}
