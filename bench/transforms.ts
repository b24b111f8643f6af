/**
 * Inline XBRL transformations on adversarial input, `node --import tsx bench/transforms.ts`. Needs nothing.
 *
 * Applies every TRR 5 transformation (src/ixbrl/transforms.ts, 100 names) to inputs of 1,000 characters (the longest a
 * pattern-based transformation reads) that overlapping separator patterns could backtrack over: '1 . . … x',
 * '1 - - … 2', '1' followed by 999 spaces, and a run of digits with one letter at the end. Prints the CPU time
 * (process.cpuUsage, user + system) of one pass over all names and inputs, median of 5. This is the speed claim that
 * tests/ixbrl/transforms.test.ts used to make with a clock ("under 2 s"); the test now checks the answers.
 */
import { applyTransform, transformNames, TRR_NAMESPACES } from '../src/ixbrl/transforms.js';

const V5 = TRR_NAMESPACES['5']!;
const RUNS = 5;
const inputs = [
  '1' + ' .'.repeat(499) + 'x',
  '1' + ' -'.repeat(499) + '2',
  '1' + ' '.repeat(999),
  '1'.repeat(999) + 'x',
];
const names = transformNames(V5);
const cpu: number[] = [];
let accepted = 0;
for (let r = 0; r < RUNS; r++) {
  accepted = 0;
  const t0 = process.cpuUsage();
  for (const input of inputs) for (const name of names) if (applyTransform(V5, name, input).ok) accepted++;
  const t = process.cpuUsage(t0);
  cpu.push((t.user + t.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(
  `transforms ${names.length} TRR 5 names x ${inputs.length} adversarial inputs of 1,000 chars: ` +
    `${cpu[Math.floor(RUNS / 2)]!.toFixed(1)} ms CPU median of ${RUNS} (${accepted} accepted)`,
);
