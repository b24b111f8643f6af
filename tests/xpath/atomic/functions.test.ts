/** F&O functions on atomic values (strings 7, regex 7.6, numerics 6.4, aggregates 15.4, dates/durations 10, QNames 11, constructors 5.1), called directly. */
import { describe, expect, it } from 'vitest';
import { functions as stringFns } from '../../../src/xpath/functions/string.js';
import { functions as regexFns } from '../../../src/xpath/functions/regex.js';
import { functions as numericFns } from '../../../src/xpath/functions/numeric.js';
import { functions as aggregateFns } from '../../../src/xpath/functions/aggregate.js';
import { functions as datetimeFns } from '../../../src/xpath/functions/datetime.js';
import { functions as durationFns } from '../../../src/xpath/functions/duration.js';
import { functions as qnameFns } from '../../../src/xpath/functions/qname.js';
import { functions as constructorFns } from '../../../src/xpath/functions/constructors.js';
import { functions as uriFns } from '../../../src/xpath/functions/uri.js';
import { fromLexical, toStringValue, valueCompare } from '../../../src/xpath/atomic/index.js';
import type { AtomicValue, DynamicContext, FunctionDef, Sequence } from '../../../src/xpath/types.js';

const all: FunctionDef[] = [
  ...stringFns,
  ...regexFns,
  ...numericFns,
  ...aggregateFns,
  ...datetimeFns,
  ...durationFns,
  ...qnameFns,
  ...constructorFns,
  ...uriFns,
];
const ctx: DynamicContext = { variables: new Map() };

function call(name: string, ...args: Sequence[]): Sequence {
  const [prefix, local] = name.includes(':') ? name.split(':') : ['fn', name];
  const ns = prefix === 'xs' ? 'http://www.w3.org/2001/XMLSchema' : 'http://www.w3.org/2005/xpath-functions';
  const f = all.find((d) => d.ns === ns && d.local === local && args.length >= d.minArgs && args.length <= d.maxArgs);
  if (!f) throw new Error(`no ${name}#${args.length}`);
  return f.impl(ctx, args);
}
const v = (type: string, s: string): AtomicValue => fromLexical(type, s);
const s = (x: string): Sequence => [v('xs:string', x)];
const i = (x: string): Sequence => [v('xs:integer', x)];
const d = (x: string): Sequence => [v('xs:decimal', x)];
const dbl = (x: string): Sequence => [v('xs:double', x)];
/** The result as canonical strings joined by spaces. */
const out = (r: Sequence) => r.map((x) => toStringValue(x as AtomicValue)).join(' ');
const one = (r: Sequence) => r[0] as AtomicValue;
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
};
const CP = 'http://www.w3.org/2005/xpath-functions/collation/codepoint';

