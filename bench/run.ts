/**
 * Benchmarks (npm run bench): medians of repeated runs, in one process, on the real data in ../shared
 * (SBR_SHARED overrides). Prints the machine's bare XML tokenising speed measured in the same run so that
 * figures from different machines can be compared as ratios.
 *
 *   - xml:   saxes tokenising every document of the KvK DTS (MB/s)
 *   - dts:   loading the KvK 2024 NL-GAAP entry point (discover + compile), median of 5
 *   - suite: the XBRL 2.1 conformance suite through validate(), median of 5 (BENCH_SUITE_RUNS to change)
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { readSuite, runSuite } from '../src/conformance/index.js';
import { Resolver } from '../src/resolve/index.js';
import { loadDts, validate } from '../src/validate/node.js';

const SHARED = resolve(process.env.SBR_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const KVK_ENTRY = 'https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd';
const NT = resolve(SHARED, 'real/nl/nt-2024');
const SUITE = resolve(SHARED, 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml');
const CACHE = resolve(SHARED, 'xbrl-schemas');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
let peakRss = 0;
/** RSS is sampled on a timer and after every measured run (synchronous runs block the timer). */
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sampleRss, 50);
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

async function kvk(options: { packages: string[]; caches: string[] }) {
  // 1. bare tokenising speed over the KvK DTS documents
  const { dts } = loadDts([KVK_ENTRY], options);
  const texts = [...dts.documents.values()].map((d) => new TextDecoder().decode(d.bytes));
  const bytes = [...dts.documents.values()].reduce((n, d) => n + d.bytes.length, 0);
  const xmlRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (const s of texts) {
      const p = new SaxesParser({ position: true });
      p.write(s).close();
    }
    xmlRuns.push(performance.now() - t);
  }
  const xmlMBs = bytes / 1e6 / (median(xmlRuns) / 1000);
  console.log(
    `xml tokenising (saxes): ${xmlMBs.toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(1)} MB (${dts.documents.size} documents), median of 5`,
  );

  // 2. KvK entry point load
  const dtsRuns: number[] = [];
  let concepts = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = loadDts([KVK_ENTRY], { ...options, resolver: Resolver.create(options) });
    dtsRuns.push(performance.now() - t);
    sampleRss();
    concepts = Object.keys(r.taxonomy.concepts).length;
  }
  const dtsMs = median(dtsRuns);
  console.log(
    `kvk 2024 nlgaap entry point load: ${(dtsMs / 1000).toFixed(2)} s median of 5 (runs ${dtsRuns.map((x) => (x / 1000).toFixed(2)).join(', ')}), ${concepts} element declarations, peak RSS so far ${mb(peakRss)} MB; ${(bytes / 1e6 / (dtsMs / 1000)).toFixed(1)} MB/s = ${(bytes / 1e6 / (dtsMs / 1000) / xmlMBs).toFixed(2)} x bare tokenising`,
  );
}

async function main() {
  if (!existsSync(NT) || !existsSync(SUITE)) {
    console.log(`SKIPPED: shared data not found at ${SHARED} (set SBR_SHARED)`);
    return;
  }
  const packages = readdirSync(NT)
    .filter((f) => f.endsWith('.zip') && !f.includes('2025'))
    .map((f) => resolve(NT, f));
  const options = { packages, caches: [CACHE] };

  // 1 and 2 in their own function so that their documents are garbage before the suite runs.
  await kvk(options);
  (globalThis as { gc?: () => void }).gc?.();

  // 3. XBRL 2.1 suite
  const runs = Number(process.env.BENCH_SUITE_RUNS ?? 5);
  const variations = readSuite(SUITE);
  const suiteRuns: number[] = [];
  let passed = 0;
  for (let i = 0; i < runs; i++) {
    const resolver = Resolver.create({ caches: [CACHE] });
    const t = performance.now();
    const out = await runSuite(variations, (v) => validate(v.readMeFirst, { resolver }), { concurrency: 2 });
    suiteRuns.push(performance.now() - t);
    sampleRss();
    passed = out.filter((o) => o.pass).length;
  }
  const suiteS = median(suiteRuns) / 1000;
  console.log(
    `xbrl 2.1 suite: ${passed}/${variations.length} passed, ${suiteS.toFixed(1)} s median of ${runs} (runs ${suiteRuns.map((x) => (x / 1000).toFixed(1)).join(', ')}); Arelle reference ~62 s => ratio ${(62 / suiteS).toFixed(1)}x`,
  );
  console.log(`peak RSS: ${mb(peakRss)} MB`);
}

main().finally(() => clearInterval(sampler));
