/**
 * XSD value checks (src/xml/xsd-datatypes.ts), `node --import tsx bench/xsd-datatypes.ts`. Needs nothing.
 *
 * checkSimpleValue on an xs:decimal with a pattern, totalDigits and fractionDigits (five values in turn, one of them
 * invalid), 1,000,000 calls: CPU time (process.cpuUsage, user + system) and calls per CPU second, median of 5. Moved
 * here from tests/xml/xsd-datatypes.test.ts, which printed it from a timed loop; the test keeps the answers.
 */
import type { Facets, SimpleType } from '../src/compile/types.js';
import { checkSimpleValue } from '../src/xml/xsd-datatypes.js';

const t = (builtin: string, ...facets: Facets[]): SimpleType => ({ variety: 'atomic', builtin, facets });
const ty = t('decimal', { pattern: ['-?[0-9]{1,15}(\\.[0-9]{1,2})?'] }, { totalDigits: 20, fractionDigits: 2 });
const values = ['123456.78', '-1', '0.5', '99999999', '12.345'];
const RUNS = 5;
const n = 1_000_000;
const cpu: number[] = [];
for (let r = 0; r < RUNS; r++) {
  let bad = 0;
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) if (checkSimpleValue(values[i % 5]!, ty) !== undefined) bad++;
  const d = process.cpuUsage(t0);
  cpu.push((d.user + d.system) / 1e6);
  if (bad !== n / 5) throw new Error(`xsd-datatypes: ${bad} refused, expected ${n / 5}`);
}
cpu.sort((a, b) => a - b);
const s = cpu[Math.floor(RUNS / 2)]!;
console.log(
  `xsd-datatypes checkSimpleValue decimal+pattern: ${n.toLocaleString('en')} calls in ${s.toFixed(2)} s CPU median of ${RUNS}, ${Math.round(n / s).toLocaleString('en')} calls/s`,
);