describe('strings (F&O 7)', () => {
  it('substring rounding rules (7.4.3)', () => {
    expect(out(call('substring', s('motor car'), dbl('6')))).toBe(' car');
    expect(out(call('substring', s('metadata'), dbl('4'), dbl('3')))).toBe('ada');
    expect(out(call('substring', s('12345'), dbl('1.5'), dbl('2.6')))).toBe('234');
    expect(out(call('substring', s('12345'), dbl('0'), dbl('3')))).toBe('12');
    expect(out(call('substring', s('12345'), dbl('5'), dbl('-3')))).toBe('');
    expect(out(call('substring', s('12345'), dbl('-3'), dbl('5')))).toBe('1');
    expect(out(call('substring', s('12345'), dbl('NaN'), dbl('3')))).toBe('');
    expect(out(call('substring', s('12345'), dbl('-INF'), dbl('INF')))).toBe('');
    expect(out(call('substring', s('a\u{1F600}bc'), i('2'), i('2')))).toBe('\u{1F600}b');
  });
  it('lengths count code points; codepoints round-trip', () => {
    expect(out(call('string-length', s('a\u{1F600}b')))).toBe('3');
    expect(out(call('string-to-codepoints', s('T\u{1F600}')))).toBe('84 128512');
    expect(out(call('codepoints-to-string', [...i('84'), ...i('104')]))).toBe('Th');
    expect(code(() => call('codepoints-to-string', i('0')))).toBe('err:FOCH0001');
  });
  it('compare, collations, matching functions', () => {
    expect(out(call('compare', s('abc'), s('abd')))).toBe('-1');
    expect(call('compare', [], s('a'))).toEqual([]);
    expect(out(call('contains', s('tattoo'), s('t'), s(CP)))).toBe('true');
    expect(code(() => call('contains', s('a'), s('a'), s('http://example.com/fr')))).toBe('err:FOCH0002');
    expect(out(call('substring-before', s('tattoo'), s('attoo')))).toBe('t');
    expect(out(call('substring-after', s('tattoo'), s('tat')))).toBe('too');
    expect(out(call('substring-after', s('abc'), s('')))).toBe('abc');
    expect(out(call('starts-with', [], []))).toBe('true');
    expect(out(call('ends-with', s('tattoo'), s('too')))).toBe('true');
    // QT3 fn-substring-after-23: a relative collation URI is resolved against the base URI
    const based: DynamicContext = { variables: new Map(), baseURI: 'http://www.w3.org/2005/xpath-functions/' };
    const sa = stringFns.find((f) => f.local === 'substring-after')!;
    expect(out(sa.impl(based, [s('banana'), s('a'), s('collation/codepoint')]))).toBe('nana');
    expect(code(() => sa.impl(based, [s('banana'), s('a'), s('collation/html-ascii-case-insensitive')]))).toBe(
      'err:FOCH0002',
    );
  });
  it('concat, string-join, translate, normalize, case, uris', () => {
    expect(out(call('concat', s('a'), [], i('1'), dbl('1e6')))).toBe('a11.0E6');
    expect(out(call('string-join', [...s('a'), ...s('b')], s('-')))).toBe('a-b');
    expect(out(call('translate', s('--aaa--'), s('abc-'), s('ABC')))).toBe('AAA');
    expect(out(call('normalize-space', s('  a \n b  ')))).toBe('a b');
    expect(out(call('normalize-unicode', s('e\u0301')))).toBe('\u00e9');
    expect(code(() => call('normalize-unicode', s('a'), s('NFX')))).toBe('err:FOCH0003');
    expect(out(call('upper-case', s('abCd0')))).toBe('ABCD0');
    expect(out(call('encode-for-uri', s('100% organic/é')))).toBe('100%25%20organic%2F%C3%A9');
    expect(out(call('iri-to-uri', s('http://x/a b%20é')))).toBe('http://x/a%20b%20%C3%A9');
    expect(out(call('escape-html-uri', s('http://x/é?a=1 2')))).toBe('http://x/%C3%A9?a=1 2');
  });
});

