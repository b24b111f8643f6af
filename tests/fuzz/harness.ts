/**
 * Fuzz harness (issue 17): builds a corpus of seed filings, mutates them (mutate.ts), runs each mutant through the CLI
 * in-process (`main`, as `sbr validate FILE --format json`) and checks the invariants:
 *   1. the exit code is 0, 1 or 2;
 *   2. stdout is JSON that parses, with `valid` agreeing with the exit code;
 *   3. no stack trace and no "internal error" anywhere in the output;
 *   4. a mutant that our parser (parseXml) or Python's expat finds not well-formed is never valid, and one that our
 *      parser refuses exits 2;
 *   5. memory: the process's RSS stays within `rssLimitBytes` (default: the RSS after warm-up plus three times the largest
 *      document, as the documented limits promise; checked after every mutant); a mutant above it is judged again in a
 *      fresh process (tests/fuzz/fresh-rss.ts), against a fresh process on its unmutated seed plus three times the
 *      document (medians of three of each, run in turn), and is a violation only when that is exceeded too (the
 *      long-lived process's RSS is a high-water mark). That gate is lenient (run.ts gives it 256 MB of slack); the
 *      strict judgement (`strictJudgement`, run.ts `--strict K`) judges chosen mutants in fresh processes whatever
 *      their in-run RSS, against the same limit.
 * Seeds: the demo VAT return (valid and invalid, schemaRef made absolute), the demo taxonomy's schema and a linkbase
 * (validated as taxonomy documents), an xBRL-XML report package (.xbr) built from the demo files, and, when the shared
 * data is present and `withAu` is set, the three SBR AU SuperStream filings validated with a compiled AU artifact.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { main } from '../../src/cli/main.js';
import { FatalInputError } from '../../src/findings.js';
import { parseXml } from '../../src/xml/parse.js';
import { mutateXml, mutateZip, type Mutant } from './mutate.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared');

/** Python's expat as a second opinion on well-formedness, one long-lived process reading file paths. */
export class ExpatOracle {
  #proc: ChildProcessWithoutNullStreams;
  #buf = '';
  #waiting: ((line: string) => void)[] = [];
  static readonly SCRIPT = [
    'import sys, xml.parsers.expat',
    'for line in sys.stdin:',
    '    p = line.rstrip("\\n")',
    '    x = xml.parsers.expat.ParserCreate(namespace_separator="\\x01")',
    '    try:',
    '        x.Parse(open(p, "rb").read(), True)',
    '        r = "ok"',
    '    except Exception as e:',
    '        r = "err " + str(e).replace("\\n", " ")',
    '    sys.stdout.write(r + "\\n"); sys.stdout.flush()',
  ].join('\n');

  /** undefined when python3 (with expat) is not available. */
  static start(): ExpatOracle | undefined {
    const probe = spawnSync('python3', ['-c', 'import xml.parsers.expat'], { encoding: 'utf8' });
    if (probe.status !== 0) return undefined;
    return new ExpatOracle();
  }

  private constructor() {
    this.#proc = spawn('python3', ['-u', '-c', ExpatOracle.SCRIPT]);
    this.#proc.stdout.setEncoding('utf8');
    this.#proc.stdout.on('data', (d: string) => {
      this.#buf += d;
      let i: number;
      while ((i = this.#buf.indexOf('\n')) >= 0) {
        const line = this.#buf.slice(0, i);
        this.#buf = this.#buf.slice(i + 1);
        this.#waiting.shift()?.(line);
      }
    });
  }

  /**
   * expat's verdict on the file: undefined = well-formed (or no opinion: expat does not read multi-byte encodings
   * other than UTF-8/UTF-16, such as Shift_JIS, which a conforming processor may support), else its message.
   */
  check(path: string): Promise<string | undefined> {
    return new Promise((ok) => {
      this.#waiting.push((line) =>
        ok(
          line === 'ok' || /multi-byte encodings are not supported|unknown encoding/.test(line)
            ? undefined
            : line.slice(4),
        ),
      );
      this.#proc.stdin.write(path + '\n');
    });
  }

  stop(): void {
    this.#proc.stdin.end();
    this.#proc.kill();
  }
}

