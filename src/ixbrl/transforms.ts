/**
 * Inline XBRL Transformation Rules Registry (TRR), versions 1-5.
 *
 * `applyTransform(namespace, localName, text)` applies the transformation named by an ix:format QName to the
 * text content of an ix:nonFraction / ix:nonNumeric and returns the XBRL canonical lexical form:
 * unsigned decimals without grouping ("1234.56", whole numbers without a fraction: "1000"),
 * dates yyyy-mm-dd, gMonthDay --mm-dd, gYearMonth yyyy-mm, booleans true/false.
 * Leading and trailing XML whitespace is ignored; the rest of the text must match the transformation's
 * input lexical pattern. Numbers are reformatted as strings, never through JS numbers.
 *
 * Versions 4 (2020-02-12) and 5 (2022-02-16) use the hyphenated names (num-dot-decimal, date-day-monthname-year-nl,
 * fixed-zero...); versions 1-3 the older names (numcommadot, dateslasheu, numdotdecimal, datedaymonthyearen,
 * zerodash...), each with the lexical pattern of its own version (TRR 2/3 numbers need strict three-digit grouping,
 * TRR 4 relaxed it).
 *
 * Pure and dependency-free.
 */
import type { MessageParams } from '../findings.js';
import { transformReasonEn } from '../messages/en-xbrl.js';
import * as N from './transforms/numbers.js';
import * as Dt from './transforms/dates.js';
import { type TransformFn, trimXml } from './transforms/numbers.js';

/**
 * A transformation's value, or why it failed: `message` in English and `params` for the message catalogs (format,
 * value as shown, expects: what the input should look like, in English; length; or registry version and namespace).
 */
export type TransformResult =
  { ok: true; value: string } | { ok: false; code: string; message: string; params: MessageParams };

/** Version -> namespace of each Transformation Rules Registry. */
export const TRR_NAMESPACES: Record<string, string> = {
  '1': 'http://www.xbrl.org/inlineXBRL/transformation/2010-04-20',
  '2': 'http://www.xbrl.org/inlineXBRL/transformation/2011-07-31',
  '3': 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
  '4': 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  '5': 'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
};

/**
 * Code for an ix:format that names no transformation of a known registry (Inline XBRL 1.1 section 10.1.2 for
 * ix:nonFraction, 11.1.2 for ix:nonNumeric; the code Arelle reports). The registries themselves define no code.
 */
export const UNKNOWN_TRANSFORM_CODE = 'ix11.10.1.2:invalidTransformation';
/** Code for text that does not match the transformation's input lexical pattern (as reported by Arelle). */
export const TRANSFORM_VALUE_ERROR_CODE = 'ixTransform:valueError';

interface Entry {
  fn: TransformFn;
  /** What the input should look like, for messages. */
  expects: string;
}
const e = (fn: TransformFn, expects: string): Entry => ({ fn, expects });
const FIXED = new WeakSet<TransformFn>();
/** A transformation with a fixed output, whatever the input. */
const fixed = (value: string): TransformFn => {
  const fn: TransformFn = () => value;
  FIXED.add(fn);
  return fn;
};

/**
 * Longest input (after trimming) a pattern-based transformation reads: numbers and dates are short, and the
 * registry patterns' separators (`[^0-9]+`) make matching time grow with the square of the length.
 */
export const MAX_TRANSFORM_INPUT_LENGTH = 1000;

