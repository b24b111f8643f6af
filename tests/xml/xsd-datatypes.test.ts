import { describe, expect, it } from 'vitest';
import type { Facets, SimpleType } from '../../src/compile/types.js';
import {
  builtinBase,
  checkSimpleValue,
  isBuiltinSimpleType,
  isDecimalBuiltin,
  isNumericBuiltin,
  normalizeValue,
  whitespaceOf,
} from '../../src/xml/xsd-datatypes.js';

const t = (builtin: string, ...facets: Facets[]): SimpleType => ({ variety: 'atomic', builtin, facets });
const valid = (type: SimpleType | string, ...values: string[]) => {
  const ty = typeof type === 'string' ? t(type) : type;
  for (const v of values) expect(checkSimpleValue(v, ty), `'${v}' should be valid`).toBeUndefined();
};
const invalid = (type: SimpleType | string, ...values: string[]) => {
  const ty = typeof type === 'string' ? t(type) : type;
  for (const v of values) expect(checkSimpleValue(v, ty), `'${v}' should be invalid`).toBeTypeOf('string');
};

describe('built-in table', () => {
  it('knows built-ins and derivation', () => {
    expect(isBuiltinSimpleType('anySimpleType')).toBe(true);
    expect(isBuiltinSimpleType('NOTATION')).toBe(true);
    expect(isBuiltinSimpleType('IDREFS')).toBe(true);
    expect(isBuiltinSimpleType('anyType')).toBe(false);
    expect(isBuiltinSimpleType('monetaryItemType')).toBe(false);
    expect(isBuiltinSimpleType('toString')).toBe(false);
    expect(builtinBase('integer')).toBe('decimal');
    expect(builtinBase('token')).toBe('normalizedString');
    expect(builtinBase('byte')).toBe('short');
    expect(builtinBase('positiveInteger')).toBe('nonNegativeInteger');
    expect(builtinBase('ID')).toBe('NCName');
    expect(builtinBase('decimal')).toBe('anySimpleType');
    expect(builtinBase('nope')).toBeUndefined();
    expect(isNumericBuiltin('unsignedByte')).toBe(true);
    expect(isNumericBuiltin('double')).toBe(true);
    expect(isNumericBuiltin('string')).toBe(false);
    expect(isNumericBuiltin('duration')).toBe(false);
    const decimals = ['decimal', 'integer', 'long', 'byte', 'unsignedLong', 'positiveInteger', 'nonPositiveInteger'];
    expect(decimals.filter(isDecimalBuiltin)).toEqual(decimals);
    expect(['float', 'double', 'string', 'nope', 'anyType'].filter(isDecimalBuiltin)).toEqual([]);
  });
});

describe('whitespace', () => {
  it('applies preserve/replace/collapse', () => {
    expect(whitespaceOf(t('string'))).toBe('preserve');
    expect(whitespaceOf(t('normalizedString'))).toBe('replace');
    expect(whitespaceOf(t('decimal'))).toBe('collapse');
    expect(whitespaceOf(t('string', { whiteSpace: 'collapse' }))).toBe('collapse');
    expect(normalizeValue(' a\t b\n', t('string'))).toBe(' a\t b\n');
    expect(normalizeValue(' a\t b\n', t('normalizedString'))).toBe(' a  b ');
    expect(normalizeValue('  a\t\t b \n', t('token'))).toBe('a b');
    expect(normalizeValue('\u00A0a\u00A0', t('token'))).toBe('\u00A0a\u00A0'); // NBSP is not XML whitespace
    expect(normalizeValue('abc', t('token'))).toBe('abc');
  });
  it('collapses before checking', () => {
    valid('integer', ' 12 ', '\n\t12\r\n');
    invalid('integer', '1 2');
    valid(t('token', { pattern: ['a b'] }), '  a   b ');
  });
});

