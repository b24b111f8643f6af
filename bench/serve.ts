/**
 * `npm run bench:serve`: requests per second and p50/p95 latency of POST /v1/validate (`sbr serve`, 2 worker threads)
 * for the demo invalid filing and, when the shared data is there (`SBR_SHARED`, default ../shared), for a KvK report
 * package (the 2023 micro sample of real/nl/kvk-ixbrl-2023 zipped as .xbri, with the KvK 2024 artifact compiled from
 * the NT 2024 packages), each beside the time of an in-process CLI validation of the same file with the same artifact.
 * A small client of its own (fetch, fixed concurrency). `SBR_BENCH_REQUESTS` / `SBR_BENCH_KVK_REQUESTS` and
 * `SBR_BENCH_CONCURRENCY` set the load.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { compileArtifactFrom } from '../src/artifact/node.js';
import { main } from '../src/cli/main.js';
import { buildServer } from '../src/server/app.js';
import { loadServedValidators } from '../src/server/command.js';

const ROOT = resolve(import.meta.dirname, '..');
const FILING = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
const REQUESTS = Number(process.env['SBR_BENCH_REQUESTS'] ?? 200);
const KVK_REQUESTS = Number(process.env['SBR_BENCH_KVK_REQUESTS'] ?? 20);
const CONCURRENCY = Number(process.env['SBR_BENCH_CONCURRENCY'] ?? 4);
const SHARED = resolve(ROOT, process.env['SBR_SHARED'] ?? '../shared');
const KVK_SAMPLE = join(SHARED, 'real/nl/kvk-ixbrl-2023/nba-micro-nl-inrichtingsjaarrekening-2023');
const NT = join(SHARED, 'real/nl/nt-2024');

const dir = mkdtempSync(join(tmpdir(), 'sbr-bench-serve-'));
const artifact = join(dir, 'demo.sbrv');
writeFileSync(artifact, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
const served = [artifact];
let kvk: { artifact: string; xbri: string } | undefined;
if (existsSync(KVK_SAMPLE) && existsSync(NT)) {
  const packages = readdirSync(NT)
    .filter((f) => /_2024\.zip$/.test(f))
    .map((f) => join(NT, f));
  const a = join(dir, 'kvk-2024.sbrv');
  writeFileSync(
    a,
    compileArtifactFrom(['https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd'], {
      packages,
      caches: [join(SHARED, 'xbrl-schemas')],
    }).bytes,
  );
  // the sample folder as a report package: one top-level folder
  const files: Record<string, Uint8Array> = {};
  const top = KVK_SAMPLE.split('/').pop()!;
  const walk = (rel: string) => {
    for (const n of readdirSync(join(KVK_SAMPLE, rel))) {
      const r = rel ? `${rel}/${n}` : n;
      if (statSync(join(KVK_SAMPLE, r)).isDirectory()) walk(r);
      else files[`${top}/${r}`] = new Uint8Array(readFileSync(join(KVK_SAMPLE, r)));
    }
  };
  walk('');
  const xbri = join(dir, 'demicrobv-2023.xbri');
  writeFileSync(xbri, zipSync(files));
  kvk = { artifact: a, xbri };
  served.push(a);
} else console.log(`KvK row skipped: no ${KVK_SAMPLE} or ${NT}`);

const app = await buildServer({ validators: await loadServedValidators(served), workers: 2 });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

/** req/s and p50/p95 of `requests` POSTs at CONCURRENCY, after `warm` requests (artifact loaded once per worker). */
async function load(url: string, type: string, bytes: Buffer, requests: number, warm: number) {
  const body = new Blob([new Uint8Array(bytes)]);
  const one = async () => {
    const t0 = performance.now();
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
    await r.text();
    if (r.status !== 200) throw new Error(`status ${r.status}`);
    return performance.now() - t0;
  };
  await Promise.all(Array.from({ length: warm }, one));
  const times: number[] = [];
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < requests) times.push(await one());
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  return `${requests} requests at concurrency ${CONCURRENCY}: ${(requests / wall).toFixed(1)} req/s, p50 ${pct(50)} ms, p95 ${pct(95)} ms`;
}

/** Two in-process CLI validations (`sbr validate --validator A --format json FILE`), in ms. */
async function cli(a: string, file: string): Promise<[number, number]> {
  const run = async () => {
    const t0 = performance.now();
    await main(['node', 'sbr', 'validate', '--validator', a, '--format', 'json', file], {
      out: () => {},
      err: () => {},
    });
    return performance.now() - t0;
  };
  return [await run(), await run()];
}

const body = readFileSync(FILING);
const demo = await load(
  `${base}/v1/validate?validator=demo&url=${encodeURIComponent(FILING)}`,
  'application/xml',
  body,
  REQUESTS,
  8,
);
const [c1, c2] = await cli(artifact, FILING);
console.log(`sbr serve, 2 workers, demo invalid filing (${body.length} bytes): ${demo}`);
console.log(
  `CLI in process, same file and artifact: first ${c1.toFixed(0)} ms, second ${c2.toFixed(0)} ms (a fresh \`sbr validate\` process adds Node start-up)`,
);
if (kvk) {
  const xbri = readFileSync(kvk.xbri);
  const row = await load(
    `${base}/v1/validate?validator=kvk-2024&name=demicrobv-2023.xbri`,
    'application/zip',
    xbri,
    KVK_REQUESTS,
    2,
  );
  const [k1, k2] = await cli(kvk.artifact, kvk.xbri);
  console.log(`sbr serve, 2 workers, KvK report package demicrobv-2023.xbri (${xbri.length} bytes): ${row}`);
  console.log(`CLI in process, same package and artifact: first ${k1.toFixed(0)} ms, second ${k2.toFixed(0)} ms`);
}
await app.close();
rmSync(dir, { recursive: true, force: true });
