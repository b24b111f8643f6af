/**
 * Property tests (fast-check) of the atomic model against independent references: xs:decimal arithmetic against
 * BigInt fixed-point arithmetic (F&O 6.2 exactness), round trips of canonical forms (F&O 17.1.2), integer division
 * and modulus identities (F&O 6.2.5, 6.2.6: (a idiv b) * b + (a mod b) = a, mod has the sign of the dividend).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arithmetic, fromLexical, toStringValue, valueCompare } from '../../../src/xpath/atomic/index.js';
import { functions as numericFns } from '../../../src/xpath/functions/numeric.js';
import type { AtomicValue } from '../../../src/xpath/types.js';

/** A decimal as [unscaled BigInt, scale] and its lexical form. */
const decimalArb = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 8 }));

function lexOf([u, scale]: [bigint, number]): string {
  const neg = u < 0n;
  const digits = (neg ? -u : u).toString().padStart(scale + 1, '0');
  const s = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return (neg ? '-' : '') + s;
}
/** Canonical form of unscaled/scale (F&O 17.1.2: no trailing zeros, no '.0'). */
function canonical(u: bigint, scale: number): string {
  while (scale > 0 && u % 10n === 0n) {
    u /= 10n;
    scale--;
  }
  return lexOf([u, scale]);
}
const dec = (s: string): AtomicValue => fromLexical('xs:decimal', s);
const rescale = (u: bigint, from: number, to: number) => u * 10n ** BigInt(to - from);

describe('xs:decimal arithmetic is exact (BigInt reference)', () => {
  it('+, -, * agree with fixed-point BigInt arithmetic', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        const s = Math.max(a[1], b[1]);
        const ua = rescale(a[0], a[1], s);
        const ub = rescale(b[0], b[1], s);
        expect(toStringValue(arithmetic('+', dec(lexOf(a)), dec(lexOf(b))))).toBe(canonical(ua + ub, s));
        expect(toStringValue(arithmetic('-', dec(lexOf(a)), dec(lexOf(b))))).toBe(canonical(ua - ub, s));
        expect(toStringValue(arithmetic('*', dec(lexOf(a)), dec(lexOf(b))))).toBe(canonical(a[0] * b[0], a[1] + b[1]));
      }),
      { numRuns: 300 },
    );
  });
  it('idiv truncates and mod has the sign of the dividend', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        fc.pre(b[0] !== 0n);
        const s = Math.max(a[1], b[1]);
        const ua = rescale(a[0], a[1], s);
        const ub = rescale(b[0], b[1], s);
        const q = ua / ub; // BigInt division truncates towards zero
        expect(toStringValue(arithmetic('idiv', dec(lexOf(a)), dec(lexOf(b))))).toBe(q.toString());
        expect(toStringValue(arithmetic('mod', dec(lexOf(a)), dec(lexOf(b))))).toBe(canonical(ua - q * ub, s));
      }),
      { numRuns: 300 },
    );
  });
  it('round-half-to-even agrees with a BigInt reference', () => {
    const rhte = numericFns.find((f) => f.local === 'round-half-to-even')!;
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 6 }), (a, p) => {
        const [u, scale] = a;
        let expected: string;
        if (p >= scale) expected = canonical(u, scale);
        else {
          const f = 10n ** BigInt(scale - p);
          let q = u / f;
          const r = u - q * f;
          const twice = 2n * (r < 0n ? -r : r);
          if (twice > f || (twice === f && q % 2n !== 0n)) q += u < 0n ? -1n : 1n;
          expected = canonical(q, p);
        }
        const r = rhte.impl({ variables: new Map() }, [[dec(lexOf(a))], [fromLexical('xs:integer', String(p))]]);
        expect(toStringValue(r[0] as AtomicValue)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonical forms round-trip (F&O 17.1.2)', () => {
  it('xs:double: the canonical string casts back to the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const s = toStringValue({ type: 'xs:double', value: x });
        const back = fromLexical('xs:double', s).value as number;
        expect(Object.is(back, x)).toBe(true);
        const a = Math.abs(x);
        if (a >= 1e-6 && a < 1e6) expect(s).not.toMatch(/E/);
        else if (Number.isFinite(x) && x !== 0) expect(s).toMatch(/^-?\d\.\d+E-?\d+$/);
      }),
      { numRuns: 1000 },
    );
  });
  it('xs:float: the canonical string casts back to the same float', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true }), (x) => {
        const s = toStringValue({ type: 'xs:float', value: x });
        expect(Object.is(fromLexical('xs:float', s).value, x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('xs:decimal: canonical string equals the value and has no trailing zeros', () => {
    fc.assert(
      fc.property(decimalArb, (a) => {
        const v = dec(lexOf(a));
        const s = toStringValue(v);
        expect(s).toBe(canonical(a[0], a[1]));
        expect(valueCompare('eq', dec(s), v)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('date/time arithmetic against JS Date (F&O 10.8)', () => {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const dtArb = fc.record({
    ms: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }),
    tz: fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15),
  });
  /** The lexical xs:dateTime of a UTC instant shown in timezone tz (minutes), whole seconds. */
  function lexical(ms: number, tz: number): string {
    const d = new Date(Math.floor(ms / 1000) * 1000 + tz * 60_000);
    const y = d.getUTCFullYear();
    const tzs = tz === 0 ? 'Z' : `${tz < 0 ? '-' : '+'}${p2(Math.floor(Math.abs(tz) / 60))}:${p2(Math.abs(tz) % 60)}`;
    return `${String(y).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}${tzs}`;
  }
  it('dateTime - dateTime is the difference of the instants', () => {
    fc.assert(
      fc.property(dtArb, dtArb, (a, b) => {
        fc.pre(
          new Date(a.ms + a.tz * 60_000).getUTCFullYear() >= 1 && new Date(b.ms + b.tz * 60_000).getUTCFullYear() >= 1,
        );
        const r = arithmetic(
          '-',
          fromLexical('xs:dateTime', lexical(a.ms, a.tz)),
          fromLexical('xs:dateTime', lexical(b.ms, b.tz)),
        );
        const expected = (Math.floor(a.ms / 1000) - Math.floor(b.ms / 1000)).toString();
        expect((r.value as { seconds: { toString(): string } }).seconds.toString()).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('dateTime + dayTimeDuration moves the instant and keeps the timezone', () => {
    fc.assert(
      fc.property(dtArb, fc.integer({ min: -1e10, max: 1e10 }), (a, secs) => {
        const target = Math.floor(a.ms / 1000) * 1000 + secs * 1000;
        const y = new Date(target + a.tz * 60_000).getUTCFullYear();
        fc.pre(y >= 1 && y <= 9999 && new Date(a.ms + a.tz * 60_000).getUTCFullYear() >= 1);
        const dur = {
          type: 'xs:dayTimeDuration',
          value: { months: 0, seconds: fromLexical('xs:decimal', String(secs)).value },
        } as AtomicValue;
        const r = arithmetic('+', fromLexical('xs:dateTime', lexical(a.ms, a.tz)), dur);
        expect(toStringValue(r)).toBe(lexical(target, a.tz));
      }),
      { numRuns: 500 },
    );
  });
});