export interface Seed {
  name: string;
  kind: 'xml' | 'zip' | 'zipped-xml';
  bytes: Uint8Array;
  /** File name of the mutant (its extension says what the CLI takes it for); written in `dir`. */
  fileName: string;
  dir: string;
  /** Extra CLI arguments (e.g. --validator). */
  args: string[];
  /** For zipped-xml: the archive entries, the mutated one under `entry`. */
  entries?: Record<string, Uint8Array>;
  entry?: string;
}

const AU_ENTRY =
  'http://sbr.gov.au/taxonomy/sbr_au_reports/sprstrm/sprcnt/sprcnt_0001/sprcnt.0001.conttrans.request.02.02.report.xsd';

const STACK = /\n\s+at [^\n]*(?:\(|\s)[^\n]*:\d+:\d+\)?/;

/** Builds the seed corpus in a fresh temporary folder. */
export async function buildCorpus(options: { withAu?: boolean } = {}): Promise<{ dir: string; seeds: Seed[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'sbr-fuzz-'));
  const seeds: Seed[] = [];
  const tax = join(dir, 'taxonomy');
  cpSync(join(REPO, 'taxonomies/sbr-demo'), tax, { recursive: true });
  const abs = (xml: string) => xml.replace('../../taxonomies/sbr-demo/vat-2024.xsd', join(tax, 'vat-2024.xsd'));
  for (const f of ['vat-return-valid', 'vat-return-invalid']) {
    const xml = abs(readFileSync(join(REPO, `fixtures/demo/${f}.xbrl`), 'utf8'));
    seeds.push({ name: `demo ${f}`, kind: 'xml', bytes: strToU8(xml), fileName: 'mutant.xbrl', dir, args: [] });
  }
  for (const f of ['vat-2024.xsd', 'vat-2024-cal.xml']) {
    seeds.push({
      name: `demo taxonomy ${f}`,
      kind: 'xml',
      bytes: readFileSync(join(tax, f)),
      fileName: `mutant-${f}`,
      dir: tax,
      args: [],
    });
  }
  // xBRL-XML report package (Report Packages 1.0, .xbr) with the demo taxonomy inside
  const entries: Record<string, Uint8Array> = {
    'vat/META-INF/reportPackage.json': strToU8(
      '{"documentInfo":{"documentType":"https://xbrl.org/report-package/2023/xbr"}}',
    ),
    'vat/reports/vat.xbrl': strToU8(
      readFileSync(join(REPO, 'fixtures/demo/vat-return-valid.xbrl'), 'utf8').replace(
        '../../taxonomies/sbr-demo/',
        '../taxonomy/',
      ),
    ),
  };
  for (const f of readdirSync(tax)) entries[`vat/taxonomy/${f}`] = readFileSync(join(tax, f));
  const zip = zipSync(entries);
  seeds.push({ name: 'report package (damaged zip)', kind: 'zip', bytes: zip, fileName: 'mutant.xbr', dir, args: [] });
  seeds.push({
    name: 'report package (damaged report)',
    kind: 'zipped-xml',
    bytes: entries['vat/reports/vat.xbrl']!,
    fileName: 'mutant.xbr',
    dir,
    args: [],
    entries,
    entry: 'vat/reports/vat.xbrl',
  });
  const au = join(SHARED, 'real/au/superstream');
  if (options.withAu && existsSync(au)) {
    const sbrv = join(dir, 'au.sbrv');
    // `sbr compile` of the AU entry point (exit 1 = written, with taxonomy findings)
    const code = await main(
      [
        'node',
        'sbr',
        'compile',
        AU_ENTRY,
        '-o',
        sbrv,
        '--cache',
        join(au, 'xsd'),
        '--cache',
        join(SHARED, 'xbrl-schemas'),
      ],
      { out: () => {}, err: () => {} },
    );
    if (code === 0 || code === 1) {
      for (const f of readdirSync(join(au, 'xbrl')).sort()) {
        seeds.push({
          name: `AU ${f}`,
          kind: 'xml',
          bytes: readFileSync(join(au, 'xbrl', f)),
          fileName: 'mutant-au.xml',
          dir,
          args: ['--validator', sbrv],
        });
      }
    }
  }
  return { dir, seeds };
}

