/**
 * `npm run bench`: runs each benchmark in its own Node process, one after the other, with this process's flags
 * (--expose-gc, --import tsx): bench/run.ts (XML tokenising, KvK DTS load, XBRL 2.1 suite; needs ../shared) and
 * bench/dimensions.ts (generated dimensional instances, 10k and 100k facts; needs nothing), bench/large.ts (plain
 * instances of 1, 5 and 25 MB against the demo taxonomy: validation CPU time against bare tokenising, peak memory against
 * the file size, findings checked; needs nothing), bench/xpath-atomic.ts (XPath
 * atomic values and F&O functions; needs nothing), bench/queue.ts (BullMQ work queue, 1/2/4 worker processes; needs
 * redis-server), bench/formula.ts (1,000 generated value assertions over 10k and 100k facts, with and without duplicate
 * facts; needs nothing), bench/batch.ts (sbr validate --jobs 1 and 2 on the XBRL 2.1 suite's instances; needs
 * ../shared), bench/serve.ts (sbr serve req/s and p50/p95 with 2 workers,
 * demo filing and a KvK report package, beside the CLI), bench/start.ts (`sbr --version`, `--help` and a tiny instance
 * with the demo artifact, each in a fresh process; needs nothing), bench/schema-findings.ts (libxml2 diagnostics to findings: 8,000, 16,000 and
 * 32,000 schema findings, CPU time per finding; needs nothing), bench/transforms.ts (every TRR 5
 * transformation on 1,000-character adversarial inputs; needs nothing), bench/xsd-datatypes.ts (checkSimpleValue, decimal
 * with a pattern, calls per CPU second; needs nothing). Separate processes keep
 * one benchmark's heap from skewing the other's figures.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

let failed = 0;
for (const file of [
  'start.ts',
  'run.ts',
  'dimensions.ts',
  'large.ts',
  'artifact.ts',
  'xpath-atomic.ts',
  'diff.ts',
  'xpath.ts',
  'schema-findings.ts',
  'transforms.ts',
  'xsd-datatypes.ts',
  'formula.ts',
  'queue.ts',
  'batch.ts',
  'serve.ts',
]) {
  const r = spawnSync(process.execPath, [...process.execArgv, resolve(import.meta.dirname, file)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    console.error(`bench/${file} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exitCode = failed ? 1 : 0;