describe('regular expressions (F&O 7.6)', () => {
  it('matches with anchors, flags, reluctant quantifiers, back-references', () => {
    expect(out(call('matches', s('abracadabra'), s('bra')))).toBe('true');
    expect(out(call('matches', s('abracadabra'), s('^a.*a$')))).toBe('true');
    expect(out(call('matches', s('abracadabra'), s('^bra')))).toBe('false');
    expect(out(call('matches', s('Mary\nJones'), s('^Jones$'), s('m')))).toBe('true');
    expect(out(call('matches', s('a\nb'), s('a.b')))).toBe('false');
    expect(out(call('matches', s('a\nb'), s('a.b'), s('s')))).toBe('true');
    expect(out(call('matches', s('HELLO'), s('hello'), s('i')))).toBe('true');
    // flag i leaves \p{Lu} alone (QT3 caselessmatch14), closes classes over case (caselessmatch12/13), back-references too
    expect(out(call('matches', s('m'), s('\\p{Lu}'), s('i')))).toBe('false');
    expect(out(call('matches', s('q'), s('[^Q]'), s('i')))).toBe('false');
    expect(out(call('matches', s('Q'), s('[a-z]'), s('i')))).toBe('true');
    expect(out(call('matches', s('\u212a'), s('k'), s('i')))).toBe('true');
    expect(out(call('matches', s('aA'), s('(a)\\1'), s('i')))).toBe('true');
    expect(out(call('matches', s('hello'), s('h e l l o'), s('x')))).toBe('true');
    expect(out(call('matches', s('abab'), s('^(ab)\\1$')))).toBe('true');
    expect(out(call('matches', s('aXb'), s('\\p{Lu}')))).toBe('true');
    expect(out(call('matches', s('a-b'), s('[a-z-[b]]-b')))).toBe('true');
    expect(code(() => call('matches', s('a'), s('a'), s('q')))).toBe('err:FORX0001');
    expect(code(() => call('matches', s('a'), s('(a')))).toBe('err:FORX0002');
    expect(code(() => call('matches', s('a'), s('\\1(a)')))).toBe('err:FORX0002');
    expect(code(() => call('matches', s('a'), s('(?:a)')))).toBe('err:FORX0002');
    // QT3 fn-matches-26: no empty line after a final newline; K2-MatchesFunc-1: x removes whitespace after '\'
    expect(out(call('matches', s('abcd\ndefg\n'), s('^$'), s('m')))).toBe('false');
    expect(out(call('matches', s('a\n\nb'), s('^$'), s('m')))).toBe('true');
    expect(out(call('matches', s('a\rb'), s('^b'), s('m')))).toBe('false');
    expect(out(call('matches', s('hello world'), s('hello\\ sworld'), s('x')))).toBe('true');
    // QT3 re00991, re00998-re01003, re00256: '\$' in a class, quantified anchors, newer Unicode block names
    expect(out(call('matches', s('$'), s('[\\$]')))).toBe('true');
    expect(out(call('matches', s('alpha'), s('alp^?ha')))).toBe('true');
    expect(out(call('matches', s('alpha'), s('alp^+ha')))).toBe('false');
    expect(out(call('matches', s('\u20d0'), s('^\\p{IsCombiningDiacriticalMarksforSymbols}$')))).toBe('true');
    expect(out(call('matches', s('\u03a9'), s('^[\\p{IsGreekandCoptic}-[\\P{Lu}]]$')))).toBe('true');
    expect(out(call('matches', s('\u03c9'), s('^[\\p{IsGreekandCoptic}-[\\P{Lu}]]$')))).toBe('false');
  });
  it('replace and tokenize', () => {
    expect(out(call('replace', s('abracadabra'), s('bra'), s('*')))).toBe('a*cada*');
    expect(out(call('replace', s('abracadabra'), s('a.*a'), s('*')))).toBe('*');
    expect(out(call('replace', s('abracadabra'), s('a.*?a'), s('*')))).toBe('*c*bra');
    expect(out(call('replace', s('abracadabra'), s('a(.)'), s('a$1$1')))).toBe('abbraccaddabbra');
    expect(out(call('replace', s('darted'), s('^(.*?)d(.*)$'), s('$1c$2')))).toBe('carted');
    expect(out(call('replace', s('a'), s('a'), s('\\$')))).toBe('$');
    expect(code(() => call('replace', s('abracadabra'), s('.*?'), s('$1')))).toBe('err:FORX0003');
    expect(code(() => call('replace', s('a'), s('a'), s('$')))).toBe('err:FORX0004');
    expect(code(() => call('replace', s('a'), s('a'), s('\\n')))).toBe('err:FORX0004');
    expect(call('tokenize', s('The cat sat'), s('\\s+')).map((x) => (x as AtomicValue).value)).toEqual([
      'The',
      'cat',
      'sat',
    ]);
    expect(call('tokenize', s('1, 15, 24, 50'), s(',\\s*')).length).toBe(4);
    expect(call('tokenize', s(''), s(','))).toEqual([]);
    expect(call('tokenize', s(',a,'), s(',')).map((x) => (x as AtomicValue).value)).toEqual(['', 'a', '']);
    expect(code(() => call('tokenize', s('abba'), s('.?')))).toBe('err:FORX0003');
  });
});

