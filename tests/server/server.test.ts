/**
 * `sbr serve` (src/server/): the API on a random loopback port with the demo taxonomy's artifact compiled here and two
 * worker threads. The 200 answer is the text of `sbr validate --validator demo.sbrv --format json` for the same file
 * (the CLI's own function, run in this process); bad requests get coded JSON errors; a worker that dies is replaced.
 */
import { renderMessage } from '../../src/messages/index.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileArtifactFrom } from '../../src/artifact/node.js';
import { main } from '../../src/cli/main.js';
import { buildServer } from '../../src/server/app.js';
import { loadServedValidators } from '../../src/server/command.js';

const ROOT = resolve(__dirname, '../..');
const INVALID = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
const VALID = resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl');
const MARKER = 'sbr-serve-test-crash-7f3a';

/** The JSON text with the `ms` timings of documents zeroed (the one field that differs from run to run). */
const untimed = (text: string) => text.replace(/"ms": \d+/g, '"ms": 0');

async function cliJson(file: string, artifact: string): Promise<string> {
  let out = '';
  await main(['node', 'sbr', 'validate', '--validator', artifact, '--format', 'json', file], {
    out: (s) => (out += s),
    err: () => {},
  });
  return untimed(out);
}

describe('sbr serve API', () => {
  let app: FastifyInstance;
  let base: string;
  let dir: string;
  let artifact: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sbr-serve-test-'));
    artifact = join(dir, 'demo.sbrv');
    writeFileSync(artifact, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
    process.env['SBR_SERVE_CRASH_MARKER'] = MARKER; // worker.ts test hook: such a filing ends its worker thread
    app = await buildServer({
      validators: await loadServedValidators([artifact]),
      workers: 2,
      bodyLimit: 256 * 1024,
      portalDir: join(dir, 'no-portal'),
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    delete process.env['SBR_SERVE_CRASH_MARKER'];
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: string | Uint8Array, type: string, query = '') =>
    fetch(`${base}/v1/validate${query}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
    });

  it('answers the invalid demo filing with exactly the JSON of sbr validate --format json', async () => {
    const r = await post(readFileSync(INVALID), 'application/xml', `?url=${encodeURIComponent(INVALID)}`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(untimed(text)).toBe(await cliJson(INVALID, artifact));
    const json = JSON.parse(text);
    expect(json.valid).toBe(false);
    expect(json.findings.map((f: { code: string }) => f.code)).toContain('xbrl.5.2.5.2:calcInconsistency');
  }, 120_000);

  it('answers the valid demo filing with valid: true, equal to the CLI', async () => {
    const r = await post(readFileSync(VALID), 'application/xml', `?validator=demo&url=${encodeURIComponent(VALID)}`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(JSON.parse(text).valid).toBe(true);
    expect(untimed(text)).toBe(await cliJson(VALID, artifact));
  }, 60_000);

  it('gives Dutch messages with lang=nl', async () => {
    const en = await (
      await post(readFileSync(INVALID), 'application/xml', `?url=${encodeURIComponent(INVALID)}`)
    ).json();
    const nl = await (
      await post(readFileSync(INVALID), 'application/xml', `?lang=nl&url=${encodeURIComponent(INVALID)}`)
    ).json();
    expect(nl.findings.map((f: { code: string }) => f.code)).toEqual(en.findings.map((f: { code: string }) => f.code));
    expect(nl.findings[0].message).not.toBe(en.findings[0].message);
  }, 60_000);

  it('answers a body that is not XML with 422 and the coded finding', async () => {
    const r = await post('this is not XML', 'application/xml');
    expect(r.status).toBe(422);
    const j = await r.json();
    expect(j.error.code).toBe('xml:malformed');
    expect(j.report.valid).toBe(false);
    expect(j.report.documents[0]).toMatchObject({ file: 'filing.xbrl', kind: 'unvalidated', code: 'xml:malformed' });
  });

  it('refuses a body over the limit with 413 sbr:requestTooLarge', async () => {
    const r = await post('<a>' + 'x'.repeat(300 * 1024) + '</a>', 'application/xml');
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe('sbr:requestTooLarge');
  });

  it('refuses another content type with 415 sbr:unsupportedMediaType', async () => {
    const r = await post('{"a":1}', 'application/json');
    expect(r.status).toBe(415);
    expect((await r.json()).error.code).toBe('sbr:unsupportedMediaType');
  });

  it('refuses an unknown validator with 400 sbr:unknownValidator', async () => {
    const r = await post(readFileSync(INVALID), 'application/xml', '?validator=kvk-2099');
    expect(r.status).toBe(400);
    const j = await r.json();
    expect(j.error.code).toBe('sbr:unknownValidator');
    expect(j.error.message).toContain('demo');
    // the params the message is rendered from (src/messages/en-app.ts): a client can word it in its own language
    expect(j.error.params).toEqual({ k: 'served', id: 'kvk-2099', ids: ['demo'] });
    expect(renderMessage('sbr:unknownValidator', j.error.params, 'nl')).toBe(
      'De validator "kvk-2099" is niet geladen; GET /v1/validators geeft de lijst (demo)',
    );
    const u = await post('{"a":1}', 'application/json');
    expect((await u.json()).error).toEqual({
      code: 'sbr:unsupportedMediaType',
      message:
        'Content type application/json is not accepted: send application/xml, application/xhtml+xml, text/html, application/zip or multipart/form-data',
      params: { type: 'application/json' },
    });
  });

  it('refuses a file name with a folder in it and a url= that is not absolute (400)', async () => {
    expect((await (await post('<a/>', 'application/xml', '?name=..%2F..%2Fetc%2Fx.xbrl')).json()).error.code).toBe(
      'sbr:badFileName',
    );
    expect((await post('<a/>', 'application/xml', '?url=relative.xbrl')).status).toBe(400);
  });

  it('reads no local file a filing names: an absolute schemaRef (path or file: URL) is not found (untrusted input)', async () => {
    // a copy of the demo taxonomy on the server's disk, outside the request's folder, not in the artifact
    const copy = join(dir, 'local-taxonomy');
    cpSync(resolve(ROOT, 'taxonomies/sbr-demo'), copy, { recursive: true });
    const valid = readFileSync(VALID, 'utf8');
    for (const href of [join(copy, 'vat-2024.xsd'), pathToFileURL(join(copy, 'vat-2024.xsd')).href]) {
      const filing = valid.replace('../../taxonomies/sbr-demo/vat-2024.xsd', href);
      expect(filing).toContain(href);
      // the CLI (trusted input) reads the local taxonomy and finds the filing valid...
      const local = join(dir, 'local-filing.xbrl');
      writeFileSync(local, filing);
      let out = '';
      await main(['node', 'sbr', 'validate', '--format', 'json', local], { out: (x) => (out += x), err: () => {} });
      expect(JSON.parse(out).valid).toBe(true);
      // ...the server does not read it, as the body and as a multipart file
      const r = await post(filing, 'application/xml');
      expect(r.status).toBe(422);
      const j = await r.json();
      expect(j.error.code).toBe('sbr:entryPointNotFound');
      expect(j.error.message).toContain('local files are not read');
      const form = new FormData();
      form.append('filing', new Blob([filing], { type: 'application/xml' }), 'filing.xbrl');
      const m = await (await fetch(`${base}/v1/validate`, { method: 'POST', body: form })).json();
      expect(m.error.code).toBe('sbr:entryPointNotFound');
    }
  }, 60_000);

  it('accepts multipart/form-data (the first file is validated)', async () => {
    const form = new FormData();
    form.append('filing', new Blob([readFileSync(INVALID)], { type: 'application/xml' }), 'vat-return-invalid.xbrl');
    const r = await fetch(`${base}/v1/validate`, { method: 'POST', body: form });
    // its relative schemaRef, from the private temporary folder, does not reach the demo taxonomy's local path
    expect(r.status).toBe(422);
    const j = await r.json();
    expect(j.error.code).toBe('sbr:entryPointNotFound');
    expect(j.report.documents[0]).toMatchObject({ file: 'vat-return-invalid.xbrl', kind: 'unvalidated' });
  }, 60_000);

  it('answers 20 concurrent requests, each equal to the sequential answer', async () => {
    const bodies = [INVALID, VALID].map((f) => ({ f, bytes: readFileSync(f) }));
    const sequential = new Map<string, string>();
    for (const b of bodies)
      sequential.set(
        b.f,
        untimed(await (await post(b.bytes, 'application/xml', `?url=${encodeURIComponent(b.f)}`)).text()),
      );
    const all = await Promise.all(
      Array.from({ length: 20 }, (_, i) => bodies[i % 2]!).map(async (b) => {
        const r = await post(b.bytes, 'application/xml', `?url=${encodeURIComponent(b.f)}`);
        return { f: b.f, status: r.status, text: untimed(await r.text()) };
      }),
    );
    expect(all.map((x) => x.status)).toEqual(Array(20).fill(200));
    for (const x of all) expect(x.text).toBe(sequential.get(x.f));
  }, 120_000);

  it('survives a filing that makes its worker die: coded 500, then keeps serving', async () => {
    const r = await post(`<crash>${MARKER}</crash>`, 'application/xml');
    expect(r.status).toBe(500);
    expect((await r.json()).error.code).toBe('sbr:workerCrashed');
    const after = await post(readFileSync(INVALID), 'application/xml', `?url=${encodeURIComponent(INVALID)}`);
    expect(after.status).toBe(200);
    expect((await after.json()).valid).toBe(false);
  }, 120_000);

  it('lists the validator, serves its artifact, /healthz, /metrics and /v1/openapi.json', async () => {
    const list = await (await fetch(`${base}/v1/validators`)).json();
    expect(list.validators).toHaveLength(1);
    expect(list.validators[0]).toMatchObject({ id: 'demo', formatVersion: 1, packages: [], profile: null });
    expect(list.validators[0].entryPoints[0]).toMatch(/taxonomies\/sbr-demo\/vat-2024\.xsd$/);
    const a = await fetch(`${base}/v1/validators/demo/artifact`);
    expect(a.status).toBe(200);
    expect(Buffer.from(await a.arrayBuffer()).equals(readFileSync(artifact))).toBe(true);
    expect((await fetch(`${base}/v1/validators/nope/artifact`)).status).toBe(404);
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok', validators: 1 });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/sbr_http_requests_total\{method="POST",route="\/v1\/validate",status="200"\} \d+/);
    expect(metrics).toMatch(/sbr_findings_total\{severity="error"\} [1-9]\d*/);
    expect(metrics).toContain('sbr_http_request_duration_seconds_bucket{route="/v1/validate",le="+Inf"}');
    const api = await (await fetch(`${base}/v1/openapi.json`)).json();
    expect(api.openapi).toBe('3.1.0');
    expect(Object.keys(api.paths)).toContain('/v1/validate');
  });
});

describe('sbr serve limits: queue and time per request', () => {
  let app: FastifyInstance;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sbr-serve-limits-'));
    const artifact = join(dir, 'demo.sbrv');
    writeFileSync(artifact, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
    app = await buildServer({
      validators: await loadServedValidators([artifact]),
      workers: 1,
      maxQueue: 1,
      requestTimeoutMs: 250,
      portalDir: join(dir, 'no-portal'),
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 sbr:busy with Retry-After when the queue is full, and 504 sbr:timeout past the time limit', async () => {
    const body = readFileSync(INVALID);
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const r = await fetch(`${base}/v1/validate?url=${encodeURIComponent(INVALID)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/xml' },
          body: new Blob([body]),
        });
        return {
          status: r.status,
          retry: r.headers.get('retry-after'),
          code: ((await r.json()) as { error?: { code: string } }).error?.code,
        };
      }),
    );
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(4);
    for (const b of busy) expect(b).toEqual({ status: 503, retry: '5', code: 'sbr:busy' });
    // 250 ms per request: the ones that got a place wait for a cold worker (tsx, the artifact) and are stopped
    expect(answers.filter((a) => a.status !== 503).map((a) => a.code)).toEqual(
      answers.filter((a) => a.status !== 503).map(() => 'sbr:timeout'),
    );
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  }, 120_000);
});
