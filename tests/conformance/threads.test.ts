/**
 * `sbr conformance --concurrency N` runs the variations on N worker threads (src/conformance/threads.ts): the same
 * report, line for line, as one thread. Needs the XDT suite in ../shared (SBR_SHARED); skipped without it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readSuite } from '../../src/conformance/index.js';
import { runSuiteInThreads, startPool } from '../../src/conformance/threads.js';

const shared = resolve(__dirname, '../..', process.env.SBR_SHARED ?? '../shared');
const index = resolve(shared, 'conformance/xdt/xdt-conf-cr4-2009-10-06/xdt.xml');
const present = existsSync(index);
if (!present) console.warn(`SKIPPED: ${index} is absent (set SBR_SHARED to the shared data folder)`);

async function run(...args: string[]) {
  let out = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: () => {} });
  return { code, out };
}

describe.runIf(present)('sbr conformance on worker threads', () => {
  it('reports the XDT variations of 10x testcases as one thread does', async () => {
    const cache = resolve(shared, 'xbrl-schemas');
    const [one, two] = await Promise.all([
      run('conformance', index, '--filter', '10', '--cache', cache, '--concurrency', '1'),
      run('conformance', index, '--filter', '10', '--cache', cache, '--concurrency', '2'),
    ]);
    expect(one.out).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(Number(/^(\d+) passed/.exec(one.out)![1])).toBeGreaterThan(20);
    expect(two).toEqual(one);
  }, 120_000);

  it('runs on a pool started before the suite was read, and ends its threads', async () => {
    const pool = startPool(2); // as `sbr conformance` starts it: the threads load while the suite is read
    const variations = readSuite(index).filter((v) => v.id.startsWith('10'));
    expect(variations.length).toBeGreaterThan(20);
    const outcomes = await runSuiteInThreads(variations, {
      threads: 2,
      validateOptions: { caches: [resolve(shared, 'xbrl-schemas')] },
      pool,
    });
    expect(outcomes.map((o) => [o.variation.id, o.pass])).toEqual(variations.map((v) => [v.id, true]));
    await pool.destroy(); // a second end is harmless
  }, 120_000);
});
