/** Atomic value model: exactness of xs:decimal, canonical forms (F&O 17.1.2), casting table (F&O 17.1), comparisons, arithmetic. */
import { describe, expect, it } from 'vitest';
import {
  arithmetic,
  atomicEquals,
  castAs,
  fromLexical,
  generalCompare,
  isCastable,
  toStringValue,
  unary,
  valueCompare,
  derivesFrom,
  primitiveOf,
  isAtomicType,
} from '../../../src/xpath/atomic/index.js';
import type { AtomicValue } from '../../../src/xpath/types.js';

const v = (type: string, s: string): AtomicValue => fromLexical(type, s);
const dec = (s: string) => v('xs:decimal', s);
const int = (s: string) => v('xs:integer', s);
const dbl = (s: string) => v('xs:double', s);
const str = (x: AtomicValue) => toStringValue(x);
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
};

describe('xs:decimal exactness (issue checks)', () => {
  it('1.1 + 2.2 eq 3.3', () => {
    const r = arithmetic('+', dec('1.1'), dec('2.2'));
    expect(r.type).toBe('xs:decimal');
    expect(valueCompare('eq', r, dec('3.3'))).toBe(true);
    expect(str(r)).toBe('3.3');
  });
  it('big amounts multiply exactly', () => {
    const r = arithmetic('*', dec('388163667900000000000000000.01'), int('100'));
    expect(str(r)).toBe('38816366790000000000000000001');
    expect(valueCompare('eq', r, int('38816366790000000000000000001'))).toBe(true);
  });
  it('10 idiv 3 = 3, -7 mod 2 = -1, integer div integer is decimal', () => {
    expect(str(arithmetic('idiv', int('10'), int('3')))).toBe('3');
    expect(arithmetic('idiv', int('10'), int('3')).type).toBe('xs:integer');
    expect(str(arithmetic('mod', int('-7'), int('2')))).toBe('-1');
    const d = arithmetic('div', int('1'), int('4'));
    expect(d.type).toBe('xs:decimal');
    expect(str(d)).toBe('0.25');
    expect(str(arithmetic('div', int('6'), int('2')))).toBe('3');
  });
  it("xs:decimal('1e3') is refused, xs:double('1e3') eq 1000", () => {
    expect(code(() => dec('1e3'))).toBe('err:FORG0001');
    expect(valueCompare('eq', dbl('1e3'), int('1000'))).toBe(true);
    expect(str(dbl('1e3'))).toBe('1000');
  });
  it('division by zero: FOAR0001 for decimals, INF/NaN for doubles', () => {
    expect(code(() => arithmetic('div', dec('1'), dec('0')))).toBe('err:FOAR0001');
    expect(code(() => arithmetic('idiv', int('1'), int('0')))).toBe('err:FOAR0001');
    expect(code(() => arithmetic('mod', int('1'), int('0')))).toBe('err:FOAR0001');
    expect(str(arithmetic('div', dbl('1'), dbl('0')))).toBe('INF');
    expect(str(arithmetic('div', dbl('-1'), dbl('0')))).toBe('-INF');
    expect(str(arithmetic('div', dbl('0'), dbl('0')))).toBe('NaN');
    expect(code(() => arithmetic('idiv', dbl('INF'), dbl('2')))).toBe('err:FOAR0002');
  });
  it('promotion: integer + double is double, decimal + float is float', () => {
    expect(arithmetic('+', int('1'), dbl('0.5')).type).toBe('xs:double');
    expect(arithmetic('+', dec('1.5'), v('xs:float', '1')).type).toBe('xs:float');
    expect(arithmetic('+', v('xs:byte', '100'), v('xs:byte', '100')).type).toBe('xs:integer');
    expect(str(arithmetic('+', v('xs:byte', '100'), v('xs:byte', '100')))).toBe('200');
    expect(str(arithmetic('+', v('xs:untypedAtomic', '1.5'), int('1')))).toBe('2.5');
    expect(arithmetic('+', v('xs:untypedAtomic', '1.5'), int('1')).type).toBe('xs:double');
  });
  it('unary minus keeps type; -0 double', () => {
    expect(str(unary('-', dbl('0')))).toBe('-0');
    expect(str(unary('-', dec('0')))).toBe('0');
    expect(unary('-', v('xs:short', '5')).type).toBe('xs:integer');
  });
});