describe('numerics (F&O 6.4)', () => {
  it('round is half towards positive infinity; round-half-to-even exact on decimals', () => {
    expect(out(call('round', dbl('2.5')))).toBe('3');
    expect(out(call('round', dbl('-2.5')))).toBe('-2');
    expect(out(call('round', dbl('-0.4')))).toBe('-0');
    expect(out(call('round', d('-2.5')))).toBe('-2');
    expect(out(call('round-half-to-even', d('2.5')))).toBe('2');
    expect(out(call('round-half-to-even', d('3.5')))).toBe('4');
    expect(out(call('round-half-to-even', dbl('2.5')))).toBe('2');
    expect(out(call('round-half-to-even', d('3.567812'), i('2')))).toBe('3.57');
    expect(out(call('round-half-to-even', d('4.7564E3'.replace('E3', '')), i('2')))).toBe('4.76');
    expect(out(call('round-half-to-even', i('35612'), i('-2')))).toBe('35600');
    expect(out(call('round-half-to-even', dbl('0.125'), i('2')))).toBe('0.12');
    expect(one(call('round-half-to-even', i('5'))).type).toBe('xs:integer');
    // the exact binary value of the float 0.05 is above 0.05 (QT3 fn-round-half-to-even-float)
    expect(out(call('round-half-to-even', [v('xs:float', '0.05')], i('1')))).toBe('0.1');
    expect(out(call('round-half-to-even', dbl('2.675'), i('2')))).toBe('2.67');
  });
  it('abs, ceiling, floor keep the primitive type', () => {
    expect(out(call('abs', i('-5')))).toBe('5');
    expect(one(call('abs', [v('xs:byte', '-5')])).type).toBe('xs:integer');
    expect(out(call('ceiling', d('10.1')))).toBe('11');
    expect(out(call('floor', d('-10.1')))).toBe('-11');
    expect(out(call('ceiling', dbl('-0.5')))).toBe('-0');
    expect(out(call('floor', [v('xs:float', '1.5')]))).toBe('1');
    expect(one(call('floor', [v('xs:float', '1.5')])).type).toBe('xs:float');
    expect(out(call('abs', [v('xs:untypedAtomic', '-1.5')]))).toBe('1.5');
    expect(code(() => call('abs', s('1')))).toBe('err:XPTY0004');
  });
});

describe('aggregates (F&O 15.4)', () => {
  it('sum((0.1, 0.2)) eq 0.3 exactly', () => {
    const r = one(call('sum', [...d('0.1'), ...d('0.2')]));
    expect(r.type).toBe('xs:decimal');
    expect(valueCompare('eq', r, v('xs:decimal', '0.3'))).toBe(true);
  });
  it('sum with zero, promotion, durations, errors', () => {
    expect(out(call('sum', []))).toBe('0');
    expect(call('sum', [], [])).toEqual([]);
    expect(out(call('sum', [...i('1'), ...dbl('0.5')]))).toBe('1.5');
    expect(one(call('sum', [...i('1'), ...i('2')])).type).toBe('xs:integer');
    expect(out(call('sum', [v('xs:dayTimeDuration', 'PT1H'), v('xs:dayTimeDuration', 'PT30M')]))).toBe('PT1H30M');
    expect(code(() => call('sum', [...s('a')]))).toBe('err:FORG0006');
    expect(code(() => call('sum', [...i('1'), v('xs:dayTimeDuration', 'PT1H')]))).toBe('err:FORG0006');
    expect(out(call('sum', [v('xs:untypedAtomic', '1'), v('xs:untypedAtomic', '2')]))).toBe('3');
  });
  it('avg, min, max', () => {
    expect(out(call('avg', [...i('1'), ...i('2')]))).toBe('1.5');
    expect(one(call('avg', [...i('1'), ...i('2')])).type).toBe('xs:decimal');
    expect(out(call('avg', [v('xs:yearMonthDuration', 'P20Y'), v('xs:yearMonthDuration', 'P10M')]))).toBe('P10Y5M');
    expect(out(call('max', [...i('3'), ...i('4'), ...i('5')]))).toBe('5');
    expect(out(call('max', [...i('5'), ...dbl('3')]))).toBe('5');
    expect(one(call('max', [...i('5'), ...dbl('3')])).type).toBe('xs:double');
    expect(out(call('min', [...i('5'), ...dbl('NaN')]))).toBe('NaN');
    expect(out(call('min', [...s('b'), ...s('a')]))).toBe('a');
    expect(code(() => call('max', [...s('a'), ...i('1')]))).toBe('err:FORG0006');
    expect(out(call('max', [v('xs:date', '2001-01-01'), v('xs:date', '2002-01-01')]))).toBe('2002-01-01');
    expect(call('min', [])).toEqual([]);
    // K2-SeqMAXFunc-7, K2-SeqSUMFunc-4: no promotion within xs:decimal, the value keeps its type
    expect(one(call('max', [v('xs:unsignedShort', '1')])).type).toBe('xs:unsignedShort');
    expect(one(call('sum', [v('xs:unsignedShort', '1')])).type).toBe('xs:unsignedShort');
  });
});

