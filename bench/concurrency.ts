/**
 * Concurrency benchmark (issue 17 item 3): one Validator artifact (SBR AU SuperStream, compiled here from ../shared),
 * 300 validations of the three AU filings (by path, XML Schema validation on, as `Validator.validate` does by default):
 *   - sequential: `for ... await validator.validate(f)`
 *   - all: `Promise.all` of the 300 calls, with the Validator's queue (concurrency 1, the default)
 *   - all-unbounded: `Promise.all` with `validator.concurrency = Infinity` (what every call did before the queue)
 *   - workers: two worker threads, each with its own Validator loaded from the same bytes, 150 filings each
 * Each mode runs in its own Node process: wall time and peak RSS (process.resourceUsage().maxRSS) per mode, and a hash of
 * the results to show all modes agree. Run: `node --import tsx bench/concurrency.ts [count]` (default 300).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { compileArtifactFrom, Validator } from '../src/artifact/node.js';
import type { DocumentResult } from '../src/validate/core.js';

const SHARED = resolve(process.env.SBR_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const AU = resolve(SHARED, 'real/au/superstream');
const ENTRY =
  'http://sbr.gov.au/taxonomy/sbr_au_reports/sprstrm/sprcnt/sprcnt_0001/sprcnt.0001.conttrans.request.02.02.report.xsd';
const SELF = fileURLToPath(import.meta.url);

const summary = (r: DocumentResult) =>
  `${r.file} ${r.valid} ${r.findings.map((f) => `${f.code}@${f.line}:${f.message}`).join('|')}`;
const filingsFor = (count: number) => {
  const files = readdirSync(join(AU, 'xbrl'))
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => join(AU, 'xbrl', f));
  return Array.from({ length: count }, (_, i) => files[i % files.length]!);
};

async function runMode(mode: string, artifactPath: string, count: number): Promise<void> {
  const bytes = readFileSync(artifactPath);
  const filings = filingsFor(count);
  const t0 = performance.now();
  let results: string[];
  if (mode === 'workers') {
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    const halves = [filings.slice(0, count >> 1), filings.slice(count >> 1)];
    const parts = await Promise.all(
      halves.map(
        (part) =>
          new Promise<string[]>((ok, ko) => {
            // the worker registers tsx's loader in its own thread, then imports this module (which runs worker())
            const api = pathToFileURL(
              resolve(createRequire(SELF).resolve('tsx/package.json'), '../dist/esm/api/index.mjs'),
            ).href;
            const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(SELF).href)}); });`;
            const w = new Worker(boot, { eval: true, workerData: { artifact: shared, filings: part } });
            w.once('message', (m: string[]) => {
              ok(m);
              void w.terminate();
            });
            w.once('error', ko);
          }),
      ),
    );
    results = parts.flat();
  } else {
    const v = await Validator.load(bytes);
    if (mode === 'sequential') {
      results = [];
      for (const f of filings) results.push(summary(await v.validate(f)));
    } else {
      if (mode === 'all-unbounded') v.concurrency = Infinity;
      results = (await Promise.all(filings.map((f) => v.validate(f)))).map(summary);
    }
  }
  const ms = performance.now() - t0;
  const hash = createHash('sha256').update(results.join('\n')).digest('hex').slice(0, 12);
  const invalid = results.filter((r) => / false /.test(r)).length;
  process.stdout.write(
    JSON.stringify({
      mode,
      count,
      s: +(ms / 1000).toFixed(1),
      perSecond: +(count / (ms / 1000)).toFixed(1),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      invalid,
      hash,
    }) + '\n',
  );
}

async function worker(): Promise<void> {
  const { artifact, filings } = workerData as { artifact: SharedArrayBuffer; filings: string[] };
  const v = await Validator.load(new Uint8Array(artifact));
  const out: string[] = [];
  for (const f of filings) out.push(summary(await v.validate(f)));
  parentPort!.postMessage(out);
}

async function main(): Promise<void> {
  const [mode, artifactPath, n] = process.argv.slice(2);
  if (mode && artifactPath) return runMode(mode, artifactPath, Number(n));
  if (!existsSync(AU)) {
    console.log(`SKIPPED: shared data not found at ${AU} (set SBR_SHARED)`);
    return;
  }
  const count = Number(process.argv[2] ?? 300);
  const { bytes, header } = compileArtifactFrom([ENTRY], { caches: [join(AU, 'xsd'), join(SHARED, 'xbrl-schemas')] });
  const file = join(mkdtempSync(join(tmpdir(), 'sbr-conc-')), 'au.sbrv');
  writeFileSync(file, bytes);
  console.log(
    `AU artifact: ${(bytes.length / 1e6).toFixed(2)} MB, ${header.documents.length} documents; ${count} validations per mode`,
  );
  for (const mode of ['sequential', 'all', 'all-unbounded', 'workers']) {
    const r = spawnSync(process.execPath, [...process.execArgv, SELF, mode, file, String(count)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) console.log(`${mode}: failed (exit ${r.status ?? r.signal}) ${r.stderr.slice(-400)}`);
    else process.stdout.write(r.stdout);
  }
}

if (isMainThread) await main();
else await worker();