describe('canonical forms (F&O 17.1.2)', () => {
  it.each([
    ['1000', '1000'],
    ['1e6', '1.0E6'],
    ['1.5e-7', '1.5E-7'],
    ['0.000001', '0.000001'],
    ['-0', '-0'],
    ['INF', 'INF'],
    ['-INF', '-INF'],
    ['NaN', 'NaN'],
    ['0.5', '0.5'],
    ['123456.789', '123456.789'],
    ['1234567', '1.234567E6'],
    ['1e-300', '1.0E-300'],
    ['+3', '3'],
    ['.5e1', '5'],
  ])('xs:double(%s) -> %s', (lex, out) => expect(str(dbl(lex))).toBe(out));
  it('floats use the shortest float digits', () => {
    expect(str(v('xs:float', '0.1'))).toBe('0.1');
    expect(str(v('xs:float', '1e7'))).toBe('1.0E7');
    expect(str(v('xs:float', '3.4028235e38'))).toBe('3.4028235E38');
  });
  it('decimals drop trailing zeros and integer-valued ones the point', () => {
    expect(str(dec('1.500'))).toBe('1.5');
    expect(str(dec('+001.0'))).toBe('1');
    expect(str(dec('-0.0'))).toBe('0');
    expect(str(dec('.5'))).toBe('0.5');
  });
  it('durations are normalised', () => {
    expect(str(v('xs:duration', 'P13M'))).toBe('P1Y1M');
    expect(str(v('xs:dayTimeDuration', 'PT36H'))).toBe('P1DT12H');
    expect(str(v('xs:dayTimeDuration', 'PT0S'))).toBe('PT0S');
    expect(str(v('xs:yearMonthDuration', 'P0Y'))).toBe('P0M');
    expect(str(v('xs:duration', '-P1DT1.50S'))).toBe('-P1DT1.5S');
    expect(code(() => v('xs:duration', 'P'))).toBe('err:FORG0001');
    expect(code(() => v('xs:duration', 'P1DT'))).toBe('err:FORG0001');
    expect(code(() => v('xs:yearMonthDuration', 'P1D'))).toBe('err:FORG0001');
    expect(code(() => v('xs:duration', 'PT.5S'))).toBe('err:FORG0001'); // QT3 CastAs688
    expect(code(() => v('xs:duration', 'PT30.S'))).toBe('err:FORG0001'); // QT3 CastAs690
  });
  it('dates and times', () => {
    expect(str(v('xs:dateTime', '2002-10-10T24:00:00Z'))).toBe('2002-10-11T00:00:00Z');
    expect(str(v('xs:dateTime', '2002-10-10T12:00:00.500-05:00'))).toBe('2002-10-10T12:00:00.5-05:00');
    expect(str(v('xs:date', '-0044-03-15'))).toBe('-0044-03-15');
    expect(code(() => v('xs:date', '2001-02-29'))).toBe('err:FORG0001');
    expect(str(v('xs:date', '2000-02-29+00:00'))).toBe('2000-02-29Z');
    expect(code(() => v('xs:date', '0000-01-01'))).toBe('err:FORG0001');
    expect(str(v('xs:gMonthDay', '--02-29'))).toBe('--02-29');
    expect(code(() => v('xs:time', '12:00:00+14:01'))).toBe('err:FORG0001');
  });
});