describe('numeric types', () => {
  it('decimal', () => {
    valid('decimal', '0', '-0', '+1.5', '1.', '.5', '00012.3400', '123456789012345678901234567890.123456789');
    invalid('decimal', '', '.', '1e3', '1,5', 'INF', 'NaN', '12a', '+-1', '1.2.3');
    expect(checkSimpleValue('12a', t('decimal'))).toBe("'12a' is not a valid decimal");
  });
  it('integer types and ranges', () => {
    valid('integer', '-0', '+123', '0000');
    invalid('integer', '1.0', '1.', '');
    valid('byte', '-128', '127', '+0127');
    invalid('byte', '128', '-129');
    valid('unsignedByte', '255', '0', '-0');
    invalid('unsignedByte', '256', '-1');
    valid('long', '9223372036854775807', '-9223372036854775808');
    invalid('long', '9223372036854775808', '-9223372036854775809');
    valid('unsignedLong', '18446744073709551615');
    invalid('unsignedLong', '18446744073709551616');
    valid('int', '2147483647');
    invalid('int', '2147483648');
    valid('short', '-32768');
    invalid('short', '32768');
    valid('unsignedInt', '4294967295');
    invalid('unsignedInt', '4294967296');
    valid('unsignedShort', '65535');
    invalid('unsignedShort', '65536');
    valid('nonPositiveInteger', '0', '-5', '+0');
    invalid('nonPositiveInteger', '1');
    valid('negativeInteger', '-1');
    invalid('negativeInteger', '0', '-0');
    valid('nonNegativeInteger', '0', '99999999999999999999999');
    invalid('nonNegativeInteger', '-1');
    valid('positiveInteger', '1');
    invalid('positiveInteger', '0', '-0');
  });
  it('float and double', () => {
    valid('double', '1e3', '1E-3', '-1.5e+10', 'INF', '-INF', 'NaN', '.5', '5.', '0', '-0', '1e400');
    invalid('double', '+INF', 'inf', 'nan', 'e3', '1e', '1.e', '', '1 e3', '0x10', 'Infinity');
    valid('float', '3.4e38', '-1.0E-7');
    invalid('float', '1,0');
  });
  it('boolean', () => {
    valid('boolean', 'true', 'false', '1', '0', ' true ');
    invalid('boolean', 'TRUE', 'yes', '', '01');
    valid(t('boolean', { enumeration: ['true'] }), '1', 'true');
    invalid(t('boolean', { enumeration: ['true'] }), '0');
  });
});

describe('numeric facets', () => {
  it('totalDigits and fractionDigits on the canonical value', () => {
    const d3 = t('decimal', { totalDigits: 3 });
    invalid(d3, '1234', '12.34', '0.1234');
    valid(d3, '123', '123.00', '0.123', '-00123.000', '1.20');
    const d3f0 = t('decimal', { totalDigits: 3, fractionDigits: 0 });
    valid(d3f0, '123.00', '123');
    invalid(d3f0, '12.3');
    const f2 = t('decimal', { fractionDigits: 2 });
    valid(f2, '1.10', '1.100000', '100');
    invalid(f2, '1.001');
    expect(checkSimpleValue('1.001', f2)).toContain('more than 2 fraction digits');
    expect(checkSimpleValue('1234', d3)).toContain('more than 3 total digits');
  });
  it('ranges use exact decimal arithmetic', () => {
    const r = t('decimal', { minInclusive: '0.1', maxExclusive: '0.3' });
    valid(r, '0.1', '0.2999999999999999999999999');
    invalid(r, '0.0999999999999999999999', '0.3', '0.30');
    const big = t('integer', { maxInclusive: '9007199254740993' });
    valid(big, '9007199254740993');
    invalid(big, '9007199254740994'); // would be equal as JS floats
    const ex = t('decimal', { minExclusive: '-1', maxInclusive: '1' });
    invalid(ex, '-1', '-1.0', '1.0000001');
    valid(ex, '-0.99', '1.000');
    expect(checkSimpleValue('5', t('integer', { minInclusive: '10' }))).toContain('minInclusive 10');
  });
  it('every derivation step must hold', () => {
    const two = t('integer', { maxInclusive: '100' }, { minInclusive: '50' });
    valid(two, '50', '100');
    invalid(two, '49', '101');
  });
  it('enumeration compares in the value space', () => {
    const e = t('decimal', { enumeration: ['1', '2.50'] });
    valid(e, '1.0', '+1', '01', '2.5', '2.500');
    invalid(e, '3', '1.01');
    const dbl = t('double', { enumeration: ['1e2', 'NaN', '0'] });
    valid(dbl, '100', '100.0', 'NaN', '-0');
    invalid(dbl, '101', 'INF');
  });
  it('double ranges', () => {
    const r = t('double', { minInclusive: '0', maxInclusive: '1e2' });
    valid(r, '0', '100', '1E2', '-0');
    invalid(r, '100.0001', 'NaN', 'INF', '-1');
  });
});

