/**
 * The BullMQ work queue across processes (issue 13): a private redis-server on a free loopback port, two
 * `sbr queue worker` processes, 200 filings (XBRL 2.1 conformance suite instances from SBR_SHARED and the demo
 * filings) submitted with their bytes; one worker is killed with SIGKILL mid-run. Every filing must get exactly one
 * result, equal to `sbr validate --format json` for it (apart from the timing `stats.ms`), and no job may fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSuite } from '../../src/conformance/index.js';
import { main } from '../../src/cli/main.js';
import { queueStatus, submitFilings, type SubmitResult } from '../../src/queue/index.js';
import { SHARED, sharedPresent } from './suites.js';

const ROOT = resolve(__dirname, '../..');
const SUITE = 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml';
const haveRedis = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).status === 0;
if (!haveRedis)
  console.warn('SKIPPED: redis-server is not installed (apt-get install redis-server; .ci/run installs it)');
const run = haveRedis && sharedPresent(SUITE);

function freePort(): Promise<number> {
  return new Promise((ok, no) => {
    const s = createServer();
    s.once('error', no);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** A `sbr queue worker` process running the TypeScript sources (tsx); resolves once it says it is ready. */
function startWorkerProcess(url: string): Promise<ChildProcess> {
  const script = `import { main } from ${JSON.stringify(resolve(ROOT, 'src/cli/main.ts'))}; main(['node', 'sbr', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; });`;
  const p = spawn(process.execPath, ['--import', 'tsx', '-e', script, '--', 'queue', 'worker', '--redis', url], {
    cwd: ROOT,
    env: { ...process.env, SBR_CACHE: resolve(SHARED, 'xbrl-schemas'), SBR_QUEUE_LOCK_MS: '15000' },
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

/** The 2.1 suite's instance documents (readMeFirst files whose root is xbrli:xbrl), then the demo filings: 200 in all. */
function filings(): string[] {
  const seen = new Set<string>();
  for (const v of readSuite(resolve(SHARED, SUITE))) {
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
  }
  return [
    ...[...seen].slice(0, 198),
    resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl'),
    resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl'),
  ];
}

/** A report without its timings (`documents[].stats.ms`), for comparison. */
function untimed(report: unknown): unknown {
  const r = JSON.parse(JSON.stringify(report)) as { documents: { stats?: { ms?: number } }[] };
  for (const d of r.documents) if (d.stats) delete d.stats.ms;
  return r;
}

describe.skipIf(!run)('sbr queue: two worker processes, one killed with SIGKILL mid-run (issue 13)', () => {
  let redis: ChildProcess | undefined;
  const workers: ChildProcess[] = [];
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 50; i++) {
      try {
        await queueStatus(url);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    workers.push(await startWorkerProcess(url), await startWorkerProcess(url));
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => (w.exitCode === null && w.signalCode === null ? new Promise((r) => w.once('exit', r)) : null)),
    );
    redis?.kill('SIGTERM');
  });

  it('every filing gets exactly one result, equal to sbr validate --format json', async () => {
    const files = filings();
    expect(files).toHaveLength(200);
    let killedAt = -1;
    const results: SubmitResult[] = [];
    await submitFilings(url, files, {
      wait: true,
      onResult: (r) => {
        results.push(r);
        // mid-run: the first worker dies as in a crash; the job it held is recovered by the stalled-job check
        if (results.length === 60) {
          killedAt = results.length;
          workers[0]!.kill('SIGKILL');
        }
      },
    });
    expect(killedAt).toBe(60);
    expect(workers[0]!.signalCode).toBe('SIGKILL');
    expect(results).toHaveLength(200);
    expect(new Set(results.map((r) => r.file)).size).toBe(200);
    expect(results.filter((r) => r.error)).toEqual([]);
    const status = await queueStatus(url);
    expect(status).toMatchObject({ waiting: 0, active: 0, completed: 200, failed: 0 });

    // the reference: `sbr validate --format json FILE`, in this process, with the workers' caches
    process.env['SBR_CACHE'] = resolve(SHARED, 'xbrl-schemas');
    const byFile = new Map(results.map((r) => [r.file, r.report]));
    let invalid = 0;
    let unvalidated = 0;
    for (const f of files) {
      let out = '';
      await main(['node', 'sbr', 'validate', '--format', 'json', f], { out: (s) => (out += s), err: () => {} });
      const expected = JSON.parse(out) as { valid: boolean; documents: { kind: string }[] };
      if (!expected.valid) invalid++;
      if (expected.documents.some((d) => d.kind === 'unvalidated')) unvalidated++;
      expect(untimed(byFile.get(f)), f).toEqual(untimed(expected));
    }
    console.log(
      `queue: 200 filings, ${invalid} invalid (${unvalidated} not validated), worker ${workers[0]!.pid} killed after ${killedAt} results`,
    );
    expect(invalid).toBeGreaterThan(10); // the suite's invalid variations: a queue that answered "valid" would not pass
  });
});