describe('casting table (F&O 17.1)', () => {
  it('numeric to integer truncates; NaN/INF to decimal FOCA0002', () => {
    expect(str(castAs(dbl('-3.7'), 'xs:integer'))).toBe('-3');
    expect(str(castAs(dec('2.9'), 'xs:integer'))).toBe('2');
    expect(code(() => castAs(dbl('NaN'), 'xs:decimal'))).toBe('err:FOCA0002');
    expect(code(() => castAs(dbl('INF'), 'xs:integer'))).toBe('err:FOCA0002');
    expect(str(castAs(dbl('0.1'), 'xs:decimal'))).toBe('0.1');
    expect(str(castAs(v('xs:float', '0.1'), 'xs:decimal'))).toBe('0.1');
  });
  it('integer ranges of derived types', () => {
    expect(str(castAs(int('127'), 'xs:byte'))).toBe('127');
    expect(code(() => castAs(int('128'), 'xs:byte'))).toBe('err:FORG0001');
    expect(code(() => v('xs:unsignedInt', '-1'))).toBe('err:FORG0001');
    expect(code(() => v('xs:positiveInteger', '0'))).toBe('err:FORG0001');
    expect(str(v('xs:unsignedLong', '18446744073709551615'))).toBe('18446744073709551615');
    expect(isCastable(v('xs:string', '1.5'), 'xs:integer')).toBe(false);
  });
  it('boolean and numerics', () => {
    expect(castAs(dbl('NaN'), 'xs:boolean').value).toBe(false);
    expect(castAs(dec('0.1'), 'xs:boolean').value).toBe(true);
    expect(str(castAs(v('xs:boolean', 'true'), 'xs:double'))).toBe('1');
    expect(castAs(v('xs:boolean', 'true'), 'xs:integer').type).toBe('xs:integer');
    expect(code(() => v('xs:boolean', 'TRUE'))).toBe('err:FORG0001');
  });
  it('date/time family', () => {
    const dt = v('xs:dateTime', '1999-05-31T13:20:00-05:00');
    expect(str(castAs(dt, 'xs:date'))).toBe('1999-05-31-05:00');
    expect(str(castAs(dt, 'xs:time'))).toBe('13:20:00-05:00');
    expect(str(castAs(dt, 'xs:gYearMonth'))).toBe('1999-05-05:00');
    expect(str(castAs(dt, 'xs:gDay'))).toBe('---31-05:00');
    expect(str(castAs(v('xs:date', '1999-05-31'), 'xs:dateTime'))).toBe('1999-05-31T00:00:00');
    expect(code(() => castAs(v('xs:time', '13:00:00'), 'xs:date'))).toBe('err:XPTY0004');
  });
  it('durations between subtypes, strings, QName, binary', () => {
    expect(str(castAs(v('xs:duration', 'P1Y2M3DT4H'), 'xs:yearMonthDuration'))).toBe('P1Y2M');
    expect(str(castAs(v('xs:duration', 'P1Y2M3DT4H'), 'xs:dayTimeDuration'))).toBe('P3DT4H');
    expect(code(() => castAs(int('1'), 'xs:duration'))).toBe('err:XPTY0004');
    expect(str(castAs(v('xs:string', '  a  b '), 'xs:token'))).toBe('a b');
    expect(code(() => castAs(v('xs:string', '1a'), 'xs:NCName'))).toBe('err:FORG0001');
    const q = fromLexical('xs:QName', 'p:x', (p) => (p === 'p' ? 'urn:p' : undefined));
    expect(q.value).toEqual({ ns: 'urn:p', local: 'x', prefix: 'p' });
    expect(code(() => fromLexical('xs:QName', 'q:x', () => undefined))).toBe('err:FONS0004');
    expect(code(() => castAs(v('xs:untypedAtomic', 'x'), 'xs:QName'))).toBe('err:XPTY0004');
    expect(str(castAs(v('xs:hexBinary', '0fb7'), 'xs:base64Binary'))).toBe('D7c=');
    expect(str(castAs(v('xs:base64Binary', 'D7c='), 'xs:hexBinary'))).toBe('0FB7');
    expect(code(() => castAs(int('1'), 'xs:anyAtomicType'))).toBe('err:XPST0080');
    expect(code(() => v('xs:anyURI', 'http://x/file%GF.html'))).toBe('err:FORG0001'); // QT3 K2-SeqExprCast-210
    expect(code(() => v('xs:anyURI', ':/cut.jpg'))).toBe('err:FORG0001'); // QT3 K2-SeqExprCast-423
    expect(str(v('xs:anyURI', ' http://x/a%20b '))).toBe('http://x/a%20b');
  });
});