describe('string types', () => {
  it('derived string types', () => {
    valid('string', '', '  anything\n', '日本');
    valid('normalizedString', 'a\tb');
    valid('token', ' a  b ');
    valid('language', 'en', 'en-US', 'nl', 'x-klingon', 'zh-Hant-TW');
    invalid('language', 'englishlanguage', 'en-toolongsubtag', 'en_US', '', '-en');
    valid('Name', 'a:b', '_x', 'xml-1.0', 'été');
    invalid('Name', '1a', '-a', 'a b', '');
    valid('NCName', 'abc', 'a-b.c_d');
    invalid('NCName', 'a:b', ':a', '1a');
    valid('ID', 'f1');
    invalid('ID', 'f:1', '1f');
    valid('IDREF', 'x');
    valid('ENTITY', 'x');
    valid('NMTOKEN', '1abc', '-', 'a:b');
    invalid('NMTOKEN', 'a b', '', 'a,b');
  });
  it('built-in list types need at least one item', () => {
    valid('NMTOKENS', 'a b  c', '1');
    invalid('NMTOKENS', '', '  ', 'a ,');
    valid('IDREFS', 'a b');
    invalid('IDREFS', 'a 1b');
    valid('ENTITIES', 'e1');
    valid(t('NMTOKENS', { maxLength: 2 }), 'a b');
    invalid(t('NMTOKENS', { maxLength: 2 }), 'a b c');
  });
  it('length facets count characters (code points)', () => {
    const l = t('string', { length: 3 });
    valid(l, 'abc', '日本人', '😀😀😀');
    invalid(l, 'ab', 'abcd');
    const mm = t('string', { minLength: 2 }, { maxLength: 4 });
    valid(mm, 'ab', 'abcd');
    invalid(mm, 'a', 'abcde');
    // token collapse happens before counting
    valid(t('token', { maxLength: 3 }), '  abc  ');
  });
  it('patterns: any pattern of a step, every step', () => {
    const p6 = t('string', { pattern: ['[0-9]{6}'] });
    valid(p6, '123456');
    invalid(p6, '12345', '日本人中國的', '1234567', ' 123456');
    expect(checkSimpleValue('1234567', p6)).toBe("value '1234567' does not match pattern [0-9]{6}");
    const anyOf = t('string', { pattern: ['[a-z]+', '[0-9]+'] });
    valid(anyOf, 'abc', '123');
    invalid(anyOf, 'abc123');
    const steps = t('string', { pattern: ['[a-z0-9]+'] }, { pattern: ['.{3}'] });
    valid(steps, 'ab1');
    invalid(steps, 'ab', 'AB1');
  });
  it('string enumeration is exact after whitespace processing', () => {
    const e = t('token', { enumeration: ['EUR', 'USD'] });
    valid(e, 'EUR', ' USD ');
    invalid(e, 'eur', 'GBP');
    invalid(t('string', { enumeration: ['EUR'] }), ' EUR');
  });
  it('invalid patterns do not reject values', () => {
    valid(t('string', { pattern: ['[a-'] }), 'anything');
  });
});

