/**
 * Taxonomy diff benchmark (part of `npm run bench`): the KvK NL-GAAP 2024-03-31 and 2025-03-31 entry points (with the
 * jenv and rj 2024 packages from ../shared, SBR_SHARED overrides) compiled into two validator artifacts, then
 *   - load: both artifacts read as the diff reads them (envelope, sha256, every taxonomy section decoded)
 *   - diff: `diffTaxonomies(old, new)` on the two loaded taxonomies
 *   - total: load both + diff, what `sbr diff A.sbrv B.sbrv` spends before printing; target under one second
 * Medians of 5 runs, wall clock and CPU time of this process (the CPU time is what a busy machine does not inflate).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileArtifactFrom } from '../src/artifact/node.js';
import { diffTaxonomies } from '../src/diff/diff.js';
import { loadRelease } from '../src/diff/node.js';

const SHARED = resolve(process.env.SBR_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const NT = resolve(SHARED, 'real/nl/nt-2024');
const CACHE = resolve(SHARED, 'xbrl-schemas');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  if (!existsSync(resolve(NT, 'kvk_taxonomy_2025.zip'))) {
    console.log(`SKIPPED: shared data not found at ${SHARED} (set SBR_SHARED)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sbr-diff-bench-'));
  const files: string[] = [];
  for (const y of ['2024', '2025']) {
    const packages = [`kvk_taxonomy_${y}.zip`, 'jenv_taxonomy_2024.zip', 'rj_taxonomy_2024.zip'].map((f) =>
      resolve(NT, f),
    );
    const { bytes } = compileArtifactFrom(
      [`https://www.nltaxonomie.nl/kvk/${y}-03-31/kvk-annual-report-nlgaap-ext.xsd`],
      { packages, caches: [CACHE] },
    );
    const f = join(dir, `kvk-${y}-nlgaap.sbrv`);
    writeFileSync(f, bytes);
    files.push(f);
  }
  const wall = { load: [] as number[], diff: [] as number[], total: [] as number[] };
  const cpu = { load: [] as number[], diff: [] as number[], total: [] as number[] };
  let summary = '';
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const old = await loadRelease(files[0]!);
    const nw = await loadRelease(files[1]!);
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    const d = diffTaxonomies(old, nw);
    const c2 = process.cpuUsage();
    const t2 = performance.now();
    const us = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user - a.user + b.system - a.system) / 1000;
    wall.load.push(t1 - t0);
    wall.diff.push(t2 - t1);
    wall.total.push(t2 - t0);
    cpu.load.push(us(c0, c1));
    cpu.diff.push(us(c1, c2));
    cpu.total.push(us(c0, c2));
    summary = JSON.stringify(d.summary);
  }
  const f = (k: 'load' | 'diff' | 'total') =>
    `${median(wall[k]).toFixed(0)} ms wall, ${median(cpu[k]).toFixed(0)} ms CPU`;
  console.log(
    `diff kvk nlgaap 2024-03-31 -> 2025-03-31 artifacts: load both ${f('load')}; diff ${f('diff')}; total ${f('total')} (median of 5; target < 1000 ms)`,
  );
  console.log(`  summary ${summary}`);
}

await main();
