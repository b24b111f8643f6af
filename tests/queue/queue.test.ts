/**
 * The work queue's parts that need no Redis (issue 13): packing a filing with its local references, content keys,
 * a job whose bytes are not a filing (a normal result with its finding), and Redis unreachable (sbr:redisUnreachable,
 * exit 2, within seconds). The multi-process run with redis-server is tests/conformance/queue.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { FatalInputError } from '../../src/findings.js';
import {
  checkRedis,
  jobKey,
  packFiling,
  redisOptions,
  validateFilingJob,
  type FilingJobData,
} from '../../src/queue/index.js';

const ROOT = resolve(__dirname, '../..');
const DEMO = resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl');

/** A loopback port with nothing listening on it. */
function closedPort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

describe('packFiling', () => {
  it('sends the demo filing with the demo taxonomy it references by relative path, under their common folder', () => {
    const job = packFiling(DEMO);
    expect(job.origin).toBe(ROOT);
    expect(job.main).toBe('fixtures/demo/vat-return-valid.xbrl');
    const paths = job.files.map((f) => f.path);
    expect(paths).toContain('fixtures/demo/vat-return-valid.xbrl');
    expect(paths.some((p) => p.startsWith('taxonomies/sbr-demo/') && p.endsWith('.xsd'))).toBe(true);
    expect(paths.every((p) => !p.startsWith('/') && !p.includes('..'))).toBe(true);
  });

  it('refuses a missing input with sbr:fileNotFound', () => {
    expect(() => packFiling(resolve(ROOT, 'fixtures/demo/no-such.xbrl'))).toThrowError(FatalInputError);
  });
});

describe('jobKey', () => {
  const job = packFiling(DEMO);
  it('is the same for the same bytes, artifact and options, and differs when any of them changes', () => {
    const k = jobKey(job, 'live');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(jobKey(packFiling(DEMO), 'live')).toBe(k);
    expect(jobKey(job, 'a'.repeat(64))).not.toBe(k);
    expect(jobKey({ ...job, lang: 'nl' }, 'live')).not.toBe(k);
    const changed: FilingJobData = {
      ...job,
      files: job.files.map((f, i) => (i === 0 ? { ...f, base64: Buffer.from('x').toString('base64') } : f)),
    };
    expect(jobKey(changed, 'live')).not.toBe(k);
  });
});