// ---- TRR 1 -------------------------------------------------------------------------------------------
const TR1: Record<string, Entry> = {
  numcommadot: e(N.numCommaDot, 'a number with comma thousands separators and a dot decimal separator, e.g. 1,234.56'),
  numdotcomma: e(N.numDotComma, 'a number with dot thousands separators and a comma decimal separator, e.g. 1.234,56'),
  numspacedot: e(N.numSpaceDot, 'a number with space thousands separators and a dot decimal separator, e.g. 1 234.56'),
  numspacecomma: e(
    N.numSpaceComma,
    'a number with space thousands separators and a comma decimal separator, e.g. 1 234,56',
  ),
  numcomma: e(N.numComma, 'a number with a comma decimal separator and no grouping, e.g. 1234,56'),
  numdash: e(N.numDash, 'a single hyphen "-" (zero)'),
  dateslashus: e(Dt.tr1Dates.dateslashus, 'a date mm/dd/yy(yy), e.g. 12/31/2023'),
  dateslasheu: e(Dt.tr1Dates.dateslasheu, 'a date dd/mm/yy(yy), e.g. 31/12/2023'),
  datedotus: e(Dt.tr1Dates.datedotus, 'a date mm.dd.yy(yy), e.g. 12.31.2023'),
  datedoteu: e(Dt.tr1Dates.datedoteu, 'a date dd.mm.yy(yy), e.g. 31.12.2023'),
  datelongus: e(Dt.tr1Dates.datelongus, 'a date "Month d, yyyy", e.g. December 31, 2023'),
  dateshortus: e(Dt.tr1Dates.dateshortus, 'a date "Mon d, yyyy", e.g. Dec 31, 2023'),
  datelonguk: e(Dt.tr1Dates.datelonguk, 'a date "d Month yyyy", e.g. 31 December 2023'),
  dateshortuk: e(Dt.tr1Dates.dateshortuk, 'a date "d Mon yyyy", e.g. 31 Dec 2023'),
  datelongdaymonthuk: e(Dt.tr1Dates.datelongdaymonthuk, 'a day and month "d Month", e.g. 31 December'),
  dateshortdaymonthuk: e(Dt.tr1Dates.dateshortdaymonthuk, 'a day and month "d Mon", e.g. 31 Dec'),
  datelongmonthdayus: e(Dt.tr1Dates.datelongmonthdayus, 'a month and day "Month d", e.g. December 31'),
  dateshortmonthdayus: e(Dt.tr1Dates.dateshortmonthdayus, 'a month and day "Mon d", e.g. Dec 31'),
  dateslashdaymontheu: e(Dt.tr1Dates.dateslashdaymontheu, 'a day and month dd/mm, e.g. 31/12'),
  dateslashmonthdayus: e(Dt.tr1Dates.dateslashmonthdayus, 'a month and day mm/dd, e.g. 12/31'),
  datelongyearmonth: e(Dt.tr1Dates.datelongyearmonth, 'a year and month "yyyy Month", e.g. 2023 December'),
  dateshortyearmonth: e(Dt.tr1Dates.dateshortyearmonth, 'a year and month "yyyy Mon", e.g. 2023 Dec'),
  datelongmonthyear: e(Dt.tr1Dates.datelongmonthyear, 'a month and year "Month yyyy", e.g. December 2023'),
  dateshortmonthyear: e(Dt.tr1Dates.dateshortmonthyear, 'a month and year "Mon yyyy", e.g. Dec 2023'),
};

// ---- TRR 2 -------------------------------------------------------------------------------------------
const DMY = 'a date day-month-year with numeric month, e.g. 31-12-2023 or 31.12.23';
const TR2: Record<string, Entry> = {
  booleanfalse: e(fixed('false'), 'any text (false)'),
  booleantrue: e(fixed('true'), 'any text (true)'),
  nocontent: e(fixed(''), 'any text (empty value)'),
  zerodash: e(N.zeroDash, 'a single dash (zero)'),
  numdotdecimal: e(
    N.numDotDecimalTr2,
    'a number with a dot decimal separator and three-digit grouping, e.g. 1,234,567.89',
  ),
  numcommadecimal: e(
    N.numCommaDecimalTr2,
    'a number with a comma decimal separator and three-digit grouping, e.g. 1.234.567,89',
  ),
  numunitdecimal: e(N.numUnitDecimalTr2, 'a number with a unit between major and minor units, e.g. 1,234 euro 56'),
  datedaymonth: e(Dt.dateDayMonth, 'a day and numeric month, e.g. 31/12'),
  datemonthday: e(Dt.dateMonthDay, 'a numeric month and day, e.g. 12/31'),
  datedaymonthyear: e(Dt.dateDayMonthYearTr2, DMY),
  datemonthdayyear: e(Dt.dateMonthDayYear, 'a date month-day-year with numeric month, e.g. 12/31/2023'),
  datedaymonthen: e(Dt.dayMonthName('en'), 'a day and English month name, e.g. 31 December'),
  datemonthdayen: e(Dt.monthNameDayEn, 'an English month name and day, e.g. December 31'),
  datedaymonthyearen: e(Dt.dayMonthNameYear('en'), 'a day, English month name and year, e.g. 31 December 2023'),
  datemonthdayyearen: e(Dt.monthNameDayYearEn, 'an English month name, day and year, e.g. December 31, 2023'),
  datemonthyearen: e(Dt.monthNameYear('en'), 'an English month name and year, e.g. December 2023'),
  dateyearmonthen: e(Dt.yearMonthNameEn, 'a year and English month name, e.g. 2023 December'),
  dateerayearmonthdayjp: e(Dt.dateJpnEraYearMonthDay, 'a Japanese era date, e.g. 平成23年3月31日'),
  dateerayearmonthjp: e(Dt.dateJpnEraYearMonth, 'a Japanese era year and month, e.g. 平成23年3月'),
  dateyearmonthdaycjk: e(Dt.dateYearMonthDayCjk, 'a CJK date, e.g. 2011年3月31日'),
  dateyearmonthcjk: e(Dt.dateYearMonthCjk, 'a CJK year and month, e.g. 2011年3月'),
};

