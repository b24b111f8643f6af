/**
 * Large instances (issue 14): plain XBRL instances of about 1, 5 and 25 MB generated against the SBR demo taxonomy
 * (bench/large-instance.ts; into a temporary folder, removed afterwards; BENCH_LARGE_SIZES=1,5,25 in MB to change),
 * each measured in its own Node process:
 *   - tokenise: the bare tokenising of the same bytes (UTF-8 decoding and saxes with positions), median of 3
 *   - validate: `validate(file, { schemaValidation: false })` (src/validate/node.ts: DTS, instance, every rule), median
 *     of 3 (BENCH_LARGE_RUNS)
 *   - schema: the same with XML Schema validation (xmllint-wasm), median of 3
 * Times are CPU time of the process (user + system: the machine is shared, wall time is given beside it) and the ratio
 * to the tokenise time (target: 2 for `validate`). Memory: the peak RSS of the process and its growth over the RSS
 * after a warm-up validation of the demo filing (modules loaded, taxonomy compiled once), as a multiple of the file
 * size (target: 3), over all runs and after the first run alone (V8 grows its heap between runs, so the later runs
 * let more garbage pile up before a major collection). Each validation's findings are checked against the planted
 * errors (expectedFindings); a run whose finding counts differ makes the bench fail. `node --expose-gc --import tsx bench/large.ts [--src DIR]`
 * (`--src`: measure another checkout's sources, e.g. main's before a change).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { entitiesFor, expectedFindings, factCount, largeInstance } from './large-instance.js';

const SELF = resolve(import.meta.dirname, 'large.ts');
const DEMO = resolve(import.meta.dirname, '../fixtures/demo/vat-return-valid.xbrl');
const RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const s = process.argv.indexOf('--src');
const SRC = s >= 0 ? resolve(process.argv[s + 1]!) : resolve(import.meta.dirname, '../src');
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface ChildResult {
  cpuMs: number;
  wallMs: number;
  baselineRss: number;
  /** Peak RSS after the first run (maxRSS is monotonic): later runs start with V8's heap grown by the earlier ones. */
  firstPeakRss: number;
  peakRss: number;
  codes?: Record<string, number>;
  facts?: number;
}

/** One measurement in this process (the child side): prints a ChildResult as JSON. */
async function child(mode: string, file: string): Promise<void> {
  const { validate } = (await import(
    pathToFileURL(join(SRC, 'validate/node.ts')).href
  )) as typeof import('../src/validate/node.js');
  const schemaValidation = mode === 'schema';
  if (mode !== 'tokenise') await validate(DEMO, { schemaValidation });
  gc();
  const baselineRss = process.memoryUsage().rss;
  const cpu: number[] = [];
  const wall: number[] = [];
  let codes: Record<string, number> | undefined;
  let facts: number | undefined;
  let firstPeakRss = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    if (mode === 'tokenise') {
      const p = new SaxesParser({ position: true });
      p.write(new TextDecoder().decode(readFileSync(file))).close();
    } else {
      const r = await validate(file, { schemaValidation });
      codes = {};
      for (const f of r.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
      facts = r.documents[0]?.stats.facts;
    }
    cpu.push(cpuMs() - c0);
    wall.push(performance.now() - t0);
    if (i === 0) firstPeakRss = process.resourceUsage().maxRSS * 1024;
    gc();
  }
  const out: ChildResult = {
    cpuMs: median(cpu),
    wallMs: median(wall),
    baselineRss,
    firstPeakRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    ...(codes ? { codes, facts } : {}),
  };
  console.log(JSON.stringify(out));
}

function measure(mode: string, file: string): ChildResult {
  const r = spawnSync(process.execPath, [...process.execArgv, SELF, '--src', SRC, '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{'))
    throw new Error(`bench/large.ts ${mode} ${file}: exit ${r.status ?? r.signal} ${r.stderr.slice(-500)}`);
  return JSON.parse(line) as ChildResult;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_LARGE_SIZES ?? '1,5,25').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'sbr-large-'));
  let failed = 0;
  const MB = 1e6;
  try {
    console.log(
      `sources ${SRC}; large instances (demo taxonomy), CPU ms median of ${RUNS} (wall in brackets); memory = peak RSS growth over the warmed-up process / file size`,
    );
    for (const size of sizes) {
      const entities = entitiesFor(size * MB);
      const file = join(dir, `large-${size}mb.xbrl`);
      writeFileSync(file, largeInstance(entities));
      const bytes = statSync(file).size;
      const expected = expectedFindings(entities);
      const tok = measure('tokenise', file);
      const row: string[] = [
        `${(bytes / MB).toFixed(1)} MB, ${factCount(entities)} facts: tokenise ${tok.cpuMs.toFixed(0)} ms (${tok.wallMs.toFixed(0)}) = ${(bytes / MB / (tok.cpuMs / 1000)).toFixed(0)} MB/s`,
      ];
      for (const mode of ['validate', 'schema']) {
        const r = measure(mode, file);
        // peak RSS growth over the warmed-up process: MiB and a multiple of the file size
        const growth = (peak: number) =>
          `+${((peak - r.baselineRss) / 2 ** 20).toFixed(0)} MB = ${((peak - r.baselineRss) / bytes).toFixed(1)}x`;
        const same = JSON.stringify(r.codes) === JSON.stringify(expected) && r.facts === factCount(entities);
        if (!same) failed++;
        row.push(
          `${mode === 'schema' ? 'with XML Schema' : 'validate'} ${r.cpuMs.toFixed(0)} ms (${r.wallMs.toFixed(0)}) = ${(r.cpuMs / tok.cpuMs).toFixed(1)}x tokenise, peak RSS ${(r.peakRss / 2 ** 20).toFixed(0)} MB (${growth(r.peakRss)} file; first run ${growth(r.firstPeakRss)})${same ? '' : ` FINDINGS DIFFER: ${JSON.stringify(r.codes)} ${r.facts} facts, expected ${JSON.stringify(expected)} ${factCount(entities)}`}`,
        );
      }
      console.log(row.join('; '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

const k = process.argv.indexOf('--child');
if (k >= 0) await child(process.argv[k + 1]!, process.argv[k + 2]!);
else await main();
