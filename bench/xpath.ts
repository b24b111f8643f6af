/**
 * XPath engine benchmark (npm run bench): evaluations per second of compiled expressions typical of formula
 * linkbases, median of 5 timed runs after a warm-up, with fontoxpath (dev dependency) on the same expressions in the
 * same run where both give the same answer; then how long the engine takes to stop runaway expressions with its
 * coded limit errors (default limits).
 *
 *   - `$a eq $b + $c` over xs:decimal variables (fontoxpath gets JS numbers, i.e. xs:double, with values exact in binary)
 *   - `count($v) eq 1`
 *   - a filter predicate with string functions over 100 generated strings
 */
import fontoxpath from 'fontoxpath';
import { XDecimal } from '../src/xpath/decimal.js';
import {
  compileXPath,
  evaluate,
  parseXPath,
  type AtomicValue,
  type FunctionDef,
  type FunctionLibrary,
  type Sequence,
} from '../src/xpath/index.js';

const fx = fontoxpath as unknown as {
  evaluateXPath: (s: string, c: unknown, d: unknown, v: Record<string, unknown>) => unknown;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Evaluations per second: median over 5 runs of `n` calls. */
function rate(n: number, f: () => unknown): number {
  for (let i = 0; i < Math.min(n, 2000); i++) f();
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    runs.push(performance.now() - t);
  }
  return n / (median(runs) / 1000);
}

const dec = (s: string): Sequence => [{ type: 'xs:decimal', value: new XDecimal(s) }];
const plain = (v: Sequence): unknown => {
  if (v.length !== 1) return v.map((x) => String((x as AtomicValue).value));
  const a = v[0] as AtomicValue;
  return typeof a.value === 'object' ? Number(String(a.value)) : a.value;
};

interface Case {
  name: string;
  text: string;
  vars: Record<string, Sequence>;
  fxVars: Record<string, unknown>;
  n: number;
}
const filter =
  "count((for $i in 1 to 100 return concat('nl-cd:', $i))[starts-with(., 'nl-cd:') and string-length(.) gt 7])";
const cases: Case[] = [
  {
    name: '$a eq $b + $c (decimals)',
    text: '$a eq $b + $c',
    vars: { a: dec('3.5'), b: dec('1.25'), c: dec('2.25') },
    fxVars: { a: 3.5, b: 1.25, c: 2.25 },
    n: 50_000,
  },
  {
    name: 'count($v) eq 1',
    text: 'count($v) eq 1',
    vars: { v: [{ type: 'xs:string', value: 'x' }] },
    fxVars: { v: 'x' },
    n: 100_000,
  },
  { name: 'filter predicate with string functions (100 items)', text: filter, vars: {}, fxVars: {}, n: 1_000 },
];

console.log('xpath: evaluations per second, median of 5 (higher is better)');
for (const c of cases) {
  const compiled = compileXPath(c.text, { namespaces: {} }, Object.keys(c.vars));
  const variables = new Map(Object.entries(c.vars));
  const ours = () => compiled.evaluate({ variables });
  const theirs = () => fx.evaluateXPath(c.text, null, null, c.fxVars);
  const a = plain(ours());
  let b: unknown;
  try {
    b = theirs();
  } catch (e) {
    b = `error ${(e as Error).message.slice(0, 60)}`;
  }
  const same = JSON.stringify(a) === JSON.stringify(b);
  const r1 = rate(c.n, ours);
  const line = `  ${c.name}: sbr ${Math.round(r1).toLocaleString('en')}/s`;
  if (same) {
    const r2 = rate(c.n, theirs);
    console.log(
      `${line}, fontoxpath ${Math.round(r2).toLocaleString('en')}/s (x${(r1 / r2).toFixed(2)}), answer ${JSON.stringify(a)}`,
    );
  } else console.log(`${line}; fontoxpath answers differ (${JSON.stringify(a)} vs ${JSON.stringify(b)}), not timed`);
}

// Runaway expressions stopped by the default limits
console.log('xpath: time to stop runaway expressions (default limits)');
const stop = (name: string, f: () => unknown) => {
  const t = performance.now();
  let outcome: string;
  try {
    const r = f() as Sequence;
    outcome = `answer ${String((r[0] as AtomicValue | undefined)?.value)}`;
  } catch (e) {
    outcome = (e as { code?: string }).code ?? String(e);
  }
  console.log(`  ${name}: ${outcome} in ${(performance.now() - t).toFixed(0)} ms`);
};
const ev = (t: string) => evaluate(parseXPath(t, { namespaces: {} }), { variables: new Map() });
stop("string-join(for $i in 1 to 100000000 return 'x', '')", () =>
  ev("string-join(for $i in 1 to 100000000 return 'x', '')"),
);
stop('count(1 to 100000000)', () => ev('count(1 to 100000000)'));
stop('10,000 nested parentheses', () => ev('('.repeat(10000) + '1' + ')'.repeat(10000)));
const loop: FunctionDef = {
  ns: 'urn:f',
  local: 'loop',
  minArgs: 1,
  maxArgs: 1,
  impl: (ctx, [a]) =>
    evaluate(body, { variables: new Map([['n', a!]]), functions: lib, ...(ctx.state ? { state: ctx.state } : {}) }),
};
const lib: FunctionLibrary = { lookup: (ns, l, n) => (ns === 'urn:f' && l === 'loop' && n === 1 ? loop : undefined) };
const body = parseXPath('f:loop($n + 1)', {
  namespaces: { f: 'urn:f' },
  functions: lib,
  variables: (q) => q.local === 'n',
});
stop('endlessly recursive custom function', () =>
  evaluate(body, { variables: new Map([['n', dec('1')]]), functions: lib }),
);