// ---- TRR 3 -------------------------------------------------------------------------------------------
const TR3: Record<string, Entry> = {
  ...TR2,
  calindaymonthyear: e(Dt.dateIndDayMonthNameYearHi, 'an Indian national (Saka) calendar date, e.g. 10 Pausa 1945'),
  datedaymonthdk: e(Dt.dayMonthNameDa, 'a day and Danish month name, e.g. 31. december'),
  datedaymonthyeardk: e(Dt.dayMonthNameYearDa, 'a day, Danish month name and year, e.g. 31. december 2023'),
  datemonthyeardk: e(Dt.monthNameYearDa, 'a Danish month name and year, e.g. december 2023'),
  datedaymonthyearin: e(Dt.dateDayMonthYearInTr3, 'a day, Hindi or numeric month and year, e.g. 31 दिसंबर 2023'),
  datemonthyearin: e(Dt.monthNameYearHi, 'a Hindi month name and year, e.g. दिसंबर 2023'),
  datemonthyear: e(Dt.dateMonthYearTr3, 'a numeric month and year, e.g. 12/2023'),
  dateyearmonthday: e(Dt.dateYearMonthDay, 'a date year-month-day with numeric month, e.g. 2023-12-31'),
  numdotdecimalin: e(N.numDotDecimalIn, 'a number with Indian digit grouping, e.g. 1,00,00,000.50'),
  numunitdecimalin: e(N.numUnitDecimalIn, 'a number with Indian grouping and a unit, e.g. 1,00,000 rupees 50 paise'),
};

// ---- TRR 4 -------------------------------------------------------------------------------------------
const LANGUAGE_NAMES = {
  bg: 'Bulgarian',
  cs: 'Czech',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  et: 'Estonian',
  fi: 'Finnish',
  fr: 'French',
  hr: 'Croatian',
  it: 'Italian',
  lv: 'Latvian',
  nl: 'Dutch',
  no: 'Norwegian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  sk: 'Slovak',
  sl: 'Slovenian',
  cy: 'Welsh',
} as const;
type CommonLang = keyof typeof LANGUAGE_NAMES;

/** date-day-monthname-xx, date-day-monthname-year-xx and date-monthname-year-xx of one language. */
function languageEntries(
  lang: CommonLang,
  which: { dayMonth: boolean; dayMonthYear: boolean; monthYear: boolean },
): Record<string, Entry> {
  const name = LANGUAGE_NAMES[lang];
  const out: Record<string, Entry> = {};
  if (which.dayMonth) out[`date-day-monthname-${lang}`] = e(Dt.dayMonthName(lang), `a day and ${name} month name`);
  if (which.dayMonthYear)
    out[`date-day-monthname-year-${lang}`] = e(Dt.dayMonthNameYear(lang), `a day, ${name} month name and year`);
  if (which.monthYear) out[`date-monthname-year-${lang}`] = e(Dt.monthNameYear(lang), `a ${name} month name and year`);
  return out;
}
const ALL = { dayMonth: true, dayMonthYear: true, monthYear: true };