describe('validateFilingJob', () => {
  it('a job whose bytes are not a filing gets a normal result with its finding (not a failed job)', async () => {
    const job: FilingJobData = {
      name: 'upload.xbrl',
      main: 'upload.xbrl',
      origin: '/srv/in',
      files: [{ path: 'upload.xbrl', base64: Buffer.from('%PDF-1.7 not xml').toString('base64') }],
    };
    const report = await validateFilingJob(job);
    expect(report.valid).toBe(false);
    expect(report.documents).toEqual([
      expect.objectContaining({ file: '/srv/in/upload.xbrl', kind: 'unvalidated', code: 'xml:malformed' }),
    ]);
    expect(report.findings[0]).toMatchObject({ code: 'xml:malformed', file: '/srv/in/upload.xbrl' });
  });

  it('validates the demo filing as sbr validate --format json does, file names as on the submitter machine', async () => {
    const report = await validateFilingJob(packFiling(resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl')));
    let out = '';
    await main(
      ['node', 'sbr', 'validate', '--format', 'json', resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl')],
      { out: (s) => (out += s), err: () => {} },
    );
    const expected = JSON.parse(out) as typeof report;
    for (const r of [report, expected]) for (const d of r.documents) delete d.stats?.['ms'];
    expect(report).toEqual(expected);
    expect(report.findings.filter((f) => f.code === 'xbrl.5.2.5.2:calcInconsistency').length).toBeGreaterThan(0);
  });
});

describe('validateFilingJob with untrusted bytes', () => {
  it('reads no local file outside the job: an absolute schemaRef to this machine is not found', async () => {
    // the demo filing with its schemaRef pointing at the taxonomy's absolute path on this machine
    const abs = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');
    const xml = readFileSync(DEMO, 'utf8').replace(/xlink:href="[^"]*vat-2024\.xsd"/, `xlink:href="file://${abs}"`);
    expect(xml).toContain(`file://${abs}`);
    const job: FilingJobData = {
      name: 'upload.xbrl',
      main: 'upload.xbrl',
      origin: '/srv/in',
      files: [{ path: 'upload.xbrl', base64: Buffer.from(xml).toString('base64') }],
    };
    const report = await validateFilingJob(job);
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => f.code)).toContain('sbr:entryPointNotFound');
  });
});

describe('validateFilingJob with a validator artifact', () => {
  it("a filing naming the artifact's taxonomy by relative path gets the artifact's DTS once, as sbr validate --validator", async () => {
    // before: the job's copy of the taxonomy was another URL, layered over the artifact as an "extension": every
    // document twice (17 documents, 98 relationships) and 14 error findings on the valid demo filing
    const dir = mkdtempSync(join(tmpdir(), 'sbr-queue-test-'));
    try {
      const sbrv = join(dir, 'demo.sbrv');
      writeFileSync(sbrv, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')], {}).bytes);
      const served = new Map([['demo', { validator: await Validator.load(sbrv), sha256: 'x' }]]);
      for (const f of ['fixtures/demo/vat-return-valid.xbrl', 'fixtures/demo/vat-return-invalid.xbrl']) {
        const report = await validateFilingJob(packFiling(resolve(ROOT, f), { validatorId: 'demo' }), served);
        let out = '';
        await main(['node', 'sbr', 'validate', '--format', 'json', '--validator', sbrv, resolve(ROOT, f)], {
          out: (s) => (out += s),
          err: () => {},
        });
        const expected = JSON.parse(out) as typeof report;
        for (const r of [report, expected]) for (const d of r.documents) delete d.stats?.['ms'];
        expect(report).toEqual(expected);
        expect(report.documents[0]!.stats).toMatchObject({ documents: 11, relationships: 49 });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Redis unreachable', () => {
  it('redisOptions reads host, port, password and db from the URL', () => {
    expect(redisOptions('redis://:s3cret@10.0.0.5:6380/2')).toEqual({
      host: '10.0.0.5',
      port: 6380,
      password: 's3cret',
      db: 2,
    });
    expect(() => redisOptions('http://x')).toThrowError(FatalInputError);
  });

  it('checkRedis fails with sbr:redisUnreachable naming the address', async () => {
    const port = await closedPort();
    await expect(checkRedis(`redis://127.0.0.1:${port}`)).rejects.toMatchObject({
      finding: { code: 'sbr:redisUnreachable', message: expect.stringContaining(`127.0.0.1:${port}`) },
    });
  });

  it('sbr queue status and submit exit 2 with a clear message when nothing listens', async () => {
    const port = await closedPort();
    for (const args of [['status'], ['submit', DEMO, '--wait']]) {
      let err = '';
      const code = await main(['node', 'sbr', 'queue', ...args, '--redis', `redis://127.0.0.1:${port}`], {
        out: () => {},
        err: (s) => (err += s),
      });
      expect(code).toBe(2);
      expect(err).toMatch(/sbr:redisUnreachable: Cannot reach Redis at 127\.0\.0\.1:\d+ .*ECONNREFUSED/);
    }
  });

  it('sbr queue status and submit give up after one connection, without retrying', async () => {
    // A server that hangs up on every connection: a client that retried would connect again and again (the time it
    // then takes is not asserted here; there is no retry to time).
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    try {
      for (const args of [['status'], ['submit', DEMO, '--wait']]) {
        connections = 0;
        let err = '';
        const code = await main(['node', 'sbr', 'queue', ...args, '--redis', `redis://127.0.0.1:${port}`], {
          out: () => {},
          err: (s) => (err += s),
        });
        expect(code).toBe(2);
        expect(err).toMatch(/sbr:redisUnreachable: Cannot reach Redis at 127\.0\.0\.1:\d+ /);
        expect(connections).toBe(1);
      }
    } finally {
      await new Promise((ok) => server.close(ok));
    }
  });
});
