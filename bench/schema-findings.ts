/**
 * libxml2 diagnostics to findings (src/xml/schema-validate.ts), `node --expose-gc --import tsx bench/schema-findings.ts`.
 * Needs no shared data.
 *
 * Validates bench/schema-findings-input.ts's generated document of 1,000, 2,000 and 4,000 groups (8,000, 16,000 and
 * 32,000 findings) with validateAgainstSchemas and prints the CPU time (user + system, process.cpuUsage) of the call,
 * median of 5 runs, and per finding. The mapping is one pass over the diagnostics (each document's prefixes and line
 * starts computed once), so the time per finding stays about the same as the findings grow; when it looked through the
 * document's text for each diagnostic the 8,000-finding case took several seconds and doubling the findings about
 * quadrupled it. Fails (exit 1) when a run does not give 8 findings per group.
 */
import { validateAgainstSchemas } from '../src/xml/schema-validate.js';
import { SCHEMA, manyErrorsDocument } from './schema-findings-input.js';

const RUNS = 5;
const schemas = [{ url: '/bench/many.xsd', bytes: SCHEMA }];
let failed = false;
for (const groups of [1000, 2000, 4000]) {
  const bytes = manyErrorsDocument(groups);
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.cpuUsage();
    const findings = await validateAgainstSchemas({ url: '/bench/many.xml', bytes }, schemas, ['/bench/many.xsd']);
    const t = process.cpuUsage(t0);
    cpu.push((t.user + t.system) / 1e6);
    if (findings.length !== groups * 8) {
      console.error(`schema-findings: ${findings.length} findings for ${groups} groups, expected ${groups * 8}`);
      failed = true;
    }
  }
  cpu.sort((a, b) => a - b);
  const s = cpu[Math.floor(RUNS / 2)]!;
  console.log(
    `schema-findings ${String(groups * 8).padStart(6)} findings: ${s.toFixed(2)} s CPU median of ${RUNS}, ${((s / (groups * 8)) * 1e6).toFixed(0)} µs per finding`,
  );
}
if (failed) process.exit(1);