describe('dates and durations (F&O 10)', () => {
  it('components', () => {
    expect(out(call('years-from-duration', [v('xs:duration', '-P21M')]))).toBe('-1');
    expect(out(call('months-from-duration', [v('xs:duration', '-P21M')]))).toBe('-9');
    expect(out(call('days-from-duration', [v('xs:dayTimeDuration', 'PT47H')]))).toBe('1');
    expect(out(call('seconds-from-duration', [v('xs:dayTimeDuration', 'P3DT10H12.5S')]))).toBe('12.5');
    const dt = [v('xs:dateTime', '1999-05-31T13:20:00-05:00')];
    expect(out(call('year-from-dateTime', dt))).toBe('1999');
    expect(out(call('hours-from-dateTime', dt))).toBe('13');
    expect(out(call('timezone-from-dateTime', dt))).toBe('-PT5H');
    expect(call('timezone-from-date', [v('xs:date', '1999-05-31')])).toEqual([]);
    expect(out(call('seconds-from-time', [v('xs:time', '13:20:10.5')]))).toBe('10.5');
  });
  it('timezone adjustment and fn:dateTime', () => {
    const dt = [v('xs:dateTime', '2002-03-07T10:00:00-07:00')];
    expect(out(call('adjust-dateTime-to-timezone', dt, [v('xs:dayTimeDuration', '-PT10H')]))).toBe(
      '2002-03-07T07:00:00-10:00',
    );
    expect(out(call('adjust-dateTime-to-timezone', dt, []))).toBe('2002-03-07T10:00:00');
    expect(
      out(
        call(
          'adjust-dateTime-to-timezone',
          [v('xs:dateTime', '2002-03-07T10:00:00')],
          [v('xs:dayTimeDuration', 'PT10H')],
        ),
      ),
    ).toBe('2002-03-07T10:00:00+10:00');
    expect(
      out(call('adjust-date-to-timezone', [v('xs:date', '2002-03-07-07:00')], [v('xs:dayTimeDuration', '-PT10H')])),
    ).toBe('2002-03-06-10:00');
    expect(
      out(call('adjust-time-to-timezone', [v('xs:time', '10:00:00-07:00')], [v('xs:dayTimeDuration', 'PT10H')])),
    ).toBe('03:00:00+10:00');
    expect(
      code(() => call('adjust-time-to-timezone', [v('xs:time', '10:00:00')], [v('xs:dayTimeDuration', 'PT15H')])),
    ).toBe('err:FODT0003');
    expect(out(call('dateTime', [v('xs:date', '1999-12-31')], [v('xs:time', '12:00:00')]))).toBe('1999-12-31T12:00:00');
    expect(code(() => call('dateTime', [v('xs:date', '1999-12-31Z')], [v('xs:time', '12:00:00+01:00')]))).toBe(
      'err:FORG0008',
    );
  });
});

