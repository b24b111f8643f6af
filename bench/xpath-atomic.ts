/**
 * XPath atomic value model and F&O functions benchmark (npm run bench, or
 * `node --expose-gc --import tsx bench/xpath-atomic.ts`). Needs no shared data.
 *
 * Measures, median of 5 runs each, operations per second of the hot paths of XBRL Formula value assertions:
 *   - decimal:  fromLexical('xs:decimal') of two fact values, `+`, `eq` against a third (an exact summation check)
 *   - sum:      fn:sum over 1,000 xs:decimal values (one call)
 *   - cast:     xs:double canonical string (F&O 17.1.2) of a varying double
 *   - compare:  general comparison `=` of xs:untypedAtomic and xs:decimal (fact value against a literal)
 *   - matches:  fn:matches with the same pattern each call (compiled regex cache)
 *   - dateTime: xs:dateTime parse and `-` of two dateTimes (a period length)
 */
import { arithmetic, fromLexical, generalCompare, toStringValue, valueCompare } from '../src/xpath/atomic/index.js';
import { functions as aggregate } from '../src/xpath/functions/aggregate.js';
import { functions as regex } from '../src/xpath/functions/regex.js';
import type { AtomicValue, DynamicContext } from '../src/xpath/types.js';

const RUNS = 5;
const ctx: DynamicContext = { variables: new Map() };
const sum = aggregate.find((f) => f.local === 'sum')!;
const matches = regex.find((f) => f.local === 'matches')!;
const amounts = Array.from({ length: 1000 }, (_, i) => fromLexical('xs:decimal', `${1000 + i * 37}.${i % 100}`));
const S = (s: string): AtomicValue => ({ type: 'xs:string', value: s });

function measure(name: string, n: number, body: (i: number) => void): void {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) body(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(RUNS / 2)]!;
  console.log(
    `xpath-atomic ${name.padEnd(9)} ${n} ops in ${ms.toFixed(1)} ms median: ${Math.round((n / ms) * 1000).toLocaleString('en')} ops/s`,
  );
}

let sink = 0;
measure('decimal', 200_000, (i) => {
  const a = fromLexical('xs:decimal', `${i}.25`);
  const b = fromLexical('xs:decimal', '388163667900000000000000000.01');
  const total = fromLexical('xs:decimal', `388163667900000000000000${String(i).padStart(3, '0')}.26`);
  if (valueCompare('eq', arithmetic('+', a, b), total)) sink++;
});
measure('sum', 2_000, () => {
  sink += sum.impl(ctx, [amounts]).length;
});
measure('cast', 200_000, (i) => {
  sink += toStringValue({ type: 'xs:double', value: i * 1.37e3 + 0.001 }).length;
});
const literal = fromLexical('xs:decimal', '1000.5');
measure('compare', 500_000, (i) => {
  if (generalCompare('=', { type: 'xs:untypedAtomic', value: i % 2 ? '1000.5' : '1000.50' }, literal)) sink++;
});
measure('matches', 200_000, (i) => {
  sink += matches.impl(ctx, [[S(`NL${i}B01`)], [S('^NL[0-9]{1,9}B[0-9]{2}$')]]).length;
});
measure('dateTime', 100_000, (i) => {
  const a = fromLexical('xs:dateTime', `2024-${String((i % 12) + 1).padStart(2, '0')}-01T00:00:00`);
  const b = fromLexical('xs:dateTime', '2023-01-01T00:00:00');
  sink += toStringValue(arithmetic('-', a, b)).length;
});
if (sink < 0) console.log(sink);
