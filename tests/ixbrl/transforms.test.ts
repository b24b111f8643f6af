import { describe, expect, it } from 'vitest';
import {
  applyTransform,
  isKnownTransform,
  transformNames,
  TRR_NAMESPACES,
  UNKNOWN_TRANSFORM_CODE,
  TRANSFORM_VALUE_ERROR_CODE,
} from '../../src/ixbrl/transforms.js';
import { canonicalDecimal } from '../../src/ixbrl/transforms/numbers.js';
import { sakaToGregorian } from '../../src/ixbrl/transforms/dates.js';

const V1 = TRR_NAMESPACES['1']!;
const V2 = TRR_NAMESPACES['2']!;
const V3 = TRR_NAMESPACES['3']!;
const V4 = TRR_NAMESPACES['4']!;
const V5 = TRR_NAMESPACES['5']!;
const NBSP = '\u00A0';

/** [input, expected output] pairs; expected null = rejected with the value-error code. */
type Case = [string, string | null];

function check(ns: string, name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases)('%j -> %j', (input, expected) => {
      const r = applyTransform(ns, name, input);
      if (expected === null) {
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.code).toBe(TRANSFORM_VALUE_ERROR_CODE);
          expect(r.message).toContain(name);
        }
      } else {
        expect(r).toEqual({ ok: true, value: expected });
      }
    });
  });
}
/** Same cases under both TRR 4 and TRR 5. */
const check45 = (name: string, cases: Case[]): void => {
  check(V4, name, cases);
  check(V5, name, cases);
};

describe('registry', () => {
  it('has the five namespaces', () => {
    expect(TRR_NAMESPACES).toEqual({
      '1': 'http://www.xbrl.org/inlineXBRL/transformation/2010-04-20',
      '2': 'http://www.xbrl.org/inlineXBRL/transformation/2011-07-31',
      '3': 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
      '4': 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
      '5': 'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
    });
  });
  it('knows each version’s own names only', () => {
    expect(isKnownTransform(V4, 'num-dot-decimal')).toBe(true);
    expect(isKnownTransform(V4, 'numdotdecimal')).toBe(false);
    expect(isKnownTransform(V2, 'numdotdecimal')).toBe(true);
    expect(isKnownTransform(V2, 'num-dot-decimal')).toBe(false);
    expect(isKnownTransform(V4, 'num-dot-decimal-apos')).toBe(false);
    expect(isKnownTransform(V5, 'num-dot-decimal-apos')).toBe(true);
    expect(isKnownTransform(V4, 'date-day-monthname-cy')).toBe(false);
    expect(isKnownTransform(V5, 'date-day-monthname-cy')).toBe(true);
    expect(isKnownTransform(V1, 'booleantrue')).toBe(false);
    expect(isKnownTransform(V2, 'datemonthyear')).toBe(false);
    expect(isKnownTransform(V3, 'datemonthyear')).toBe(true);
    expect(isKnownTransform(V3, 'zerodash')).toBe(true);
    expect(isKnownTransform(V4, 'zerodash')).toBe(false);
    expect(isKnownTransform(V4, 'toString')).toBe(false);
    expect(isKnownTransform(V4, '__proto__')).toBe(false);
  });
  it('lists the complete registries', () => {
    expect(transformNames(V1)).toHaveLength(24);
    expect(transformNames(V2)).toHaveLength(21);
    expect(transformNames(V3)).toHaveLength(31);
    expect(transformNames(V4)).toHaveLength(94);
    expect(transformNames(V5)).toHaveLength(100);
    expect(transformNames('urn:x')).toEqual([]);
    // every TRR 4 name is in TRR 5
    for (const n of transformNames(V4)) expect(isKnownTransform(V5, n)).toBe(true);
  });
  it('reports an unknown name in a known registry', () => {
    const r = applyTransform(V4, 'num-dot-decimals', '1');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(UNKNOWN_TRANSFORM_CODE);
      expect(r.message).toContain('Registry 4');
    }
  });
  it('reports an unknown namespace (e.g. the SEC registry)', () => {
    const r = applyTransform('http://www.sec.gov/inlineXBRL/transformation/2015-08-31', 'numwordsen', 'five');
    expect(r).toMatchObject({ ok: false, code: UNKNOWN_TRANSFORM_CODE });
  });
  it('every transformation returns a result (no exception) for hostile input', () => {
    const inputs = ['', ' ', '-', 'x'.repeat(10_000), '1'.repeat(5000), '1,'.repeat(5000) + '.5', '\u0000', '😀'];
    for (const [, ns] of Object.entries(TRR_NAMESPACES)) {
      for (const name of transformNames(ns)) {
        for (const input of inputs) {
          const r = applyTransform(ns, name, input);
          expect(typeof r.ok).toBe('boolean');
        }
      }
    }
  });
  it('refuses overlong input to pattern-based transformations, not to fixed ones', () => {
    const long = '1'.repeat(1001);
    expect(applyTransform(V4, 'num-dot-decimal', long)).toMatchObject({ ok: false, code: TRANSFORM_VALUE_ERROR_CODE });
    expect(applyTransform(V4, 'num-dot-decimal', '1'.repeat(1000))).toEqual({ ok: true, value: '1'.repeat(1000) });
    expect(applyTransform(V4, 'fixed-zero', 'x'.repeat(100_000))).toEqual({ ok: true, value: '0' });
    // 1,000 characters that overlapping separator patterns could backtrack over (their time: bench/transforms.ts).
    // Only date-day-monthroman reads a date from it, day 1 and month x (TRR separators: any non-digits; Arelle's
    // daymonthRomanPattern is the same); the fixed transformations ignore their input; every other one refuses it.
    const adversarial = '1' + ' .'.repeat(499) + 'x';
    const accepted: Record<string, string> = {};
    for (const name of transformNames(V5)) {
      const r = applyTransform(V5, name, adversarial);
      if (r.ok) accepted[name] = r.value;
      else expect(r.code).toBe(TRANSFORM_VALUE_ERROR_CODE);
    }
    expect(accepted).toEqual({
      'date-day-monthroman': '--10-01',
      'fixed-empty': '',
      'fixed-false': 'false',
      'fixed-true': 'true',
      'fixed-zero': '0',
    });
  });
  it('limits the value shown in messages', () => {
    const r = applyTransform(V4, 'num-dot-decimal', 'x'.repeat(500));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(300);
  });
});