const NUM_DOT = 'a number with a dot decimal separator, e.g. 1,234,567.89 or 1 234.5';
const NUM_COMMA = 'a number with a comma decimal separator, e.g. 1.234.567,89 or 1 234,5';
const TR4: Record<string, Entry> = {
  'fixed-empty': e(fixed(''), 'any text (empty value)'),
  'fixed-false': e(fixed('false'), 'any text (false)'),
  'fixed-true': e(fixed('true'), 'any text (true)'),
  'fixed-zero': e(fixed('0'), 'any text (zero)'),
  'num-dot-decimal': e(N.numDotDecimalTr4, NUM_DOT),
  'num-comma-decimal': e(N.numCommaDecimalTr4, NUM_COMMA),
  'num-unit-decimal': e(N.numUnitDecimalTr4, 'a number with a unit between major and minor units, e.g. 1.234 euro 56'),
  'date-day-month': e(Dt.dateDayMonth, 'a day and numeric month, e.g. 31/12'),
  'date-month-day': e(Dt.dateMonthDay, 'a numeric month and day, e.g. 12/31'),
  'date-day-month-year': e(Dt.dateDayMonthYearTr4, DMY),
  'date-month-day-year': e(Dt.dateMonthDayYear, 'a date month-day-year with numeric month, e.g. 12/31/2023'),
  'date-year-month-day': e(Dt.dateYearMonthDay, 'a date year-month-day with numeric month, e.g. 2023-12-31'),
  'date-month-year': e(Dt.dateMonthYearTr4, 'a numeric month and year, e.g. 12/2023'),
  'date-year-month': e(Dt.dateYearMonth, 'a year and numeric month, e.g. 2023-12'),
  ...languageEntries('bg', ALL),
  ...languageEntries('cs', ALL),
  ...languageEntries('de', ALL),
  ...languageEntries('el', ALL),
  ...languageEntries('en', ALL),
  ...languageEntries('es', ALL),
  ...languageEntries('et', ALL),
  ...languageEntries('fi', ALL),
  ...languageEntries('fr', ALL),
  ...languageEntries('hr', ALL),
  ...languageEntries('it', ALL),
  ...languageEntries('nl', ALL),
  ...languageEntries('no', ALL),
  ...languageEntries('pl', ALL),
  ...languageEntries('pt', ALL),
  ...languageEntries('ro', ALL),
  ...languageEntries('sk', ALL),
  ...languageEntries('sl', ALL),
  ...languageEntries('lv', { dayMonth: true, dayMonthYear: false, monthYear: false }),
  'date-day-monthname-da': e(Dt.dayMonthNameDa, 'a day and Danish month name, e.g. 31. december'),
  'date-day-monthname-year-da': e(Dt.dayMonthNameYearDa, 'a day, Danish month name and year, e.g. 31. dec. 2023'),
  'date-monthname-year-da': e(Dt.monthNameYearDa, 'a Danish month name and year, e.g. december 2023'),
  'date-day-monthname-sv': e(Dt.dayMonthNameDa, 'a day and Swedish month name, e.g. 31 december'),
  'date-day-monthname-year-sv': e(Dt.dayMonthNameYearDa, 'a day, Swedish month name and year, e.g. 31 dec. 2023'),
  'date-monthname-year-sv': e(Dt.monthNameYearDa, 'a Swedish month name and year, e.g. december 2023'),
  'date-monthname-day-en': e(Dt.monthNameDayEn, 'an English month name and day, e.g. December 31'),
  'date-monthname-day-year-en': e(Dt.monthNameDayYearEn, 'an English month name, day and year, e.g. December 31, 2023'),
  'date-year-monthname-en': e(Dt.yearMonthNameEn, 'a year and English month name, e.g. 2023 December'),
  'date-monthname-day-hu': e(Dt.monthNameDayHu, 'a Hungarian month name and day, e.g. december 31'),
  'date-year-monthname-hu': e(Dt.yearMonthNameHu, 'a year and Hungarian month name, e.g. 2023. december'),
  'date-year-monthname-day-hu': e(
    Dt.yearMonthNameDayHu,
    'a year, Hungarian month name and day, e.g. 2023. december 31',
  ),
  'date-monthname-day-lt': e(Dt.monthNameDayLt, 'a Lithuanian month name and day, e.g. gruodžio 31 d.'),
  'date-year-monthname-lt': e(Dt.yearMonthNameLt, 'a year and Lithuanian month name, e.g. 2023 m. gruodis'),
  'date-year-monthname-day-lt': e(
    Dt.yearMonthNameDayLt,
    'a year, Lithuanian month name and day, e.g. 2023 m. gruodžio 31 d.',
  ),
  'date-year-monthname-lv': e(Dt.yearMonthNameLv, 'a year and Latvian month name, e.g. 2023. gada decembris'),
  'date-year-day-monthname-lv': e(
    Dt.yearDayMonthNameLv,
    'a year, day and Latvian month name, e.g. 2023. gada 31. decembris',
  ),
  'date-day-monthroman': e(Dt.dayMonthRoman, 'a day and Roman-numeral month, e.g. 31.XII'),
  'date-day-monthroman-year': e(Dt.dayMonthRomanYear, 'a day, Roman-numeral month and year, e.g. 31.XII.2023'),
  'date-monthroman-year': e(Dt.monthRomanYear, 'a Roman-numeral month and year, e.g. XII.2023'),
  'date-day-monthname-year-hi': e(Dt.dayMonthNameYearHi, 'a day, Hindi month name and year, e.g. 31 दिसंबर 2023'),
  'date-monthname-year-hi': e(Dt.monthNameYearHi, 'a Hindi month name and year, e.g. दिसंबर 2023'),
  'date-ind-day-monthname-year-hi': e(
    Dt.dateIndDayMonthNameYearHi,
    'an Indian national (Saka) calendar date, e.g. 10 Pausa 1945',
  ),
  'date-jpn-era-year-month-day': e(Dt.dateJpnEraYearMonthDay, 'a Japanese era date, e.g. 令和5年12月31日'),
  'date-jpn-era-year-month': e(Dt.dateJpnEraYearMonth, 'a Japanese era year and month, e.g. 令和5年12月'),
};

