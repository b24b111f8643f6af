/**
 * The BullMQ work queue (issue 13): filings per second with 1, 2 and 4 `sbr queue worker` processes sharing one private
 * redis-server on a free loopback port. The filings are 40 distinct copies of the demo VAT returns (a comment with a
 * number makes each one's bytes, hence its job key, different), validated with a validator artifact of the demo
 * taxonomy (`sbr queue worker --validator demo.sbrv`, submitted with validator id `demo`; BENCH_QUEUE_LIVE=1 for live DTS
 * discovery instead). Time is measured from the first submission to the last result, with the workers already started
 * (their start-up, about a second each, is not counted); median of BENCH_QUEUE_RUNS runs (default 3) per worker count,
 * and the ratio to one worker. Every result must be the artifact's: 11 DTS documents (not the taxonomy twice).
 * Needs `redis-server` on PATH; skipped otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileArtifactFrom } from '../src/artifact/node.js';
import { queueStatus, submitFilings } from '../src/queue/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const N = 40;
const RUNS = Number(process.env.BENCH_QUEUE_RUNS ?? 3);
const LIVE = process.env.BENCH_QUEUE_LIVE === '1';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

function startWorker(url: string, validator: string[]): Promise<ChildProcess> {
  const script = `import { main } from ${JSON.stringify(resolve(ROOT, 'src/cli/main.ts'))}; main(['node', 'sbr', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; });`;
  const args = ['--import', 'tsx', '-e', script, '--', 'queue', 'worker', '--redis', url, ...validator];
  const p = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((ok, no) => {
    let err = '';
    p.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('ready')) ok(p);
    });
    p.once('exit', (c) => no(new Error(`worker exited ${c}: ${err}`)));
  });
}

async function main(): Promise<void> {
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
    console.log('queue: SKIPPED (redis-server is not installed)');
    return;
  }
  // copies of the demo filings next to a copy of the demo taxonomy (relative schemaRef ../../taxonomies/sbr-demo/...)
  const dir = mkdtempSync(join(tmpdir(), 'sbr-bench-queue-'));
  mkdirSync(join(dir, 'fixtures/demo'), { recursive: true });
  mkdirSync(join(dir, 'taxonomies/sbr-demo'), { recursive: true });
  for (const f of [
    'vat-2024.xsd',
    'vat-2024-cal.xml',
    'vat-2024-def.xml',
    'vat-2024-lab-en.xml',
    'vat-2024-lab-nl.xml',
    'vat-2024-pre.xml',
  ])
    writeFileSync(join(dir, 'taxonomies/sbr-demo', f), readFileSync(join(ROOT, 'taxonomies/sbr-demo', f)));
  const sources = ['vat-return-valid.xbrl', 'vat-return-invalid.xbrl'].map((f) =>
    readFileSync(join(ROOT, 'fixtures/demo', f), 'utf8'),
  );
  // the artifact compiled from the copy the filings reference by relative path (the case that loaded it twice)
  const artifact = join(dir, 'demo.sbrv');
  writeFileSync(artifact, compileArtifactFrom([join(dir, 'taxonomies/sbr-demo/vat-2024.xsd')], {}).bytes);
  const validator = LIVE ? [] : ['--validator', artifact];
  const medians = new Map<number, number>();
  for (const workers of [1, 2, 4]) {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const procs: ChildProcess[] = [];
    try {
      for (let i = 0; i < 50; i++) {
        try {
          await queueStatus(url);
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      for (let i = 0; i < workers; i++) procs.push(await startWorker(url, validator));
      const runs: number[] = [];
      let failed = 0;
      for (let run = 0; run < RUNS; run++) {
        const files: string[] = [];
        for (let i = 0; i < N; i++) {
          const p = join(dir, 'fixtures/demo', `w${workers}-${run}-${i}.xbrl`);
          writeFileSync(p, `${sources[i % 2]}\n<!-- copy ${workers}/${run}/${i} -->\n`);
          files.push(p);
        }
        const t0 = performance.now();
        const results = await submitFilings(url, files, { wait: true, ...(LIVE ? {} : { validatorId: 'demo' }) });
        runs.push((performance.now() - t0) / 1000);
        failed += results.filter(
          (r) => r.error || r.report?.documents.some((d) => d.kind === 'unvalidated' || d.stats?.['documents'] !== 11),
        ).length;
      }
      const s = median(runs);
      medians.set(workers, s);
      console.log(
        `queue: ${workers} worker${workers > 1 ? 's' : ' '} (${LIVE ? 'live DTS discovery' : 'artifact'})  ${N} demo filings in ${s.toFixed(1)} s median of ${RUNS} (runs ${runs.map((x) => x.toFixed(1)).join(', ')}) = ${(N / s).toFixed(1)} filings/s, ${(medians.get(1)! / s).toFixed(2)}x one worker${failed ? ` (${failed} FAILED)` : ''}`,
      );
    } finally {
      for (const p of procs) p.kill('SIGTERM');
      await Promise.all(procs.map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : null)));
      redis.kill('SIGTERM');
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

await main();