export interface Outcome {
  seed: string;
  mutantSeed: number;
  operators: string[];
  exit: number;
  valid: boolean | undefined;
  codes: string[];
  ms: number;
  size: number;
  ourParser?: string;
  expat?: string;
  violations: string[];
  /** Validated with XML Schema validation (else with --no-schema-validation). */
  schemaValidation: boolean;
  /**
   * How far this process's RSS rose while the CLI ran the mutant, in bytes: the new peak RSS minus the RSS before when
   * the mutant raised the process's peak, else the RSS after minus before (0 when it fell). A lower bound of the
   * mutant's own growth (memory that earlier mutants left committed is reused unseen), used to choose the mutants of
   * the strict judgement.
   */
  rssGrowth: number;
  /** The document's size for the memory limit: the larger of the file and (for a zipped report) the mutated entry. */
  docBytes: number;
  /** The fresh-process judgement, when the in-run RSS gate or the strict judgement made one. */
  fresh?: FreshVerdict;
}

/** A mutant judged in fresh processes (`freshJudgement`) against its seed's median peak plus three times its document. */
export interface FreshVerdict {
  /** Median peak RSS of the seed and of the mutant, each of three fresh processes, and the limit, in bytes. */
  seed: number;
  mutant: number;
  limit: number;
  seedPeaks: number[];
  mutantPeaks: number[];
  /** The spread of the seed's peaks (largest minus smallest), in bytes: what identical runs differ by. */
  noise: number;
}

export interface RunOptions {
  schemaValidation: boolean;
  oracle?: ExpatOracle;
  rssLimitBytes?: number;
}

/** Makes mutant number `n` of `seed` (reproducible: same seed and n, same bytes). */
export function makeMutant(seed: Seed, n: number): Mutant & { file: Uint8Array } {
  if (seed.kind === 'zip') {
    const m = mutateZip(seed.bytes, n);
    return { ...m, file: m.bytes };
  }
  const m = mutateXml(seed.bytes, n);
  if (seed.kind === 'zipped-xml') return { ...m, file: zipSync({ ...seed.entries!, [seed.entry!]: m.bytes }) };
  return { ...m, file: m.bytes };
}

/** The `sbr validate` arguments (argv form) of the mutant file of `seed`, as runMutant runs it. */
export function mutantArgs(seed: Seed, schemaValidation: boolean): string[] {
  const args = ['node', 'sbr', 'validate', join(seed.dir, seed.fileName), '--format', 'json', ...seed.args];
  if (!schemaValidation) args.push('--no-schema-validation');
  return args;
}