// ---- TRR 5 -------------------------------------------------------------------------------------------
const TR5: Record<string, Entry> = {
  ...TR4,
  ...languageEntries('cy', ALL),
  'num-dot-decimal-apos': e(N.numDotDecimalApos, "a number with a dot decimal separator, e.g. 1'234'567.89"),
  'num-comma-decimal-apos': e(N.numCommaDecimalApos, "a number with a comma decimal separator, e.g. 1'234'567,89"),
  'num-unit-decimal-apos': e(
    N.numUnitDecimalApos,
    "a number with a unit between major and minor units, e.g. 1'234 Fr. 50",
  ),
};

const REGISTRY = new Map<string, Record<string, Entry>>([
  [TRR_NAMESPACES['1'] as string, TR1],
  [TRR_NAMESPACES['2'] as string, TR2],
  [TRR_NAMESPACES['3'] as string, TR3],
  [TRR_NAMESPACES['4'] as string, TR4],
  [TRR_NAMESPACES['5'] as string, TR5],
]);

function lookup(namespace: string, localName: string): Entry | undefined {
  const table = REGISTRY.get(namespace);
  return table && Object.prototype.hasOwnProperty.call(table, localName) ? table[localName] : undefined;
}

export function isKnownTransform(namespace: string, localName: string): boolean {
  return lookup(namespace, localName) !== undefined;
}

/** Local names of the transformations of a registry namespace (empty for an unknown namespace). */
export function transformNames(namespace: string): string[] {
  return Object.keys(REGISTRY.get(namespace) ?? {}).sort();
}

const versionOf = (namespace: string): string | undefined =>
  Object.keys(TRR_NAMESPACES).find((v) => TRR_NAMESPACES[v] === namespace);

const show = (text: string): string => {
  const t = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return JSON.stringify(t);
};

/**
 * Applies the transformation named by the expanded QName (namespace + local name) to the text content of an
 * ix:nonFraction / ix:nonNumeric.
 * Unknown namespace or name -> { ok: false, code: UNKNOWN_TRANSFORM_CODE };
 * input not matching the transformation's lexical pattern -> { ok: false, code: TRANSFORM_VALUE_ERROR_CODE }.
 */
export function applyTransform(namespace: string, localName: string, text: string): TransformResult {
  const entry = lookup(namespace, localName);
  if (!entry) {
    const version = versionOf(namespace);
    const params = { format: localName, namespace, ...(version ? { version } : {}) };
    return { ok: false, code: UNKNOWN_TRANSFORM_CODE, message: transformReasonEn(params), params };
  }
  if (!FIXED.has(entry.fn) && trimXml(text).length > MAX_TRANSFORM_INPUT_LENGTH) {
    const params = { value: show(text), format: localName, length: text.length, expects: entry.expects };
    return { ok: false, code: TRANSFORM_VALUE_ERROR_CODE, message: transformReasonEn(params), params };
  }
  const value = entry.fn(text);
  if (value === null) {
    const params = { value: show(text), format: localName, expects: entry.expects };
    return { ok: false, code: TRANSFORM_VALUE_ERROR_CODE, message: transformReasonEn(params), params };
  }
  return { ok: true, value };
}