describe('canonical decimal', () => {
  it.each([
    ['0', '0'],
    ['000', '0'],
    ['007', '7'],
    ['1.50', '1.5'],
    ['1.00', '1'],
    ['.5', '0.5'],
    ['12.', '12'],
    ['0.000', '0'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
  ])('%s -> %s', (i, o) => expect(canonicalDecimal(i)).toBe(o));
  it.each(['', '.', '1.2.3', '-1', '1e5', ' 1'])('rejects %j', (i) => expect(canonicalDecimal(i)).toBeNull());
});

// ---- TRR 4 / 5 numbers ---------------------------------------------------------------------------------

check45('num-dot-decimal', [
  ['1,234,567.89', '1234567.89'],
  ['1234567.89', '1234567.89'],
  ['1 234 567.89', '1234567.89'],
  [`1${NBSP}234${NBSP}567.89`, '1234567.89'],
  ['1,234', '1234'],
  ['1,234.', null], // decimal point without digits
  ['1,234.00', '1234'],
  ['0.50', '0.5'],
  ['.5', '0.5'],
  ['0', '0'],
  ['000', '0'],
  ['  42  ', '42'],
  ['\n\t42\r\n', '42'],
  ['12,34,567.5', '1234567.5'], // TRR 4 no longer checks the grouping
  ['1 234.5 6', '1234.56'], // spaces in the fraction are allowed by the pattern
  ['98765432109876543210.0123456789', '98765432109876543210.0123456789'],
  ['', null],
  [',', null],
  ['1.234,56', null],
  ['1.2.3', null],
  ['-5', null],
  ['+5', null],
  ['5-', null],
  ['1e3', null],
  ['12a', null],
  ['€ 12', null],
  ['１２３', null],
]);

check45('num-comma-decimal', [
  ['1.234.567,89', '1234567.89'],
  ['1234567,89', '1234567.89'],
  ['1 234 567,89', '1234567.89'],
  [`1${NBSP}234,5`, '1234.5'],
  ['1.234', '1234'], // a dot is grouping here, not a decimal point
  [',5', '0.5'],
  ['0,00', '0'],
  ['12', '12'],
  [' 7,10 ', '7.1'],
  ['1,234,56', null],
  ['1.234,56.7', null],
  ['1,', null],
  ['', null],
  ['abc', null],
]);

check45('num-unit-decimal', [
  ['5 euro 50', '5.5'],
  ['5 euro 5', '5.05'],
  ['1.234 euro 56 cent', '1234.56'],
  ['1,234 dollars 7 cents', '1234.07'],
  ['0 EUR 00', '0'],
  ['１２３円４５銭', '123.45'],
  ['1，000円05', '1000.05'],
  ['  12 Fr. 30  ', '12.3'],
  ['5 euro', null], // no minor units
  ['5 euro 123', null], // minor units have at most two digits
  ['euro 5', null],
  ['5', null],
  ['', null],
]);

describe('TRR 5 apostrophe grouping', () => {
  check(V5, 'num-dot-decimal-apos', [
    ["1'234'567.89", '1234567.89'],
    ['1’234.50', '1234.5'],
    ['1`234', '1234'],
    ['1´234', '1234'],
    ['1′234', '1234'],
    ["1'234,567.8", '1234567.8'],
    [`1${NBSP}234.5`, '1234.5'],
    ["1'234,5", '12345'], // the comma is a grouping character here
    ["'", null],
    ['', null],
  ]);
  check(V5, 'num-comma-decimal-apos', [
    ["1'234'567,89", '1234567.89'],
    ["1'234.567,8", '1234567.8'],
    ['1’000', '1000'],
    ["1'234.5,6,7", null],
    ['', null],
  ]);
  check(V5, 'num-unit-decimal-apos', [
    ["1'234 Fr. 50", '1234.5'],
    ['1’234 CHF 5 Rp.', '1234.05'],
    ['１２３円４５銭', '123.45'],
    ["1'234 Fr.", null],
  ]);
  it('apostrophes are not grouping characters in TRR 4', () => {
    expect(applyTransform(V4, 'num-dot-decimal', "1'234.5").ok).toBe(false);
    expect(applyTransform(V4, 'num-comma-decimal', "1'234,5").ok).toBe(false);
  });
});

describe('fixed values', () => {
  for (const ns of [V4, V5]) {
    it.each([
      ['fixed-zero', '-', '0'],
      ['fixed-zero', '', '0'],
      ['fixed-zero', 'nil', '0'],
      ['fixed-empty', 'anything at all', ''],
      ['fixed-true', 'Yes', 'true'],
      ['fixed-true', '', 'true'],
      ['fixed-false', 'No', 'false'],
    ])(`${ns.slice(-10)} %s(%j) = %j`, (name, input, out) => {
      expect(applyTransform(ns, name, input)).toEqual({ ok: true, value: out });
    });
  }
});

// ---- TRR 4 / 5 numeric dates ---------------------------------------------------------------------------

check45('date-day-month-year', [
  ['31-12-2023', '2023-12-31'],
  ['31/12/2023', '2023-12-31'],
  ['31.12.2023', '2023-12-31'],
  ['1.1.2024', '2024-01-01'],
  ['31 12 2023', '2023-12-31'],
  [`31${NBSP}12${NBSP}2023`, '2023-12-31'],
  ['31.12.23', '2023-12-31'], // two-digit year: 20yy
  ['1.1.5', '2005-01-01'], // one-digit year: 200y
  ['29.02.2024', '2024-02-29'], // leap year
  ['29.02.2000', '2000-02-29'], // divisible by 400
  ['29.02.2023', null],
  ['29.02.1900', null], // divisible by 100, not by 400
  ['31.04.2023', null],
  ['32.01.2023', null],
  ['00.01.2023', null],
  ['01.13.2023', null],
  ['01.00.2023', null],
  ['1.1.203', null], // three-digit year
  ['1.1.20234', null],
  ['311.12.2023', null],
  ['2023-12-31', null],
  ['31122023', null],
  ['३१-१२-२०२३', '2023-12-31'], // Devanagari digits (TRR 4)
  [' 31-12-2023 ', '2023-12-31'],
  ['', null],
]);

check45('date-month-day-year', [
  ['12/31/2023', '2023-12-31'],
  ['2/29/24', '2024-02-29'],
  ['2/29/23', null],
  ['13/01/2023', null],
]);

check45('date-year-month-day', [
  ['2023-12-31', '2023-12-31'],
  ['2023/1/2', '2023-01-02'],
  ['23.12.31', '2023-12-31'],
  ['２０２３年１２月３１日', '2023-12-31'], // full-width digits
  ['2023-02-30', null],
  ['2023-12', null],
]);

check45('date-day-month', [
  ['31/12', '--12-31'],
  ['29.2', '--02-29'], // gMonthDay allows 29 February
  ['30.2', null],
  ['31.6', null],
  ['1/13', null],
]);

check45('date-month-day', [
  ['12/31', '--12-31'],
  ['12/31st', '--12-31'],
  ['2/30', null],
]);

check45('date-month-year', [
  ['12/2023', '2023-12'],
  ['1.23', '2023-01'],
  ['12 2023', '2023-12'],
  ['13/2023', null],
  ['0/2023', null],
]);

check45('date-year-month', [
  ['2023-12', '2023-12'],
  ['2023年12月', '2023-12'],
  ['２０２３年１月', '2023-01'],
  ['2023-13', null],
]);

// ---- month names -------------------------------------------------------------------------------------

describe('Dutch (nl)', () => {
  check45('date-day-monthname-year-nl', [
    ['31 december 2023', '2023-12-31'],
    ['31 December 2023', '2023-12-31'],
    ['31 DECEMBER 2023', '2023-12-31'],
    ['1 januari 2024', '2024-01-01'],
    ['28 februari 2023', '2023-02-28'],
    ['29 februari 2024', '2024-02-29'],
    ['29 februari 2023', null],
    ['15 maart 2024', '2024-03-15'],
    ['15 mrt 2024', '2024-03-15'],
    ['15 mrt. 2024', '2024-03-15'],
    ['1 april 2023', '2023-04-01'],
    ['1 mei 2023', '2023-05-01'],
    ['1 Mei 2023', '2023-05-01'],
    ['30 juni 2023', '2023-06-30'],
    ['31 juli 2023', '2023-07-31'],
    ['31 augustus 2023', '2023-08-31'],
    ['30 september 2023', '2023-09-30'],
    ['3 okt. 2023', '2023-10-03'],
    ['3 oktober 2023', '2023-10-03'],
    ['30 november 2023', '2023-11-30'],
    ['31 dec. 23', '2023-12-31'],
    [`31${NBSP}december${NBSP}2023`, '2023-12-31'],
    ['  31 december 2023\n', '2023-12-31'],
    ['31-dec-2023', '2023-12-31'],
    ['31 juni 2023', null],
    ['31 dEcember 2023', null], // mixed case
    ['31 march 2023', null], // English name
    ['31 mai 2023', null], // German name
    ['31 december', null],
    ['december 2023', null],
    ['31 12 2023', null],
  ]);
  check45('date-day-monthname-nl', [
    ['31 december', '--12-31'],
    ['1 mei', '--05-01'],
    ['29 feb.', '--02-29'],
    ['31 nov', null],
  ]);
  check45('date-monthname-year-nl', [
    ['december 2023', '2023-12'],
    ['maart 2024', '2024-03'],
    ['Mei 2023', '2023-05'],
    ['mrt. 24', '2024-03'],
    ['2023 december', null],
  ]);
});

describe('English (en)', () => {
  check45('date-day-monthname-year-en', [
    ['31 December 2023', '2023-12-31'],
    ['31 DECEMBER 2023', '2023-12-31'],
    ['31 Dec 2023', '2023-12-31'],
    ['31st December 2023', '2023-12-31'],
    ['31 Dec. 23', '2023-12-31'],
    ['5 May 2023', '2023-05-05'],
    ['31 december 2023', null], // lower case is not in the English pattern
    ['31 Décembre 2023', null],
    ['31 Smarch 2023', null],
  ]);
  check45('date-monthname-day-year-en', [
    ['December 31, 2023', '2023-12-31'],
    ['Dec 31, 2023', '2023-12-31'],
    ['DECEMBER 31 2023', '2023-12-31'],
    ['February 29, 2023', null],
    ['December 32, 2023', null],
  ]);
  check45('date-day-monthname-en', [
    ['31 December', '--12-31'],
    ['1 JAN', '--01-01'],
    ['31 Decemberx', null],
  ]);
  check45('date-monthname-day-en', [
    ['December 31', '--12-31'],
    ['Dec 31st', '--12-31'],
    ['June 31', null],
  ]);
  check45('date-monthname-year-en', [
    ['December 2023', '2023-12'],
    ['Sept 2023', '2023-09'],
    ['Jan 24', '2024-01'],
  ]);
  check45('date-year-monthname-en', [
    ['2023 December', '2023-12'],
    ['2023 Dec', '2023-12'],
    ['2023 Decembre', null],
  ]);
});

describe('other languages (day monthname year)', () => {
  const cases: [string, Case[]][] = [
    [
      'de',
      [
        ['31. Dezember 2023', '2023-12-31'],
        ['1. März 2024', '2024-03-01'],
        ['1. Maerz 2024', '2024-03-01'],
        ['1. Jänner 2024', '2024-01-01'],
        ['1. Mai 2023', '2023-05-01'],
        ['31. Juni 2023', null],
      ],
    ],
    [
      'fr',
      [
        ['31 décembre 2023', '2023-12-31'],
        ['31 decembre 2023', '2023-12-31'],
        ['1er février 2024', '2024-02-01'],
        ['15 août 2023', '2023-08-15'],
        ['15 aout 2023', '2023-08-15'],
        ['1 juin 2023', '2023-06-01'],
        ['1 juil. 2023', '2023-07-01'],
        ['1 mars 2023', '2023-03-01'],
        ['1 Mar 2023', null],
      ],
    ],
    [
      'es',
      [
        ['31 de diciembre de 2023', '2023-12-31'],
        ['1 de enero de 2024', '2024-01-01'],
        ['15 ago 2023', '2023-08-15'],
      ],
    ],
    [
      'it',
      [
        ['31 dicembre 2023', '2023-12-31'],
        ['1 gennaio 2024', '2024-01-01'],
        ['1 maggio 2023', '2023-05-01'],
        ['1 settembre 2023', '2023-09-01'],
      ],
    ],
    [
      'pt',
      [
        ['31 de dezembro de 2023', '2023-12-31'],
        ['1 de outubro de 2023', '2023-10-01'],
        ['1 fevereiro 2024', '2024-02-01'],
      ],
    ],
    [
      'no',
      [
        ['31. desember 2023', '2023-12-31'],
        ['17. mai 2023', '2023-05-17'],
      ],
    ],
    [
      'pl',
      [
        ['31 grudnia 2023 r.', '2023-12-31'],
        ['1 października 2023', '2023-10-01'],
        ['1 pazdziernika 2023', '2023-10-01'],
        ['1 stycznia 2024', '2024-01-01'],
      ],
    ],
    [
      'cs',
      [
        ['31. prosince 2023', '2023-12-31'],
        ['1. ledna 2024', '2024-01-01'],
        ['1. února 2024', '2024-02-01'],
        ['1. unora 2024', '2024-02-01'],
        ['1. čvc 2023', '2023-07-01'],
        ['1. července 2023', '2023-07-01'],
        ['1. červen 2023', null],
      ],
    ],
    [
      'sk',
      [
        ['31. decembra 2023', '2023-12-31'],
        ['1. mája 2023', '2023-05-01'],
        ['1. júna 2023', '2023-06-01'],
      ],
    ],
    [
      'sl',
      [
        ['31. december 2023', '2023-12-31'],
        ['1. avgust 2023', '2023-08-01'],
      ],
    ],
    [
      'hr',
      [
        ['31. prosinca 2023.', null],
        ['31. prosinca 2023', '2023-12-31'],
        ['1. ožujka 2024', '2024-03-01'],
        ['1. ozujka 2024', '2024-03-01'],
      ],
    ],
    [
      'ro',
      [
        ['31 decembrie 2023', '2023-12-31'],
        ['1 ianuarie 2024', '2024-01-01'],
        ['1 noiembrie 2023', '2023-11-01'],
      ],
    ],
    [
      'bg',
      [
        ['31 декември 2023 г.', '2023-12-31'],
        ['1 май 2023', '2023-05-01'],
        ['1 Януари 2024', '2024-01-01'],
      ],
    ],
    [
      'el',
      [
        ['31 Δεκεμβρίου 2023', '2023-12-31'],
        ['1 Μαΐου 2023', '2023-05-01'],
        ['1 ΙΑΝΟΥΑΡΙΟΥ 2024', '2024-01-01'],
        ['15 Αυγούστου 2023', '2023-08-15'],
      ],
    ],
    [
      'et',
      [
        ['31. detsember 2023', '2023-12-31'],
        ['1. märts 2024', '2024-03-01'],
        ['1. marts 2024', '2024-03-01'],
      ],
    ],
    [
      'fi',
      [
        ['31. joulukuuta 2023', '2023-12-31'],
        ['1. maaliskuuta 2024', '2024-03-01'],
        ['1 marraskuuta 2023', '2023-11-01'],
        ['1.marraskuuta 2023', '2023-11-01'],
      ],
    ],
  ];
  for (const [lang, cs] of cases) check45(`date-day-monthname-year-${lang}`, cs);
});

describe('other languages (day monthname, monthname year)', () => {
  check45('date-day-monthname-de', [
    ['31. Dezember', '--12-31'],
    ['31. Nov.', null],
  ]);
  check45('date-day-monthname-fr', [
    ['14 juillet', '--07-14'],
    ['29 févr.', '--02-29'],
  ]);
  check45('date-day-monthname-cs', [
    ['31. prosince', '--12-31'],
    ['1. led.', '--01-01'],
  ]);
  check45('date-day-monthname-el', [['25 Μαρτίου', '--03-25']]);
  check45('date-day-monthname-lv', [['31. decembris', '--12-31']]);
  check45('date-day-monthname-pl', [['11 listopada', '--11-11']]);
  check45('date-monthname-year-de', [
    ['Dezember 2023', '2023-12'],
    ['Mär 2024', '2024-03'],
  ]);
  check45('date-monthname-year-fr', [
    ['décembre 2023', '2023-12'],
    ['Février 2024', '2024-02'],
  ]);
  check45('date-monthname-year-cs', [
    ['prosinec 2023', '2023-12'],
    ['v prosinci 2023', null],
    ['prosinci 2023', '2023-12'],
  ]);
  check45('date-monthname-year-pl', [['grudzień 2023 r.', '2023-12']]);
  check45('date-monthname-year-es', [['diciembre de 2023', '2023-12']]);
  check45('date-monthname-year-it', [['dicembre 2023', '2023-12']]);
});

describe('Danish and Swedish', () => {
  for (const lang of ['da', 'sv']) {
    check45(`date-day-monthname-year-${lang}`, [
      ['31. december 2023', '2023-12-31'],
      ['31. dec. 2023', '2023-12-31'],
      ['31 dec 2023', '2023-12-31'],
      ['1. maj 2023', '2023-05-01'],
      ['1 mars 2023', '2023-03-01'],
      ['1 augusti 2023', '2023-08-01'],
      ['5. DEC. 23', '2023-12-05'],
      ['5. januar. 2020', null], // full name and period
      ['31. juni 2023', null],
    ]);
    check45(`date-day-monthname-${lang}`, [
      ['31. december', '--12-31'],
      ['1. jan.', '--01-01'],
    ]);
    check45(`date-monthname-year-${lang}`, [
      ['december 2023', '2023-12'],
      ['dec. 2023', '2023-12'],
      ['decemberx. 2023', null],
    ]);
  }
});

describe('Hungarian, Lithuanian, Latvian', () => {
  check45('date-year-monthname-day-hu', [
    ['2023. december 31', '2023-12-31'],
    ['2024. február 29', '2024-02-29'],
    ['2023. február 29', null],
    ['2023. március 15', '2023-03-15'],
    ['2023. marc 15', '2023-03-15'],
  ]);
  check45('date-monthname-day-hu', [
    ['december 31', '--12-31'],
    ['május 1', '--05-01'],
  ]);
  check45('date-year-monthname-hu', [
    ['2023. december', '2023-12'],
    ['2023. szeptember', '2023-09'],
  ]);
  check45('date-year-monthname-day-lt', [
    ['2023 m. gruodžio 31 d.', '2023-12-31'],
    ['2023 m. rugsėjo 1 d.', '2023-09-01'],
    ['2023 m. rugpjūčio 1 d.', '2023-08-01'],
  ]);
  check45('date-monthname-day-lt', [['gruodžio 31 d.', '--12-31']]);
  check45('date-year-monthname-lt', [['2023 m. gruodis', '2023-12']]);
  check45('date-year-day-monthname-lv', [
    ['2023. gada 31. decembris', '2023-12-31'],
    ['2023. gada 1. jūlijs', '2023-07-01'],
  ]);
  check45('date-year-monthname-lv', [
    ['2023. gada decembris', '2023-12'],
    ['2023. g. jūn.', '2023-06'],
  ]);
});

describe('Roman-numeral months', () => {
  check45('date-day-monthroman-year', [
    ['31.XII.2023', '2023-12-31'],
    ['1 iv 2023', '2023-04-01'],
    ['1.IX.23', '2023-09-01'],
    ['29.II.2023', null],
    ['1.XIII.2023', null],
    ['1.Xii.2023', null], // mixed case
    ['1.IIII.2023', null],
  ]);
  check45('date-day-monthroman', [
    ['31.XII', '--12-31'],
    ['1 viii', '--08-01'],
  ]);
  check45('date-monthroman-year', [
    ['XII.2023', '2023-12'],
    ['v 2023', '2023-05'],
  ]);
});

describe('Hindi and the Indian national calendar', () => {
  check45('date-day-monthname-year-hi', [
    ['31 दिसंबर 2023', '2023-12-31'],
    ['३१ दिसंबर २०२३', '2023-12-31'],
    ['1 नवम्बर 23', '2023-11-01'],
    ['1 मई 2023', '2023-05-01'],
    ['1 मई 203', null],
  ]);
  check45('date-monthname-year-hi', [
    ['दिसंबर 2023', '2023-12'],
    ['जनवरी २०२४', '2024-01'],
  ]);
  check45('date-ind-day-monthname-year-hi', [
    ['10 Pausa 1945', '2023-12-31'],
    ['1 Chaitra 1946', '2024-03-21'], // 2024 is leap: Chaitra starts 21 March
    ['1 Chaitra 1945', '2023-03-22'],
    ['1 चैत्र 1945', '2023-03-22'],
    ['31 Chaitra 1946', '2024-04-20'],
    ['31 Chaitra 1945', null], // 30 days outside leap years
    ['30 Phalguna 1945', '2024-03-20'],
    ['1 Magha 45', '2024-01-21'], // two-digit Saka year 45 = 1945; Magha starts 21 January of the next Gregorian year
  ]);
  it('converts Saka dates', () => {
    expect(sakaToGregorian(1945, 1, 1)).toBe('2023-03-22');
    expect(sakaToGregorian(1945, 12, 30)).toBe('2024-03-20');
    expect(sakaToGregorian(1945, 13, 1)).toBeNull();
    expect(sakaToGregorian(1945, 2, 32)).toBeNull();
  });
});

describe('Japanese', () => {
  check45('date-jpn-era-year-month-day', [
    ['平成23年3月31日', '2011-03-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和５年１２月３１日', '2023-12-31'],
    ['令 5 年 12 月 31 日', '2023-12-31'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成23年2月29日', null],
    ['西暦23年3月31日', null],
  ]);
  check45('date-jpn-era-year-month', [
    ['平成23年3月', '2011-03'],
    ['令和元年13月', null],
  ]);
});

describe('Welsh (TRR 5 only)', () => {
  check(V5, 'date-day-monthname-year-cy', [
    ['31 Rhagfyr 2023', '2023-12-31'],
    ['1 Ionawr 2024', '2024-01-01'],
    ['1af Fawrth 2023', '2023-03-01'],
    ['1 Mawrth 2023', '2023-03-01'],
    ['29 Chwefror 2023', null],
  ]);
  check(V5, 'date-day-monthname-cy', [['25 Rhagfyr', '--12-25']]);
  check(V5, 'date-monthname-year-cy', [
    ['Rhagfyr 2023', '2023-12'],
    ['Mehefin 2023', '2023-06'],
  ]);
  it('is unknown in TRR 4', () => {
    expect(applyTransform(V4, 'date-day-monthname-year-cy', '31 Rhagfyr 2023')).toMatchObject({
      ok: false,
      code: UNKNOWN_TRANSFORM_CODE,
    });
  });
});

// ---- TRR 3 -----------------------------------------------------------------------------------------------

describe('TRR 3 (2015-02-26)', () => {
  check(V3, 'numdotdecimal', [
    ['1,234.5', '1234.5'],
    ['12,34.5', null],
  ]);
  check(V3, 'numdotdecimalin', [
    ['1,00,00,000.50', '10000000.5'],
    ['12,34,567', '1234567'],
    ['999', '999'],
    ['1234567', '1234567'],
    ['1,234,567', null],
    ['1,00,0', null],
  ]);
  check(V3, 'numunitdecimalin', [
    ['1,00,000 rupees 50 paise', '100000.5'],
    ['5 Rs 5', '5.05'],
  ]);
  check(V3, 'datedaymonthdk', [['31. dec.', '--12-31']]);
  check(V3, 'datedaymonthyeardk', [['31. december 2023', '2023-12-31']]);
  check(V3, 'datemonthyeardk', [['dec. 2023', '2023-12']]);
  check(V3, 'datedaymonthyearin', [
    ['31 दिसंबर 2023', '2023-12-31'],
    ['३१ १२ २०२३', '2023-12-31'],
  ]);
  check(V3, 'datemonthyearin', [['दिसंबर 2023', '2023-12']]);
  check(V3, 'datemonthyear', [
    ['12/2023', '2023-12'],
    ['13/2023', null],
  ]);
  check(V3, 'dateyearmonthday', [
    ['2023-12-31', '2023-12-31'],
    ['2023-02-29', null],
  ]);
  check(V3, 'calindaymonthyear', [['10 Pausa 1945', '2023-12-31']]);
  check(V3, 'zerodash', [
    ['-', '0'],
    ['–', '0'],
    ['—', '0'],
    ['－', '0'],
    [' - ', '0'],
    ['--', null],
    ['0', null],
  ]);
});

// ---- TRR 2 -----------------------------------------------------------------------------------------------

describe('TRR 2 (2011-07-31)', () => {
  check(V2, 'numdotdecimal', [
    ['1,234,567.89', '1234567.89'],
    ['1 234 567.89', '1234567.89'],
    [`1${NBSP}234.5`, '1234.5'],
    ['1234567.89', '1234567.89'],
    ['0.5', '0.5'],
    ['1,234.00', '1234'],
    ['12,34,567', null], // strict three-digit grouping in TRR 2
    ['.5', null], // TRR 2 requires a digit before the point
    ['1,2345', null],
    ['', null],
  ]);
  check(V2, 'numcommadecimal', [
    ['1.234.567,89', '1234567.89'],
    ['1 234,5', '1234.5'],
    ['1234,50', '1234.5'],
    ['1.23,4', null],
  ]);
  check(V2, 'numunitdecimal', [
    ['1,234 dollars 56 cents', '1234.56'],
    ['0 euro 5', '0.05'],
    ['１，２３４円５６銭', '1234.56'],
    ['01 euro 5', null],
  ]);
  check(V2, 'zerodash', [
    ['-', '0'],
    ['‒', '0'],
    ['x', null],
  ]);
  check(V2, 'nocontent', [['anything', '']]);
  check(V2, 'booleantrue', [['Yes', 'true']]);
  check(V2, 'booleanfalse', [['No', 'false']]);
  check(V2, 'datedaymonthyear', [
    ['31/12/2023', '2023-12-31'],
    ['31.12.23', '2023-12-31'],
    ['३१-१२-२०२३', null],
  ]);
  check(V2, 'datemonthdayyear', [['12/31/2023', '2023-12-31']]);
  check(V2, 'datedaymonth', [['31/12', '--12-31']]);
  check(V2, 'datemonthday', [['12/31', '--12-31']]);
  check(V2, 'datedaymonthen', [['31 December', '--12-31']]);
  check(V2, 'datemonthdayen', [['December 31', '--12-31']]);
  check(V2, 'datedaymonthyearen', [
    ['31 December 2023', '2023-12-31'],
    ['31 Dec 23', '2023-12-31'],
  ]);
  check(V2, 'datemonthdayyearen', [['December 31, 2023', '2023-12-31']]);
  check(V2, 'datemonthyearen', [['December 2023', '2023-12']]);
  check(V2, 'dateyearmonthen', [['2023 December', '2023-12']]);
  check(V2, 'dateerayearmonthdayjp', [['平成23年3月31日', '2011-03-31']]);
  check(V2, 'dateerayearmonthjp', [['平成23年3月', '2011-03']]);
  check(V2, 'dateyearmonthdaycjk', [
    ['2011年3月31日', '2011-03-31'],
    ['２０１１年３月３１日', '2011-03-31'],
    ['2011年2月30日', null],
  ]);
  check(V2, 'dateyearmonthcjk', [
    ['2011年3月', '2011-03'],
    ['2011年13月', null],
  ]);
});

// ---- TRR 1 -----------------------------------------------------------------------------------------------

describe('TRR 1 (2010-04-20)', () => {
  check(V1, 'numcommadot', [
    ['1,234,567.89', '1234567.89'],
    ['123', '123'],
    ['1234', null],
    ['1 234.5', null],
    ['1,23.5', null],
  ]);
  check(V1, 'numdotcomma', [
    ['1.234.567,89', '1234567.89'],
    ['1,5', '1.5'],
    ['1,234.5', null],
  ]);
  check(V1, 'numspacedot', [
    ['1 234 567.89', '1234567.89'],
    [`1${NBSP}234.5`, '1234.5'],
    ['1,234.5', null],
  ]);
  check(V1, 'numspacecomma', [
    ['1 234 567,89', '1234567.89'],
    ['1.234,5', null],
  ]);
  check(V1, 'numcomma', [
    ['1234,56', '1234.56'],
    ['1234', '1234'],
    ['1.234,56', null],
  ]);
  check(V1, 'numdash', [
    ['-', '0'],
    [' - ', '0'],
    ['–', null],
  ]);
  check(V1, 'dateslashus', [
    ['12/31/2023', '2023-12-31'],
    ['12/31/23', '2023-12-31'],
    ['31/12/2023', null],
    ['12/31/123', null],
  ]);
  check(V1, 'dateslasheu', [
    ['31/12/2023', '2023-12-31'],
    ['29/02/2023', null],
  ]);
  check(V1, 'datedotus', [['12.31.2023', '2023-12-31']]);
  check(V1, 'datedoteu', [
    ['31.12.2023', '2023-12-31'],
    ['31.12.23', '2023-12-31'],
  ]);
  check(V1, 'datelongus', [
    ['December 31, 2023', '2023-12-31'],
    ['December 31 2023', null],
    ['DECEMBER 31, 2023', null],
  ]);
  check(V1, 'dateshortus', [
    ['Dec 31, 2023', '2023-12-31'],
    ['Dec. 31, 2023', null],
  ]);
  check(V1, 'datelonguk', [
    ['31 December 2023', '2023-12-31'],
    ['31 Dec 2023', null],
  ]);
  check(V1, 'dateshortuk', [
    ['31 Dec 2023', '2023-12-31'],
    ['31 December 2023', null],
  ]);
  check(V1, 'datelongdaymonthuk', [['31 December', '--12-31']]);
  check(V1, 'dateshortdaymonthuk', [['31 Dec', '--12-31']]);
  check(V1, 'datelongmonthdayus', [['December 31', '--12-31']]);
  check(V1, 'dateshortmonthdayus', [
    ['Dec 31', '--12-31'],
    ['Dec 31st', '--12-31'],
  ]);
  check(V1, 'dateslashdaymontheu', [
    ['31/12', '--12-31'],
    ['31/11', null],
  ]);
  check(V1, 'dateslashmonthdayus', [['12/31', '--12-31']]);
  check(V1, 'datelongyearmonth', [['2023 December', '2023-12']]);
  check(V1, 'dateshortyearmonth', [['2023 Dec', '2023-12']]);
  check(V1, 'datelongmonthyear', [
    ['December 2023', '2023-12'],
    ['December 23', '2023-12'],
  ]);
  check(V1, 'dateshortmonthyear', [['Dec 2023', '2023-12']]);
});