describe('date and time types', () => {
  it('date with leap years', () => {
    valid(
      'date',
      '2024-02-29',
      '2000-02-29',
      '2023-12-31',
      '2024-01-01Z',
      '2024-01-01+14:00',
      '2024-01-01-05:30',
      '-0044-03-15',
      '12345-01-01',
    );
    invalid(
      'date',
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '2023-1-01',
      '0000-01-01',
      '02024-01-01',
      '2024-01-01+15:00',
      '2024-01-01+14:30',
      '2024-01-01T00:00:00',
      '2024/01/01',
      '',
    );
  });
  it('dateTime', () => {
    valid(
      'dateTime',
      '2024-01-01T00:00:00',
      '2024-12-31T23:59:59.999Z',
      '2024-02-29T24:00:00',
      '2024-01-01T12:00:00+01:00',
    );
    invalid(
      'dateTime',
      '2024-01-01T24:00:01',
      '2024-01-01T24:01:00',
      '2024-01-01T23:60:00',
      '2024-01-01T23:59:60',
      '2024-01-01',
      '2024-01-01T12:00',
      '2024-01-01 12:00:00',
      '2023-02-29T00:00:00',
    );
  });
  it('time', () => {
    valid('time', '24:00:00', '00:00:00', '13:20:00.5', '13:20:00Z', '13:20:00-05:00');
    invalid('time', '24:00:00.1', '25:00:00', '1:00:00', '12:00', '12:00:00+1:00');
  });
  it('gregorian partials', () => {
    valid('gYearMonth', '2024-02', '2024-12Z');
    invalid('gYearMonth', '2024-13', '2024', '24-01');
    valid('gYear', '2024', '-0001', '10000', '2024+02:00');
    invalid('gYear', '24', '0000', '2024-01');
    valid('gMonthDay', '--02-29', '--12-31', '--04-30');
    invalid('gMonthDay', '--02-30', '--04-31', '--13-01', '-02-01');
    valid('gDay', '---31', '---01Z');
    invalid('gDay', '---32', '---00', '--31');
    valid('gMonth', '--12', '--01Z');
    invalid('gMonth', '--13', '--00', '--1');
  });
  it('date ranges are chronological, timezones normalized', () => {
    const r = t('date', { minInclusive: '2020-01-01', maxExclusive: '2021-01-01' });
    valid(r, '2020-01-01', '2020-12-31');
    invalid(r, '2019-12-31', '2021-01-01', '2021-06-01');
    const dt = t('dateTime', { maxInclusive: '2024-01-01T12:00:00Z' });
    valid(dt, '2024-01-01T13:00:00+01:00', '2024-01-01T12:00:00');
    invalid(dt, '2024-01-01T12:00:00-01:00', '2024-01-01T12:00:00.001Z');
    const tm = t('time', { minExclusive: '09:00:00' });
    valid(tm, '09:00:00.5', '24:00:00');
    invalid(tm, '09:00:00', '08:59:59.999');
  });
  it('date enumeration compares values', () => {
    const e = t('dateTime', { enumeration: ['2024-01-01T00:00:00Z'] });
    valid(e, '2024-01-01T01:00:00+01:00', '2023-12-31T24:00:00Z', '2024-01-01T00:00:00.000Z');
    invalid(e, '2024-01-01T00:00:00', '2024-01-01T00:00:01Z');
  });
  it('duration', () => {
    valid('duration', 'P1Y', 'P1Y2M3DT4H5M6.7S', '-P10D', 'PT0S', 'P0D', 'PT1.5S', 'P1M', 'PT36H');
    invalid('duration', 'P', 'PT', 'P1YT', '1Y', 'P-1Y', 'P1.5Y', 'P1S', 'PT1D', 'P1H', '+P1Y', 'P1Y1Y', '');
    const r = t('duration', { maxInclusive: 'P1D' });
    valid(r, 'PT24H', 'PT1H', '-P1Y');
    invalid(r, 'PT24H0.1S', 'P1M'); // P1M is longer than P1D at every reference point
    const month = t('duration', { maxInclusive: 'P1M' });
    valid(month, 'P27D', 'P1M', 'PT1H');
    invalid(month, 'P28D', 'P30D', 'P32D'); // P28D..P31D vs P1M are indeterminate (XSD 3.2.6.2): not <=
    valid(t('duration', { enumeration: ['P1Y'] }), 'P12M');
    valid(t('duration', { enumeration: ['P1D'] }), 'PT24H', 'PT86400S');
  });
});

