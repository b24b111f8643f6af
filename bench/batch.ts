/**
 * Batch validation on one machine (issue 13 item 1): `sbr validate <files> --format jsonl --jobs N` with N = 1 and 2 on
 * the XBRL 2.1 conformance suite's instance documents (the readMeFirst files whose root is xbrli:xbrl, 370 of them), in a
 * process of its own each run (the CLI from the TypeScript sources through tsx, worker threads included; SBR_CACHE =
 * the shared xbrl-schemas). Prints filings per second, median of BENCH_BATCH_RUNS runs (default 3; runs of the two
 * alternate, so that a change in the machine's load falls on both alike), and the ratio of --jobs 2 to --jobs 1. Every run must give one jsonl line per instance, and the same lines (timings aside) for both N.
 * Needs ../shared (SBR_SHARED); skipped otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { readSuite } from '../src/conformance/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.SBR_SHARED ?? resolve(ROOT, '../shared'));
const SUITE = resolve(SHARED, 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml');
const RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The suite's instance documents (as tests/conformance/queue.test.ts picks them). */
function instances(): string[] {
  const seen = new Set<string>();
  for (const v of readSuite(SUITE))
    for (const f of v.readMeFirst) {
      if (seen.has(f) || !/\.(xbrl|xml)$/i.test(f)) continue;
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        continue;
      }
      if (/<([A-Za-z_][\w.-]*:)?xbrl[\s>]/.test(text)) seen.add(f);
    }
  return [...seen];
}

/**
 * One `sbr validate --jobs N --format jsonl` process: seconds from spawn to exit, the CPU seconds of the process (all its
 * threads, process.cpuUsage), and its lines without timings.
 */
function runCli(files: string[], jobs: number): { s: number; cpu: number; lines: string[] } {
  const script = `import { main } from ${JSON.stringify(resolve(ROOT, 'src/cli/main.ts'))}; main(['node', 'sbr', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; const u = process.cpuUsage(); process.stderr.write('cpu-us ' + (u.user + u.system) + '\\n'); });`;
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '-e', script, '--', 'validate', ...files, '--format', 'jsonl', '--jobs', String(jobs)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, SBR_CACHE: resolve(SHARED, 'xbrl-schemas') },
    },
  );
  const s = (performance.now() - t0) / 1000;
  if (r.status === null || r.status > 2) throw new Error(`sbr validate --jobs ${jobs} exited ${r.status}: ${r.stderr}`);
  const cpu = Number(/cpu-us (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => {
      const j = JSON.parse(l) as { stats: Record<string, number> };
      delete j.stats['ms'];
      return JSON.stringify(j);
    })
    .sort();
  return { s, cpu, lines };
}

function main(): void {
  if (!existsSync(SUITE)) {
    console.log(`batch: SKIPPED (${SUITE} not found; set SBR_SHARED)`);
    return;
  }
  const files = instances();
  // the runs of --jobs 1 and --jobs 2 alternate, so that a change in the machine's load falls on both alike
  const runs = new Map<number, number[]>([
    [1, []],
    [2, []],
  ]);
  const cpus = new Map<number, number[]>([
    [1, []],
    [2, []],
  ]);
  // the machine may be shared: its load says how far the wall-clock figures can be trusted
  console.log(
    `batch: load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')} on ${availableParallelism()} cores`,
  );
  let reference: string[] | undefined;
  for (let i = 0; i < RUNS; i++)
    for (const jobs of [1, 2]) {
      const { s, cpu, lines } = runCli(files, jobs);
      if (lines.length !== files.length)
        throw new Error(`--jobs ${jobs}: ${lines.length} lines for ${files.length} inputs`);
      reference ??= lines;
      if (lines.join('\n') !== reference.join('\n')) throw new Error(`--jobs ${jobs} gave other results than --jobs 1`);
      runs.get(jobs)!.push(s);
      cpus.get(jobs)!.push(cpu);
    }
  const medians = new Map<number, number>();
  for (const [jobs, r] of runs) {
    const m = median(r);
    medians.set(jobs, m);
    console.log(
      `batch: sbr validate --jobs ${jobs}  ${files.length} XBRL 2.1 suite instances in ${m.toFixed(1)} s median of ${RUNS} (runs ${r.map((x) => x.toFixed(1)).join(', ')}) = ${(files.length / m).toFixed(1)} filings/s; CPU ${median(cpus.get(jobs)!).toFixed(1)} s`,
    );
  }
  console.log(`batch: --jobs 2 / --jobs 1 = ${(medians.get(1)! / medians.get(2)!).toFixed(2)}x filings/s`);
}

main();
