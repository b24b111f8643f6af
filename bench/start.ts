/**
 * Start-up of the `sbr` command (issue 14 "Start": `sbr --version` and `sbr --help` within 0.12 s, a tiny instance
 * validated with an artifact within 0.2 s). Each figure is the median of 10 runs of `node bin/sbr.js ...` as a user
 * types it (dist/, so `npm run build` first; built here when dist/ is missing), in a fresh process:
 *
 *   - version:  `sbr --version` (stdout must be package.json's version)
 *   - help:     `sbr --help` (stdout must equal tests/cli/help/sbr.txt)
 *   - validate --help: `sbr validate --help` (tests/cli/help/sbr-validate.txt)
 *   - tiny:     `sbr validate fixtures/demo/vat-return-valid.xbrl --validator demo.sbrv` (the demo taxonomy compiled
 *               once beforehand with `sbr compile`; must print the valid verdict and exit 0)
 *
 *   - node:     `node -e 0`, the floor no command can go below on this machine
 *
 * `help` and `tiny` are also run with SBR_CLI_UNBUNDLED=1 (dist/ module by module instead of the esbuild bundle of
 * dist/cli-bundle/ that bin/sbr.js runs; scripts/bundle-cli.mjs), to show what the bundle saves.
 *
 * Wall time is what the target names; CPU time (user + system, from /usr/bin/time when present) does not depend on
 * the machine's load. Peak RSS (KB) is from /usr/bin/time too. Needs nothing from ../shared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = resolve(ROOT, 'bin/sbr.js');
const RUNS = Number(process.env.BENCH_START_RUNS ?? 10);
const TIME = '/usr/bin/time';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  cpuMs?: number;
  rssKb?: number;
}

/** One `node bin/sbr.js ARGS` in a fresh process, under /usr/bin/time when it exists. */
function sbr(args: string[], dir: string, env: NodeJS.ProcessEnv = process.env, script: string[] = [BIN]): Run {
  const timed = existsSync(TIME);
  const out = join(dir, 'time.txt');
  const argv = timed
    ? [TIME, '-f', '%U %S %M', '-o', out, process.execPath, ...script, ...args]
    : [process.execPath, ...script, ...args];
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: ROOT, encoding: 'utf8', env });
  const wallMs = performance.now() - t0;
  const run: Run = { status: r.status, stdout: r.stdout, stderr: r.stderr, wallMs };
  if (timed) {
    const [u, s, m] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    run.cpuMs = (u! + s!) * 1000;
    run.rssKb = m!;
  }
  return run;
}

function measure(
  name: string,
  args: string[],
  dir: string,
  check: (r: Run) => string | undefined,
  env?: NodeJS.ProcessEnv,
  script?: string[],
): boolean {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = sbr(args, dir, env, script);
    const problem = check(r);
    if (problem) {
      console.error(`start ${name}: run ${i + 1}: ${problem}\n${r.stdout}${r.stderr}`);
      return false;
    }
    runs.push(r);
  }
  const wall = median(runs.map((r) => r.wallMs));
  const cpu = runs[0]!.cpuMs === undefined ? undefined : median(runs.map((r) => r.cpuMs!));
  const rss = runs[0]!.rssKb === undefined ? undefined : Math.max(...runs.map((r) => r.rssKb!));
  console.log(
    `start ${name}: ${(wall / 1000).toFixed(3)} s wall${cpu === undefined ? '' : `, ${(cpu / 1000).toFixed(3)} s CPU`}${rss === undefined ? '' : `, ${(rss / 1024).toFixed(0)} MB peak RSS`}, median of ${RUNS} (${script ? 'node' : 'sbr'} ${[...(script ?? []), ...args].join(' ')})`,
  );
  return true;
}

function main(): number {
  if (!existsSync(resolve(ROOT, 'dist/cli/main.js'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sbr-bench-start-'));
  try {
    const version = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const help = readFileSync(resolve(ROOT, 'tests/cli/help/sbr.txt'), 'utf8');
    const validateHelp = readFileSync(resolve(ROOT, 'tests/cli/help/sbr-validate.txt'), 'utf8');
    const artifact = join(dir, 'demo.sbrv');
    const c = sbr(['compile', 'taxonomies/sbr-demo/vat-2024.xsd', '-o', artifact], dir);
    if (c.status !== 0) {
      console.error(`start: sbr compile of the demo taxonomy failed (exit ${c.status})\n${c.stdout}${c.stderr}`);
      return 1;
    }
    const exact = (expected: string) => (r: Run) =>
      r.status !== 0 ? `exit ${r.status}` : r.stdout !== expected ? 'unexpected output' : undefined;
    const unbundled = { ...process.env, SBR_CLI_UNBUNDLED: '1' };
    const tiny = ['validate', 'fixtures/demo/vat-return-valid.xbrl', '--validator', artifact];
    const valid = exact('No problems found: the filing is valid.\n');
    let ok = measure('node', [], dir, exact(''), process.env, ['-e', '0']);
    ok = measure('version', ['--version'], dir, exact(`${version}\n`)) && ok;
    ok = measure('help', ['--help'], dir, exact(help)) && ok;
    ok = measure('help, unbundled', ['--help'], dir, exact(help), unbundled) && ok;
    ok = measure('validate --help', ['validate', '--help'], dir, exact(validateHelp)) && ok;
    ok = measure('tiny', tiny, dir, valid) && ok;
    ok = measure('tiny, unbundled', tiny, dir, valid, unbundled) && ok;
    return ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