describe('QNames, constructors, URIs', () => {
  it('fn:QName and accessors', () => {
    const q = call('QName', s('http://www.example.com/example'), s('person'));
    expect(out(call('namespace-uri-from-QName', q))).toBe('http://www.example.com/example');
    expect(out(call('local-name-from-QName', call('QName', s('urn:x'), s('ht:person'))))).toBe('person');
    expect(out(call('prefix-from-QName', call('QName', s('urn:x'), s('ht:person'))))).toBe('ht');
    expect(code(() => call('QName', s(''), s('ht:person')))).toBe('err:FOCA0002');
    expect(code(() => call('QName', s('urn:x'), s('1x')))).toBe('err:FOCA0002');
  });
  it('constructor functions cast', () => {
    expect(out(call('xs:decimal', s('388163667900000000000000000.01')))).toBe('388163667900000000000000000.01');
    expect(code(() => call('xs:decimal', s('1e3')))).toBe('err:FORG0001');
    expect(out(call('xs:double', s('1e3')))).toBe('1000');
    expect(call('xs:integer', [])).toEqual([]);
    expect(out(call('xs:unsignedByte', dbl('255.9')))).toBe('255');
    expect(code(() => call('xs:unsignedByte', i('256')))).toBe('err:FORG0001');
  });
  it('resolve-uri', () => {
    expect(out(call('resolve-uri', s('b/c.xml'), s('http://example.com/a/d.xml')))).toBe(
      'http://example.com/a/b/c.xml',
    );
    expect(out(call('resolve-uri', s('urn:abs'), s('http://example.com/')))).toBe('urn:abs');
    expect(code(() => call('resolve-uri', s('x')))).toBe('err:FONS0005');
    // RFC 3986 5.4 examples and QT3 fn-resolve-uri-3/-4/-26/-32
    expect(out(call('resolve-uri', s('../../g'), s('http://a/b/c/d;p?q')))).toBe('http://a/g');
    expect(out(call('resolve-uri', s('?y'), s('http://a/b/c/d;p?q')))).toBe('http://a/b/c/d;p?y');
    expect(out(call('resolve-uri', s('this doc.html'), s('http://www.example.com/that doc.html')))).toBe(
      'http://www.example.com/this doc.html',
    );
    expect(code(() => call('resolve-uri', s(':'), s('http://www.example.com/')))).toBe('err:FORG0002');
    expect(code(() => call('resolve-uri', s('b.html'), s('http://www.example.com/a.html#f')))).toBe('err:FORG0002');
    expect(code(() => call('resolve-uri', s('examples'), s('http:%%')))).toBe('err:FORG0002');
  });
});

describe('QNames against element nodes (F&O 11)', async () => {
  const { buildTree } = await import('../../../src/xpath/tree.js');
  const doc = buildTree('<r xmlns="urn:default" xmlns:p="urn:p"><c xmlns:q="urn:q"/></r>');
  const r = doc.children()[0]!;
  const c = r.children()[0]!;
  it('resolve-QName uses the in-scope namespaces, the default namespace for no prefix', () => {
    const q = one(call('resolve-QName', s('p:x'), [c])).value;
    expect(q).toEqual({ ns: 'urn:p', local: 'x', prefix: 'p' });
    expect(one(call('resolve-QName', s('x'), [c])).value).toEqual({ ns: 'urn:default', local: 'x' });
    expect(code(() => call('resolve-QName', s('z:x'), [c]))).toBe('err:FONS0004');
    expect(code(() => call('resolve-QName', s('1x'), [c]))).toBe('err:FOCA0002');
    expect(call('resolve-QName', [], [c])).toEqual([]);
  });
  it('namespace-uri-for-prefix and in-scope-prefixes', () => {
    expect(out(call('namespace-uri-for-prefix', s('q'), [c]))).toBe('urn:q');
    expect(out(call('namespace-uri-for-prefix', s(''), [c]))).toBe('urn:default');
    expect(call('namespace-uri-for-prefix', s('q'), [r])).toEqual([]);
    expect(
      call('in-scope-prefixes', [c])
        .map((x) => (x as AtomicValue).value)
        .sort(),
    ).toEqual(['', 'p', 'q', 'xml']);
    expect(code(() => call('in-scope-prefixes', s('x')))).toBe('err:XPTY0004');
  });
  it('string functions atomise untyped nodes', () => {
    expect(out(call('upper-case', [c]))).toBe('');
    const t = buildTree('<a>1.5</a>').children()[0]!;
    expect(out(call('abs', [t]))).toBe('1.5');
    expect(one(call('abs', [t])).type).toBe('xs:double');
    expect(out(call('sum', [t, t]))).toBe('3');
  });
});

describe('codepoint collation order', () => {
  it('compares by code point, not UTF-16 unit (surrogates after U+FFFF)', () => {
    expect(out(call('compare', s('\u{10000}'), s('\uffff')))).toBe('1');
    expect(out(call('compare', s('\uffff'), s('\u{10000}')))).toBe('-1');
    expect(out(call('codepoint-equal', s('a'), s('a')))).toBe('true');
    expect(out(call('max', [...s('\uffff'), ...s('\u{10000}')]))).toBe('\u{10000}');
  });
});