/** Runs one mutant through the CLI and checks the invariants. */
export async function runMutant(seed: Seed, n: number, opts: RunOptions): Promise<Outcome> {
  const m = makeMutant(seed, n);
  const path = join(seed.dir, seed.fileName);
  writeFileSync(path, m.file);
  const docBytes = Math.max(m.file.length, m.bytes.length);
  const violations: string[] = [];
  // our parser's and expat's opinions on the XML itself (for a zipped report: on the report's bytes)
  let ourParser: string | undefined;
  let expat: string | undefined;
  if (seed.kind !== 'zip') {
    try {
      parseXml(m.bytes, 'mutant');
    } catch (e) {
      if (!(e instanceof FatalInputError)) violations.push(`parseXml threw a non-coded error: ${(e as Error).message}`);
      else if (e.finding.code !== 'sbr:documentTooLarge') ourParser = e.finding.code;
    }
    if (opts.oracle) {
      const xmlPath = seed.kind === 'zipped-xml' ? join(seed.dir, 'mutant-entry.xml') : path;
      if (seed.kind === 'zipped-xml') writeFileSync(xmlPath, m.bytes);
      expat = await opts.oracle.check(xmlPath);
    }
  }
  let out = '';
  let err = '';
  const args = mutantArgs(seed, opts.schemaValidation);
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  let exit: number;
  try {
    exit = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  } catch (e) {
    exit = -1;
    violations.push(`main() rejected: ${(e as Error).stack ?? String(e)}`);
  }
  const ms = performance.now() - t0;
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  const rssGrowth = Math.max(0, (peakAfter > peakBefore ? peakAfter : process.memoryUsage().rss) - rssBefore);
  if (![0, 1, 2].includes(exit)) violations.push(`exit code ${exit}`);
  let valid: boolean | undefined;
  let codes: string[] = [];
  try {
    const json = JSON.parse(out) as { valid: boolean; findings: { code: string }[] };
    valid = json.valid;
    codes = [...new Set(json.findings.map((f) => f.code))].sort();
    if (typeof valid !== 'boolean' || !Array.isArray(json.findings))
      violations.push('JSON output without valid/findings');
    if ((exit === 0) !== (valid === true)) violations.push(`exit ${exit} but valid ${valid}`);
  } catch {
    violations.push(`stdout is not JSON: ${out.slice(0, 200)}`);
  }
  if (STACK.test(out) || STACK.test(err) || /internal error/i.test(out + err))
    violations.push(`stack trace or internal error: ${(out + err).slice(0, 300)}`);
  if ((ourParser || expat) && (valid === true || exit === 0))
    violations.push(`not well-formed (ours: ${ourParser ?? 'ok'}, expat: ${expat ?? 'ok'}) but valid`);
  if (ourParser && seed.kind === 'xml' && exit !== 2)
    violations.push(`our parser refuses it (${ourParser}) but exit ${exit}`);
  let fresh: FreshVerdict | undefined;
  // RSS includes garbage not yet collected (the mutator's own multi-megabyte strings among it): collect before judging
  const gc = (globalThis as { gc?: () => void }).gc;
  if (opts.rssLimitBytes && process.memoryUsage().rss > opts.rssLimitBytes && gc) gc();
  if (opts.rssLimitBytes && process.memoryUsage().rss > opts.rssLimitBytes) {
    // This process's RSS is a high-water mark of every earlier mutant and of the mutator's own strings: the mutant is
    // judged again in fresh processes, against fresh processes on the unmutated seed plus three times its document.
    // One fresh process of the same input varies by up to 20 MB from one minute to the next (the machine's other load,
    // when V8's collector runs): seed and mutant run in turn, three times each, and their medians are compared.
    const rss = Math.round(process.memoryUsage().rss / 1e6);
    fresh = freshVerdict(seed, args, docBytes);
    if (!fresh)
      violations.push(`RSS ${rss} MB above the limit of ${Math.round(opts.rssLimitBytes / 1e6)} MB (no fresh process)`);
    else if (fresh.mutant > fresh.limit)
      violations.push(
        `RSS ${rss} MB above the limit of ${Math.round(opts.rssLimitBytes / 1e6)} MB, and ${overFresh(fresh)}`,
      );
  }
  return {
    seed: seed.name,
    mutantSeed: n,
    operators: m.operators,
    exit,
    valid,
    codes,
    ms,
    size: m.file.length,
    ourParser,
    expat,
    violations,
    schemaValidation: opts.schemaValidation,
    rssGrowth,
    docBytes,
    ...(fresh ? { fresh } : {}),
  };
}

/** The fresh-process judgement of the mutant file now at `args` (`freshJudgement`) and its limit; undefined if one failed. */
function freshVerdict(seed: Seed, args: string[], docBytes: number, rounds = 3): FreshVerdict | undefined {
  const j = freshJudgement(seed, args, rounds);
  return j && { ...j, limit: j.seed + 3 * docBytes, noise: Math.max(...j.seedPeaks) - Math.min(...j.seedPeaks) };
}

/** Mutant numbers of a run: base seed times this plus the run index (run.ts; judge.ts reads them back). */
export const MUTANT_STRIDE = 1_000_003;

/** A fresh-process verdict in a report's row, in MB (run.ts `--strict`, judge.ts). */
export function freshFigures(f: FreshVerdict | undefined) {
  const r = (x: number) => Math.round(x / 1e6);
  return f
    ? {
        seedPeaks: f.seedPeaks.map(r),
        mutantPeaks: f.mutantPeaks.map(r),
        limitMB: r(f.limit),
        noiseMB: r(f.noise),
        overMB: r(f.mutant - f.limit),
      }
    : { noFreshProcess: true as const };
}

