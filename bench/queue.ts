/**
 * The BullMQ work queue (issue 13): filings per second with 1, 2 and 4 `sbr queue worker` processes sharing one private
 * redis-server on a free loopback port. The filings are 40 distinct copies of the demo VAT returns (a comment with a
 * number makes each one's bytes, hence its job key, different), validated with live DTS discovery of the demo
 * taxonomy. Time is measured from the first submission to the last result, with the workers already started (their
 * start-up, about a second each, is not counted). Needs `redis-server` on PATH; skipped otherwise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { queueStatus, submitFilings } from '../src/queue/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const N = 40;

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

function startWorker(url: string): Promise<ChildProcess> {
  const script = `import { main } from ${JSON.stringify(resolve(ROOT, 'src/cli/main.ts'))}; main(['node', 'sbr', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; });`;
  const p = spawn(process.execPath, ['--import', 'tsx', '-e', script, '--', 'queue', 'worker', '--redis', url], {
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
      for (let i = 0; i < workers; i++) procs.push(await startWorker(url));
      const files: string[] = [];
      for (let i = 0; i < N; i++) {
        const p = join(dir, 'fixtures/demo', `w${workers}-${i}.xbrl`);
        writeFileSync(p, `${sources[i % 2]}\n<!-- copy ${workers}/${i} -->\n`);
        files.push(p);
      }
      const t0 = performance.now();
      const results = await submitFilings(url, files, { wait: true });
      const s = (performance.now() - t0) / 1000;
      const failed = results.filter((r) => r.error || r.report?.documents.some((d) => d.kind === 'unvalidated')).length;
      console.log(
        `queue: ${workers} worker${workers > 1 ? 's' : ' '}  ${N} demo filings in ${s.toFixed(1)} s = ${(N / s).toFixed(1)} filings/s${failed ? ` (${failed} FAILED)` : ''}`,
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
