/**
 * `npm run bench:serve`: requests per second and p50/p95 latency of POST /v1/validate (`sbr serve`, 2 worker threads)
 * for the demo invalid filing, beside the time of one in-process CLI validation of the same file with the same artifact.
 * A small client of its own (fetch, fixed concurrency); the artifact is compiled here from taxonomies/sbr-demo.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileArtifactFrom } from '../src/artifact/node.js';
import { main } from '../src/cli/main.js';
import { buildServer } from '../src/server/app.js';
import { loadServedValidators } from '../src/server/command.js';

const ROOT = resolve(import.meta.dirname, '..');
const FILING = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
const REQUESTS = Number(process.env['SBR_BENCH_REQUESTS'] ?? 200);
const CONCURRENCY = Number(process.env['SBR_BENCH_CONCURRENCY'] ?? 4);

const dir = mkdtempSync(join(tmpdir(), 'sbr-bench-serve-'));
const artifact = join(dir, 'demo.sbrv');
writeFileSync(artifact, compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]).bytes);
const app = await buildServer({ validators: await loadServedValidators([artifact]), workers: 2 });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const body = readFileSync(FILING);
const url = `${base}/v1/validate?url=${encodeURIComponent(FILING)}`;
const one = async () => {
  const t0 = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/xml' }, body });
  await r.text();
  if (r.status !== 200) throw new Error(`status ${r.status}`);
  return performance.now() - t0;
};
for (let i = 0; i < 8; i++) await one(); // warm both workers (artifact loaded once per worker)
const times: number[] = [];
const t0 = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < REQUESTS) times.push(await one());
  }),
);
const wall = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
const c0 = performance.now();
await main(['node', 'sbr', 'validate', '--validator', artifact, '--format', 'json', FILING], {
  out: () => {},
  err: () => {},
});
const cliMs = performance.now() - c0;
const c1 = performance.now();
await main(['node', 'sbr', 'validate', '--validator', artifact, '--format', 'json', FILING], {
  out: () => {},
  err: () => {},
});
const cliWarm = performance.now() - c1;
console.log(
  `sbr serve, 2 workers, demo invalid filing (${body.length} bytes): ${REQUESTS} requests at concurrency ${CONCURRENCY}: ${(REQUESTS / wall).toFixed(1)} req/s, p50 ${pct(50)} ms, p95 ${pct(95)} ms`,
);
console.log(
  `CLI in process, same file and artifact: first ${cliMs.toFixed(0)} ms, second ${cliWarm.toFixed(0)} ms (a fresh \`sbr validate\` process adds Node start-up)`,
);
await app.close();
rmSync(dir, { recursive: true, force: true });