describe('comparisons (XPath 2.0 3.5)', () => {
  it('value comparison promotes numerics and compares strings by codepoint', () => {
    expect(valueCompare('lt', int('1'), dbl('1.5'))).toBe(true);
    expect(valueCompare('eq', dec('0.1'), v('xs:float', '0.1'))).toBe(true);
    expect(valueCompare('eq', dbl('NaN'), dbl('NaN'))).toBe(false);
    expect(valueCompare('lt', v('xs:string', 'B'), v('xs:string', 'a'))).toBe(true);
    expect(valueCompare('eq', v('xs:untypedAtomic', 'a'), v('xs:string', 'a'))).toBe(true);
    expect(code(() => valueCompare('eq', int('1'), v('xs:string', '1')))).toBe('err:XPTY0004');
    expect(code(() => valueCompare('lt', v('xs:duration', 'P1Y'), v('xs:duration', 'P2Y')))).toBe('err:XPTY0004');
    expect(valueCompare('eq', v('xs:yearMonthDuration', 'P12M'), v('xs:duration', 'P1Y'))).toBe(true);
    expect(code(() => valueCompare('eq', int('1'), int('1'), 'http://example.com/c'))).toBe('no error');
    expect(code(() => valueCompare('eq', v('xs:string', 'a'), v('xs:string', 'a'), 'http://example.com/c'))).toBe(
      'err:FOCH0002',
    );
  });
  it('dateTimes compare on the timeline', () => {
    expect(
      valueCompare('eq', v('xs:dateTime', '2002-04-02T12:00:00-01:00'), v('xs:dateTime', '2002-04-02T17:00:00+04:00')),
    ).toBe(true);
    expect(valueCompare('lt', v('xs:time', '23:00:00-02:00'), v('xs:time', '00:30:00Z'))).toBe(false);
    expect(code(() => valueCompare('lt', v('xs:gYear', '2000'), v('xs:gYear', '2001')))).toBe('err:XPTY0004');
  });
  it('general comparison casts untypedAtomic', () => {
    expect(generalCompare('=', v('xs:untypedAtomic', '1.0'), int('1'))).toBe(true);
    expect(generalCompare('=', v('xs:untypedAtomic', '1.0'), v('xs:untypedAtomic', '1'))).toBe(false);
    expect(generalCompare('<', v('xs:untypedAtomic', '2002-01-01'), v('xs:date', '2003-01-01'))).toBe(true);
    expect(code(() => generalCompare('=', v('xs:untypedAtomic', 'x'), int('1')))).toBe('err:FORG0001');
    expect(generalCompare('<', v('xs:untypedAtomic', 'PT1H'), v('xs:dayTimeDuration', 'PT2H'))).toBe(true);
  });
  it('atomicEquals: NaN equals NaN, incomparable is unequal', () => {
    expect(atomicEquals(dbl('NaN'), v('xs:float', 'NaN'))).toBe(true);
    expect(atomicEquals(int('1'), v('xs:string', '1'))).toBe(false);
    expect(atomicEquals(int('1'), dbl('1'))).toBe(true);
  });
});

describe('duration and date arithmetic (F&O 10.6, 10.8)', () => {
  it('dateTime - dateTime is a dayTimeDuration', () => {
    const r = arithmetic('-', v('xs:dateTime', '2000-10-30T06:12:00-05:00'), v('xs:dateTime', '1999-11-28T09:00:00Z'));
    expect(r.type).toBe('xs:dayTimeDuration');
    expect(str(r)).toBe('P337DT2H12M');
  });
  it('adding a yearMonthDuration clamps the day', () => {
    expect(str(arithmetic('+', v('xs:date', '2000-01-31'), v('xs:yearMonthDuration', 'P1M')))).toBe('2000-02-29');
    expect(str(arithmetic('-', v('xs:dateTime', '2000-10-30T11:12:00'), v('xs:yearMonthDuration', 'P1Y2M')))).toBe(
      '1999-08-30T11:12:00',
    );
    expect(str(arithmetic('+', v('xs:time', '11:12:00'), v('xs:dayTimeDuration', 'P3DT1H15M')))).toBe('12:27:00');
    expect(str(arithmetic('+', v('xs:date', '2004-10-30Z'), v('xs:dayTimeDuration', 'P2DT2H30M0S')))).toBe(
      '2004-11-01Z',
    );
  });
  it('durations times and divided by numbers', () => {
    expect(str(arithmetic('*', v('xs:yearMonthDuration', 'P2Y11M'), dbl('2.3')))).toBe('P6Y9M');
    expect(str(arithmetic('div', v('xs:dayTimeDuration', 'P1DT2H30M10.5S'), dbl('1.5')))).toBe('PT17H40M7S');
    expect(str(arithmetic('div', v('xs:yearMonthDuration', 'P3Y4M'), v('xs:yearMonthDuration', '-P1Y4M')))).toBe(
      '-2.5',
    );
    expect(code(() => arithmetic('*', v('xs:dayTimeDuration', 'PT1S'), dbl('NaN')))).toBe('err:FOCA0005');
    expect(code(() => arithmetic('+', v('xs:duration', 'P1Y'), v('xs:duration', 'P1Y')))).toBe('err:XPTY0004');
  });
});

describe('type hierarchy', () => {
  it('derivation and primitives', () => {
    expect(derivesFrom('xs:unsignedByte', 'xs:integer')).toBe(true);
    expect(derivesFrom('xs:integer', 'xs:unsignedByte')).toBe(false);
    expect(derivesFrom('xs:ID', 'xs:string')).toBe(true);
    expect(derivesFrom('xs:dayTimeDuration', 'xs:anyAtomicType')).toBe(true);
    expect(primitiveOf('xs:negativeInteger')).toBe('xs:decimal');
    expect(isAtomicType('xs:foo')).toBe(false);
  });
});