describe('binary, URI, QName', () => {
  it('hexBinary', () => {
    valid('hexBinary', '', '0F', 'deadBEEF');
    invalid('hexBinary', 'F', '0G', '0x0F', 'de ad');
    valid(t('hexBinary', { length: 2 }), 'ABCD');
    invalid(t('hexBinary', { length: 2 }), 'ABCDEF', 'AB');
    valid(t('hexBinary', { enumeration: ['abcd'] }), 'ABCD');
  });
  it('base64Binary', () => {
    valid('base64Binary', '', 'AAAA', 'QUJD', 'QUI=', 'QQ==', 'QU JD', ' QUJD ');
    invalid('base64Binary', 'A', 'QUJ', 'Q===', 'QU=D', 'QR==', 'QUJ$');
    const l = t('base64Binary', { length: 2 });
    valid(l, 'QUI=');
    invalid(l, 'QUJD', 'QQ==');
  });
  it('anyURI is lenient', () => {
    valid(
      'anyURI',
      'http://example.com/a?b=c#d',
      'relative/path',
      '',
      'urn:x:y',
      'http://example.com/%20',
      'file name.xml',
      'http://例え.jp',
    );
    invalid('anyURI', 'http://a/%2', 'http://a/%zz', 'a#b#c');
  });
  it('QName resolves prefixes when a resolver is given', () => {
    const q = t('QName');
    const rp = (p: string) => (p === 'iso4217' ? 'http://www.xbrl.org/2003/iso4217' : undefined);
    expect(checkSimpleValue('iso4217:EUR', q, rp)).toBeUndefined();
    expect(checkSimpleValue('EUR', q, rp)).toBeUndefined();
    expect(checkSimpleValue('xml:lang', q, rp)).toBeUndefined();
    expect(checkSimpleValue('foo:EUR', q, rp)).toContain("prefix 'foo'");
    expect(checkSimpleValue('foo:EUR', q)).toBeUndefined(); // no resolver: syntax only
    invalid(q, 'a:b:c', ':a', 'a:', '1a', 'a b');
    valid('NOTATION', 'x:y');
  });
  it('anySimpleType and anyType accept anything', () => {
    valid('anySimpleType', '', ' x ', '<>');
    valid('anyType', 'whatever');
    valid('noSuchBuiltin', 'lenient'); // unknown built-ins behave as anySimpleType
  });
});

describe('list and union types', () => {
  const intList: SimpleType = { variety: 'list', itemType: t('integer'), facets: [{ maxLength: 3 }] };
  it('lists check each item and count items', () => {
    valid(intList, '1 2 3', '  1\n2  ', '');
    invalid(intList, '1 2 3 4', '1 x');
    expect(checkSimpleValue('1 x', intList)).toContain("'x' is not a valid integer");
    const len = { variety: 'list', itemType: t('string'), facets: [{ length: 2 }] } as SimpleType;
    valid(len, 'a b');
    invalid(len, 'ab');
    const e = { variety: 'list', itemType: t('decimal'), facets: [{ enumeration: ['1 2', '3'] }] } as SimpleType;
    valid(e, '1.0 2', '3.00');
    invalid(e, '2 1', '1');
  });
  it('unions accept any member', () => {
    const u: SimpleType = { variety: 'union', memberTypes: [t('date'), t('decimal')], facets: [] };
    valid(u, '2024-01-01', '12.5', ' 12.5 ');
    invalid(u, 'abc', '2024-02-30');
    expect(whitespaceOf(u)).toBe('collapse');
    const ue: SimpleType = {
      variety: 'union',
      memberTypes: [t('integer'), t('token')],
      facets: [{ enumeration: ['1', 'INF'] }],
    };
    valid(ue, '01', 'INF');
    invalid(ue, '2', 'inf');
    const up: SimpleType = {
      variety: 'union',
      memberTypes: [t('integer', { minInclusive: '10' }), t('NCName')],
      facets: [{ pattern: ['[0-9a-z]{2}'] }],
    };
    valid(up, '12', 'ab');
    invalid(up, '1', 'abc', '1a');
    const nested: SimpleType = { variety: 'list', itemType: u, facets: [] };
    valid(nested, '2024-01-01 1.5');
    invalid(nested, '2024-01-01 x');
  });
  it('caches compiled checkers per type object', () => {
    const ty = t('decimal', { pattern: ['[0-9]+(\\.[0-9]{2})?'] });
    valid(ty, '10.00');
    invalid(ty, '10.0');
    valid(ty, '10');
  });
});

describe('decimal with a pattern facet, many values (its speed: bench/xsd-datatypes.ts)', () => {
  it('accepts the four valid values and refuses the fifth every time', () => {
    const ty = t('decimal', { pattern: ['-?[0-9]{1,15}(\\.[0-9]{1,2})?'] }, { totalDigits: 20, fractionDigits: 2 });
    const values = ['123456.78', '-1', '0.5', '99999999', '12.345'];
    let bad = 0;
    const n = 10_000;
    for (let i = 0; i < n; i++) if (checkSimpleValue(values[i % 5]!, ty) !== undefined) bad++;
    expect(bad).toBe(n / 5);
    expect(checkSimpleValue('12.345', ty)).toBeDefined();
  });
});
