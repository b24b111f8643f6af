/**
 * The option values of the `sbr` commands turned into library options, and the fatal report; shared by the command
 * modules of src/cli/ (each imported by src/cli/main.ts only when its command runs).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { formatJson } from '../report/json.js';
import { localizeFindings } from '../report/messages/index.js';
import { formatText } from '../report/text.js';
import { cacheFoldersFromEnv } from '../resolve/index.js';
import { parseByteSize } from '../resolve/limits.js';
import { relatedFindings } from '../rules/nl/run.js';
import type { ValidateOptions } from '../validate/node.js';

/** The options that `addResolutionOptions` and the validation flags of src/cli/main.ts declare, as commander parses them. */
export interface CommonOpts {
  package?: string[];
  cache?: string[];
  catalog?: string[];
  online?: boolean;
  format?: 'text' | 'json' | 'jsonl';
  lang?: string;
  schemaValidation?: boolean;
  calcMode?: 'round' | 'truncate';
  formula?: 'run' | 'none';
  parameter?: string[];
  maxDocumentSize?: string;
  maxPackageSize?: string;
  profile?: string;
}

/** `--max-document-size` / `--max-package-size`: bytes, or with a k/M/G suffix (src/resolve/limits.ts). */
function byteSizeOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = parseByteSize(value);
  if (n === undefined)
    throw new FatalInputError(paramFinding('sbr:usage', 'error', { k: 'byteSize', flag, value }, {}));
  return n;
}

/** `--formula run|none` and `--parameter NAME=VALUE` (XBRL Formula 1.0; Variables 1.0 section 3.5.1 parameters). */
function formulaOptions(o: CommonOpts): ValidateOptions['formula'] {
  const parameters: Record<string, string> = {};
  for (const p of o.parameter ?? []) {
    const i = p.indexOf('=');
    if (i <= 0) throw new FatalInputError(paramFinding('sbr:usage', 'error', { k: 'parameter', value: p }, {}));
    parameters[p.slice(0, i).trim()] = p.slice(i + 1);
  }
  return { mode: o.formula ?? 'run', ...(o.parameter?.length ? { parameters } : {}) };
}

/**
 * The `validate()` options of the parsed flags (packages, caches with env SBR_CACHE, catalogs, limits, formula).
 * @throws FatalInputError `sbr:usage` for a malformed `--parameter` or size
 */
export function resolverOptions(o: CommonOpts): ValidateOptions {
  return {
    packages: o.package ?? [],
    caches: [...(o.cache ?? []), ...cacheFoldersFromEnv()],
    catalogs: o.catalog ?? [],
    online: !!o.online,
    lang: o.lang,
    schemaValidation: o.schemaValidation,
    calcMode: o.calcMode,
    formula: formulaOptions(o),
    maxDocumentBytes: byteSizeOption(o.maxDocumentSize, '--max-document-size'),
    maxPackageBytes: byteSizeOption(o.maxPackageSize, '--max-package-size'),
    profile: o.profile,
  };
}

/** Writes an output file, turning file-system errors into a coded FatalInputError (`sbr:outputUnwritable`). */
export function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    const reason = `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message.replace(/^[A-Z]+: /, '')}`.trim();
    throw new FatalInputError(paramFinding('sbr:outputUnwritable', 'error', { file: path, reason }, { file: path }));
  }
}

/**
 * Reports a FatalInputError (with the findings of a profile's document-level rules that ran before it) in `format`:
 * JSON on `out`, text on `out`, or for jsonl text on `err` (stdout carries only result lines), the messages in `lang`
 * (`--lang`; a finding with params is rendered from that language's catalog, src/messages). Returns exit code 2.
 */
export function fatalReport(
  e: FatalInputError,
  format: string | undefined,
  out: (s: string) => void,
  err?: (s: string) => void,
  lang?: string,
): number {
  // A profile's document-level rules ran although the filing could not be validated (issue 10 item 4).
  const all = localizeFindings([e.finding, ...relatedFindings(e)], lang);
  if (format === 'json') out(formatJson(false, all));
  else if (format === 'jsonl')
    err?.(formatText(all, { lang })); // stdout carries only {file, valid, findings, stats} lines
  else out(formatText(all, { lang }));
  return 2;
}

/** The value of `--lang` in `argv` (`--lang nl` or `--lang=nl`), for errors reported before commander has parsed it. */
export function langOfArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** Where the CLI writes: stdout, stderr, and whether stderr is a terminal (the batch progress bar is drawn only then). */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal (default false when `io` is given, `process.stderr.isTTY` otherwise). */
  errIsTTY?: boolean;
  /** Width of that terminal (default 80). */
  errColumns?: number;
}

/** `--jobs N`: a whole number from 1 to 64; default the machine's cores (os.availableParallelism). */
export function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new FatalInputError(
      paramFinding('sbr:usage', 'error', { k: 'wholeNumber', flag: '--jobs', min: 1, max: 64, value }, {}),
    );
  return n;
}