/** Whether a fresh-process verdict is over its limit by more than the seed's own spread of peaks (its noise). */
export function overNoise(f: FreshVerdict): boolean {
  return f.mutant > f.limit + f.noise;
}

/** How a fresh-process verdict above its limit is reported. */
function overFresh(v: FreshVerdict): string {
  return `${mb(v.mutant)} MB in fresh processes (median of ${mb(v.mutantPeaks)}; limit ${mb(v.limit)} MB: ${mb(v.seed)} MB for the seed, median of ${mb(v.seedPeaks)}, plus three times the document)`;
}

/**
 * The strict memory judgement of mutant `n` of `seed` (issue 17: peak memory within three times the largest
 * document, shown rather than assumed): the mutant is made again and validated as runMutant validated it, in fresh
 * processes against fresh processes on its seed (`freshJudgement`, medians of five), whatever the long-lived process's
 * RSS was. Returns the verdict and, when the mutant's median is above the seed's plus three times its document (the
 * same limit as the in-run gate's second step) by more than the seed's own spread, the violation; the verdict is
 * undefined when a fresh process failed, which is a violation too. The spread is the measurement's noise: identical
 * fresh runs of one AU seed with schema validation peaked anywhere in 152-163 MB, while three times a 16-30 KB AU
 * document is 50-90 KB, so without it a mutant that costs what its seed costs was over the limit about half the time.
 */
export function strictJudgement(
  seed: Seed,
  n: number,
  schemaValidation: boolean,
): { fresh?: FreshVerdict; violation?: string } {
  const m = makeMutant(seed, n);
  writeFileSync(join(seed.dir, seed.fileName), m.file);
  const fresh = freshVerdict(seed, mutantArgs(seed, schemaValidation), Math.max(m.file.length, m.bytes.length), 5);
  if (!fresh) return { violation: 'strict judgement: no fresh process' };
  if (overNoise(fresh))
    return {
      fresh,
      violation: `strict judgement: ${overFresh(fresh)}, more than the seed's spread of ${mb(fresh.noise)} MB`,
    };
  return { fresh };
}

const FRESH = join(REPO, 'tests/fuzz/fresh-rss.ts');

/**
 * Peak RSS in bytes of `sbr <args>` run alone in a fresh Node process (tests/fuzz/fresh-rss.ts), or undefined. The
 * process runs with the flags of `npm run fuzz` (not this process's: a vitest worker's do not load TypeScript).
 */
export function freshPeak(args: string[]): number | undefined {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', FRESH, ...args.slice(2)], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  try {
    return (JSON.parse(r.stdout) as { maxRssBytes: number }).maxRssBytes;
  } catch {
    return undefined;
  }
}

const mb = (x: number | number[]): string =>
  Array.isArray(x) ? x.map((v) => Math.round(v / 1e6)).join('/') : String(Math.round(x / 1e6));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Seed and mutant peaks (bytes) of `rounds` fresh processes each, run in turn, and their medians; undefined if one failed. */
export function freshJudgement(
  seed: Seed,
  args: string[],
  rounds = 3,
): { seed: number; mutant: number; seedPeaks: number[]; mutantPeaks: number[] } | undefined {
  const path = join(seed.dir, `seed-${seed.fileName}`);
  const bytes = seed.kind === 'zipped-xml' ? zipSync({ ...seed.entries!, [seed.entry!]: seed.bytes }) : seed.bytes;
  writeFileSync(path, bytes);
  const mutantPath = join(seed.dir, seed.fileName);
  const seedArgs = args.map((a) => (a === mutantPath ? path : a));
  const seedPeaks: number[] = [];
  const mutantPeaks: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const s = freshPeak(seedArgs);
    const m = freshPeak(args);
    if (s === undefined || m === undefined) return undefined;
    seedPeaks.push(s);
    mutantPeaks.push(m);
  }
  return { seed: median(seedPeaks), mutant: median(mutantPeaks), seedPeaks, mutantPeaks };
}

export function cleanUp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
