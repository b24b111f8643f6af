/**
 * Date transformations of the Transformation Rules Registry: outputs are xs:date (yyyy-mm-dd),
 * xs:gMonthDay (--mm-dd) and xs:gYearMonth (yyyy-mm). Day and month ranges are checked, including
 * 29 February in leap years only (a gMonthDay accepts --02-29).
 */
import { type TransformFn, trimXml, fullWidthToAscii, devanagariToAscii } from './numbers.js';
import { MONTHS, type MonthLanguage, monthAlternation, monthNumber, romanMonth } from './months.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : (DAYS[m - 1] ?? 0));

/**
 * Year as written to four digits: one digit -> 200y, two digits -> 20yy (the registry's rule for
 * abbreviated years); four digits as is. Other lengths are rejected.
 */
export function fourDigitYear(y: string): string | null {
  if (/^[0-9]{4}$/.test(y)) return y;
  if (/^[0-9]$/.test(y)) return `200${y}`;
  if (/^[0-9]{2}$/.test(y)) return `20${y}`;
  return null;
}

export function formatDate(year: string | number, month: number, day: number): string | null {
  const y = typeof year === 'number' ? String(year).padStart(4, '0') : year;
  if (!/^[0-9]{4}$/.test(y)) return null;
  if (!(month >= 1 && month <= 12)) return null;
  if (!(day >= 1 && day <= daysInMonth(Number(y), month))) return null;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

export function formatMonthDay(month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12)) return null;
  if (!(day >= 1 && day <= (month === 2 ? 29 : (DAYS[month - 1] ?? 0)))) return null;
  return `--${pad2(month)}-${pad2(day)}`;
}

export function formatYearMonth(year: string | number, month: number): string | null {
  const y = typeof year === 'number' ? String(year).padStart(4, '0') : year;
  if (!/^[0-9]{4}$/.test(y)) return null;
  if (!(month >= 1 && month <= 12)) return null;
  return `${y}-${pad2(month)}`;
}

type Output = 'date' | 'monthDay' | 'yearMonth';
/** Group numbers (1-based) of day, month and year in a pattern. */
interface Groups {
  d?: number;
  m: number;
  y?: number;
}
type MonthReader = (token: string) => number | undefined;

const numericMonth: MonthReader = (t) => (/^[0-9]{1,2}$/.test(t) ? Number(t) : undefined);

/** Builds a transformation from an anchored pattern over the trimmed (and optionally digit-normalized) input. */
function dateFn(
  pattern: RegExp,
  groups: Groups,
  out: Output,
  month: MonthReader = numericMonth,
  normalize: (s: string) => string = (s) => s,
  year: (y: string) => string | null = fourDigitYear,
): TransformFn {
  return (input) => {
    const mt = pattern.exec(normalize(trimXml(input)));
    if (!mt) return null;
    const mo = month(mt[groups.m] ?? '');
    if (mo === undefined) return null;
    const day = groups.d !== undefined ? Number(mt[groups.d]) : 0;
    const yr = groups.y !== undefined ? year(mt[groups.y] ?? '') : null;
    if (out === 'monthDay') return formatMonthDay(mo, day);
    if (yr === null) return null;
    return out === 'date' ? formatDate(yr, mo, day) : formatYearMonth(yr, mo);
  };
}

const Y = '([0-9]{4}|[0-9]{1,2})';
const D = '([0-9]{1,2})';

// ---- numeric dates (TRR 2-5) -------------------------------------------------------------------------

/** date-day-month / datedaymonth: D(D) sep M(M). */
export const dateDayMonth = dateFn(new RegExp(`^${D}[^0-9]+${D}$`), { d: 1, m: 2 }, 'monthDay');
/** date-month-day / datemonthday: M(M) sep D(D), optional ordinal suffix ("12/31st"). */
export const dateMonthDay = dateFn(new RegExp(`^${D}[^0-9]+${D}[A-Za-z]*$`), { m: 1, d: 2 }, 'monthDay');
/** datedaymonthyear (TRR 2/3): D(D) sep M(M) sep YY(YY). */
export const dateDayMonthYearTr2 = dateFn(new RegExp(`^${D}[^0-9]+${D}[^0-9]+${Y}$`), { d: 1, m: 2, y: 3 }, 'date');
/** date-day-month-year (TRR 4/5): as TRR 2, Devanagari digits accepted. */
export const dateDayMonthYearTr4 = dateFn(
  new RegExp(`^${D}[^0-9]+${D}[^0-9]+${Y}$`),
  { d: 1, m: 2, y: 3 },
  'date',
  numericMonth,
  devanagariToAscii,
);
/** date-month-day-year / datemonthdayyear: M(M) sep D(D) sep YY(YY). */
export const dateMonthDayYear = dateFn(new RegExp(`^${D}[^0-9]+${D}[^0-9]+${Y}$`), { m: 1, d: 2, y: 3 }, 'date');
/** datemonthyear (TRR 3): M(M) sep YY(YY). */
export const dateMonthYearTr3 = dateFn(new RegExp(`^${D}[^0-9]+${Y}$`), { m: 1, y: 2 }, 'yearMonth');
/** date-month-year (TRR 4/5): as TRR 3, Devanagari digits accepted. */
export const dateMonthYearTr4 = dateFn(
  new RegExp(`^${D}[^0-9]+${Y}$`),
  { m: 1, y: 2 },
  'yearMonth',
  numericMonth,
  devanagariToAscii,
);
/** dateyearmonthday / date-year-month-day: YY(YY) sep M(M) sep D(D) [non-digits, e.g. 日], full-width digits accepted. */
export const dateYearMonthDay = dateFn(
  new RegExp(`^${Y}[^0-9]+${D}[^0-9]+${D}[^0-9]*$`),
  { y: 1, m: 2, d: 3 },
  'date',
  numericMonth,
  fullWidthToAscii,
);
/** date-year-month (TRR 4/5): YY(YY) sep M(M) [non-digits], full-width digits accepted. */
export const dateYearMonth = dateFn(
  new RegExp(`^${Y}[^0-9]+${D}[^0-9]*$`),
  { y: 1, m: 2 },
  'yearMonth',
  numericMonth,
  fullWidthToAscii,
);

// ---- month names -------------------------------------------------------------------------------------

const byName =
  (lang: MonthLanguage): MonthReader =>
  (t) =>
    monthNumber(lang, t);
/** `MON` in a pattern template stands for the language's month token group. */
const pat = (lang: MonthLanguage, template: string): RegExp =>
  new RegExp(`^${template.replace('MON', `(${monthAlternation(lang)})`)}$`, 'iu');

/** Pattern templates per language where the registry deviates from the common shape. */
interface NameShapes {
  dayMonth?: string;
  dayMonthYear?: string;
  monthYear?: string;
}
const COMMON: Required<NameShapes> = {
  dayMonth: `${D}[^0-9]+MON[^0-9]{0,8}`,
  dayMonthYear: `${D}[^0-9]+MON[^0-9]+${Y}`,
  monthYear: `MON[^0-9]+${Y}`,
};
const SHAPES: Partial<Record<keyof typeof MONTHS, NameShapes>> = {
  en: { dayMonth: `${D}[^0-9]+MON` },
  bg: { dayMonthYear: `${D}[^0-9]+MON[^0-9]+${Y}[^0-9]*`, monthYear: `MON[^0-9]+${Y}[^0-9]*` },
  // Czech month names are matched as whole words.
  cs: {
    dayMonth: `${D}[^0-9]+MON\\.?`,
    dayMonthYear: `${D}[^0-9]+MON[^0-9a-zA-Z][^0-9]*${Y}`,
    monthYear: `MON[^0-9a-zA-Z][^0-9]*${Y}`,
  },
  cy: { dayMonth: `${D}[^0-9]*[^0-9a-zA-Z]MON[^0-9]{0,8}`, dayMonthYear: `${D}[^0-9]*[^0-9a-zA-Z]MON[^0-9]+${Y}` },
  fi: { dayMonth: `${D}[^0-9]*[^0-9a-zA-Z]MON[^0-9]{0,8}`, dayMonthYear: `${D}[^0-9]*[^0-9a-zA-Z]MON[^0-9]+${Y}` },
  pl: {
    dayMonth: `${D}[^0-9]*[^0-9a-zA-Z]MON[^0-9]{0,9}`,
    dayMonthYear: `${D}[^0-9]*[^0-9a-zA-Z]MON[^0-9]+${Y}[^0-9]*`,
    monthYear: `MON[^0-9]+${Y}[^0-9]*`,
  },
};

type NameLang = Exclude<keyof typeof MONTHS, 'da' | 'hi' | 'csDay'>;
/** Month tokens accepted after a day number (Czech: genitive forms only). */
const dayLang = (lang: NameLang): MonthLanguage => (lang === 'cs' ? MONTHS.csDay : MONTHS[lang]);
const shape = (lang: NameLang, k: keyof NameShapes): string => SHAPES[lang]?.[k] ?? COMMON[k];

/** date-day-monthname-xx: D(D) sep month name → --mm-dd. */
export const dayMonthName = (lang: NameLang): TransformFn =>
  dateFn(pat(dayLang(lang), shape(lang, 'dayMonth')), { d: 1, m: 2 }, 'monthDay', byName(dayLang(lang)));
/** date-day-monthname-year-xx: D(D) sep month name sep YY(YY) → yyyy-mm-dd. */
export const dayMonthNameYear = (lang: NameLang): TransformFn =>
  dateFn(pat(dayLang(lang), shape(lang, 'dayMonthYear')), { d: 1, m: 2, y: 3 }, 'date', byName(dayLang(lang)));
/** date-monthname-year-xx: month name sep YY(YY) → yyyy-mm. */
export const monthNameYear = (lang: NameLang): TransformFn =>
  dateFn(pat(MONTHS[lang], shape(lang, 'monthYear')), { m: 1, y: 2 }, 'yearMonth', byName(MONTHS[lang]));

const EN = MONTHS.en;
const enMonth = byName(EN);
/** date-monthname-day-en: month name sep D(D) [st|nd|rd|th]. */
export const monthNameDayEn = dateFn(pat(EN, `MON[^0-9]+${D}[A-Za-z]{0,2}`), { m: 1, d: 2 }, 'monthDay', enMonth);
/** date-monthname-day-year-en: "December 31, 2023". */
export const monthNameDayYearEn = dateFn(
  pat(EN, `MON[^0-9]+([0-9]+)[^0-9]+${Y}`),
  { m: 1, d: 2, y: 3 },
  'date',
  enMonth,
);
/** date-year-monthname-en: "2023 December". */
export const yearMonthNameEn = dateFn(pat(EN, `${Y}[^0-9]+MON`), { y: 1, m: 2 }, 'yearMonth', enMonth);

const HU = MONTHS.hu;
export const monthNameDayHu = dateFn(pat(HU, `MON[^0-9]+${D}`), { m: 1, d: 2 }, 'monthDay', byName(HU));
export const yearMonthNameHu = dateFn(pat(HU, `${Y}[^0-9]+MON[^0-9]{0,7}`), { y: 1, m: 2 }, 'yearMonth', byName(HU));
export const yearMonthNameDayHu = dateFn(
  pat(HU, `${Y}[^0-9]+MON[^0-9]+${D}`),
  { y: 1, m: 2, d: 3 },
  'date',
  byName(HU),
);

const LT = MONTHS.lt;
export const monthNameDayLt = dateFn(pat(LT, `MON[^0-9]+${D}[^0-9]*`), { m: 1, d: 2 }, 'monthDay', byName(LT));
export const yearMonthNameLt = dateFn(
  pat(LT, `${Y}[^0-9]*[^0-9a-zA-Z]MON[^0-9]*`),
  { y: 1, m: 2 },
  'yearMonth',
  byName(LT),
);
export const yearMonthNameDayLt = dateFn(
  pat(LT, `${Y}[^0-9]*[^0-9a-zA-Z]MON[^0-9]+${D}[^0-9]*`),
  { y: 1, m: 2, d: 3 },
  'date',
  byName(LT),
);

const LV = MONTHS.lv;
export const yearMonthNameLv = dateFn(pat(LV, `${Y}[^0-9]+MON[^0-9]{0,7}`), { y: 1, m: 2 }, 'yearMonth', byName(LV));
/** date-year-day-monthname-lv: "2023. gada 31. decembris". */
export const yearDayMonthNameLv = dateFn(
  pat(LV, `${Y}[^0-9]+${D}[^0-9]+MON[^0-9]*`),
  { y: 1, d: 2, m: 3 },
  'date',
  byName(LV),
);

// Danish / Swedish: three-letter stem, then either the rest of the name or a period (not both).
const DA = MONTHS.da;
const daMonth = (stem: string, rest: string, dots: string): number | undefined =>
  rest !== '' && dots !== '' ? undefined : monthNumber(DA, stem);
const daStem = `(${monthAlternation(DA)})([a-z]*)(\\.*)`;
export const dayMonthNameDa: TransformFn = (input) => {
  const m = new RegExp(`^${D}[^0-9]+${daStem}$`, 'i').exec(trimXml(input));
  if (!m) return null;
  const mo = daMonth(m[2] ?? '', m[3] ?? '', m[4] ?? '');
  return mo === undefined ? null : formatMonthDay(mo, Number(m[1]));
};
export const dayMonthNameYearDa: TransformFn = (input) => {
  const m = new RegExp(`^${D}[^0-9]+${daStem}[^0-9]*${Y}$`, 'i').exec(trimXml(input));
  if (!m) return null;
  const mo = daMonth(m[2] ?? '', m[3] ?? '', m[4] ?? '');
  const y = fourDigitYear(m[5] ?? '');
  return mo === undefined || y === null ? null : formatDate(y, mo, Number(m[1]));
};
export const monthNameYearDa: TransformFn = (input) => {
  const m = new RegExp(`^${daStem}[^0-9]*${Y}$`, 'i').exec(trimXml(input));
  if (!m) return null;
  const mo = daMonth(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  const y = fourDigitYear(m[4] ?? '');
  return mo === undefined || y === null ? null : formatYearMonth(y, mo);
};

// Roman-numeral months: "31.XII.2023", "31 xii", "XII 2023".
const ROMAN = '(I?[XVI]I{0,3}|i?[xvi]i{0,3})';
export const dayMonthRoman = dateFn(
  new RegExp(`^${D}[^0-9]*[^XVIxvi]${ROMAN}$`),
  { d: 1, m: 2 },
  'monthDay',
  romanMonth,
);
export const dayMonthRomanYear = dateFn(
  new RegExp(`^${D}[^0-9]*[^XVIxvi]${ROMAN}[^XVIxvi][^0-9]*${Y}$`),
  { d: 1, m: 2, y: 3 },
  'date',
  romanMonth,
);
export const monthRomanYear = dateFn(
  new RegExp(`^${ROMAN}[^XVIxvi][^0-9]*${Y}$`),
  { m: 1, y: 2 },
  'yearMonth',
  romanMonth,
);

// Hindi (Devanagari) Gregorian month names; years two or four digits, ASCII or Devanagari.
const HI = MONTHS.hi;
const HI_Y = '([0-9]{4}|[0-9]{2})';
export const dayMonthNameYearHi = dateFn(
  new RegExp(`^([0-9]{1,2})[^0-9]+(${monthAlternation(HI)})[^0-9]+${HI_Y}$`, 'u'),
  { d: 1, m: 2, y: 3 },
  'date',
  byName(HI),
  devanagariToAscii,
);
export const monthNameYearHi = dateFn(
  new RegExp(`^(${monthAlternation(HI)})[^0-9]+${HI_Y}$`, 'u'),
  { m: 1, y: 2 },
  'yearMonth',
  byName(HI),
  devanagariToAscii,
);
/** datedaymonthyearin (TRR 3): as the Hindi transformation, the month may also be numeric. */
export const dateDayMonthYearInTr3 = dateFn(
  new RegExp(`^([0-9]{1,2})[^0-9]+(${monthAlternation(HI)}|[0-9]{1,2})[^0-9]+${HI_Y}$`, 'u'),
  { d: 1, m: 2, y: 3 },
  'date',
  (t) => numericMonth(t) ?? monthNumber(HI, t),
  devanagariToAscii,
);

// ---- Indian national (Saka) calendar: date-ind-day-monthname-year-hi / calindaymonthyear -------------

/** Month name forms (transliterated and Devanagari) of the Saka months, in month order. */
const SAKA_MONTHS: readonly string[] = [
  'C\\S*ait|चैत्र',
  'Vai|वैशाख|बैसाख',
  'Jy|ज्येष्ठ',
  'dha|ḍha|आषाढ़|आषाढ',
  'vana|Śrāvaṇa|श्रावण|सावन',
  'Bh\\S+dra|Proṣṭhapada|भाद्रपद|भादो',
  'in|आश्विन',
  'K\\S+rti|कार्तिक',
  'M\\S+rga|Agra|मार्गशीर्ष|अगहन',
  'Pau|पौष',
  'M\\S+gh|माघ',
  'Ph\\S+lg|फाल्गुन',
];
const SAKA_RE = new RegExp(`^([0-9]{1,2})[^0-9]+(${SAKA_MONTHS.join('|')})[^0-9]+([0-9]{4}|[0-9]{2})$`, 'u');
const SAKA_MONTH_RES = SAKA_MONTHS.map((a) => new RegExp(`^(?:${a})$`, 'u'));
/** Days per Saka month (Chaitra has 31 in a Gregorian leap year) and the Gregorian (month, day) each starts on. */
const SAKA_LENGTH = [30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30];
const SAKA_START: readonly (readonly [number, number, number])[] = [
  [3, 22, 0],
  [4, 21, 0],
  [5, 22, 0],
  [6, 22, 0],
  [7, 23, 0],
  [8, 23, 0],
  [9, 23, 0],
  [10, 23, 0],
  [11, 22, 0],
  [12, 22, 0],
  [1, 21, 1],
  [2, 20, 1],
];

/** Gregorian date of a Saka date, or null when the day does not exist. */
export function sakaToGregorian(sYear: number, sMonth: number, sDay: number): string | null {
  let gYear = sYear + 78;
  const leapStart = isLeapYear(gYear);
  if (sMonth < 1 || sMonth > 12) return null;
  const len = (SAKA_LENGTH[sMonth - 1] ?? 0) + (leapStart && sMonth === 1 ? 1 : 0);
  if (sDay < 1 || sDay > len) return null;
  const [startMonth, startDay0, yearOffset] = SAKA_START[sMonth - 1] as readonly [number, number, number];
  const startDay = leapStart && sMonth === 1 ? startDay0 - 1 : startDay0;
  gYear += yearOffset;
  let gMonth = startMonth;
  let gDay = startDay + sDay - 1;
  const monthLen = daysInMonth(gYear, gMonth);
  if (gDay > monthLen) {
    gDay -= monthLen;
    gMonth += 1;
    if (gMonth === 13) {
      gMonth = 1;
      gYear += 1;
    }
  }
  return formatDate(gYear, gMonth, gDay);
}

export const dateIndDayMonthNameYearHi: TransformFn = (input) => {
  const m = SAKA_RE.exec(devanagariToAscii(trimXml(input)));
  if (!m) return null;
  const token = m[2] ?? '';
  const month = SAKA_MONTH_RES.findIndex((re) => re.test(token)) + 1;
  const day = Number(m[1]);
  let y = m[3] ?? '';
  // Two-digit Saka years: 22-99 are 19yy; 00-21 are 20yy, except year 21 from month 10 day 11 on (19yy),
  // the rule Arelle applies.
  if (y.length === 2) y = y > '21' || (y === '21' && month >= 10 && day >= 11) ? `19${y}` : `20${y}`;
  return month < 1 ? null : sakaToGregorian(Number(y), month, day);
};

// ---- Japanese / CJK ----------------------------------------------------------------------------------

const WS = '[\\s\\u3000]*';
const ERAS: Record<string, number> = {
  明治: 1867,
  明: 1867,
  大正: 1911,
  大: 1911,
  昭和: 1925,
  昭: 1925,
  平成: 1988,
  平: 1988,
  令和: 2018,
  令: 2018,
};
const ERA = '(明治|明|大正|大|昭和|昭|平成|平|令和|令)';
const eraYear = (era: string, y: string): number => (ERAS[era] ?? 0) + (y === '元' ? 1 : Number(y));

/** date-jpn-era-year-month-day / dateerayearmonthdayjp: "平成23年3月31日", "令和元年5月1日". */
export const dateJpnEraYearMonthDay: TransformFn = (input) => {
  const m = new RegExp(
    `^${WS}${ERA}${WS}([0-9]{1,2}|元)${WS}年${WS}([0-9]{1,2})${WS}月${WS}([0-9]{1,2})${WS}日${WS}$`,
  ).exec(fullWidthToAscii(input));
  if (!m) return null;
  return formatDate(eraYear(m[1] ?? '', m[2] ?? ''), Number(m[3]), Number(m[4]));
};
/** date-jpn-era-year-month / dateerayearmonthjp: "平成23年3月". */
export const dateJpnEraYearMonth: TransformFn = (input) => {
  const m = new RegExp(`^${WS}${ERA}${WS}([0-9]{1,2}|元)${WS}年${WS}([0-9]{1,2})${WS}月${WS}$`).exec(
    fullWidthToAscii(input),
  );
  if (!m) return null;
  return formatYearMonth(eraYear(m[1] ?? '', m[2] ?? ''), Number(m[3]));
};
/** dateyearmonthdaycjk (TRR 2/3): "2011年3月31日". */
export const dateYearMonthDayCjk: TransformFn = (input) => {
  const m = new RegExp(`^${WS}([0-9]{4}|[0-9]{1,2})${WS}年${WS}([0-9]{1,2})${WS}月${WS}([0-9]{1,2})${WS}日${WS}$`).exec(
    fullWidthToAscii(input),
  );
  if (!m) return null;
  const y = fourDigitYear(m[1] ?? '');
  return y === null ? null : formatDate(y, Number(m[2]), Number(m[3]));
};
/** dateyearmonthcjk (TRR 2/3): "2011年3月". */
export const dateYearMonthCjk: TransformFn = (input) => {
  const m = new RegExp(`^${WS}([0-9]{4}|[0-9]{1,2})${WS}年${WS}([0-9]{1,2})${WS}月${WS}$`).exec(
    fullWidthToAscii(input),
  );
  if (!m) return null;
  const y = fourDigitYear(m[1] ?? '');
  return y === null ? null : formatYearMonth(y, Number(m[2]));
};

// ---- TRR 1 (2010-04-20) ------------------------------------------------------------------------------

const EN_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const EN_SHORT = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** TRR 1 month names: exactly as listed (Title case), no other case forms. */
const tr1Month: MonthReader = (t) => {
  const full = EN_FULL.split('|').indexOf(t);
  if (full >= 0) return full + 1;
  const short = EN_SHORT.split('|').indexOf(t);
  return short >= 0 ? short + 1 : undefined;
};
const tr1 = (template: string, groups: Groups, out: Output): TransformFn =>
  dateFn(
    new RegExp(`^${template}$`),
    groups,
    out,
    (t) => tr1Month(t) ?? numericMonth(t),
    (s) => s,
    tr1Year,
  );
/** TRR 1 years are two or four digits; two-digit years are 20yy. */
const tr1Year = (y: string): string | null => (/^[0-9]{2}$|^[0-9]{4}$/.test(y) ? fourDigitYear(y) : null);
const Y2 = '([0-9]{2}|[0-9]{4})';

export const tr1Dates = {
  dateslashus: tr1(`${D}/${D}/${Y2}`, { m: 1, d: 2, y: 3 }, 'date'),
  dateslasheu: tr1(`${D}/${D}/${Y2}`, { d: 1, m: 2, y: 3 }, 'date'),
  datedotus: tr1(`${D}\\.${D}\\.${Y2}`, { m: 1, d: 2, y: 3 }, 'date'),
  datedoteu: tr1(`${D}\\.${D}\\.${Y2}`, { d: 1, m: 2, y: 3 }, 'date'),
  datelongus: tr1(`(${EN_FULL}) ${D}, ${Y2}`, { m: 1, d: 2, y: 3 }, 'date'),
  dateshortus: tr1(`(${EN_SHORT}) ${D}, ${Y2}`, { m: 1, d: 2, y: 3 }, 'date'),
  datelonguk: tr1(`${D} (${EN_FULL}) ${Y2}`, { d: 1, m: 2, y: 3 }, 'date'),
  dateshortuk: tr1(`${D} (${EN_SHORT}) ${Y2}`, { d: 1, m: 2, y: 3 }, 'date'),
  datelongdaymonthuk: tr1(`${D} (${EN_FULL})`, { d: 1, m: 2 }, 'monthDay'),
  dateshortdaymonthuk: tr1(`${D}\\s+(${EN_SHORT})`, { d: 1, m: 2 }, 'monthDay'),
  datelongmonthdayus: tr1(`(${EN_FULL}) ${D}`, { m: 1, d: 2 }, 'monthDay'),
  dateshortmonthdayus: tr1(`(${EN_SHORT})\\s+${D}[A-Za-z]{0,2}`, { m: 1, d: 2 }, 'monthDay'),
  dateslashdaymontheu: tr1(`${D}/${D}`, { d: 1, m: 2 }, 'monthDay'),
  dateslashmonthdayus: tr1(`${D}/${D}`, { m: 1, d: 2 }, 'monthDay'),
  datelongyearmonth: tr1(`${Y2}\\s+(${EN_FULL})`, { y: 1, m: 2 }, 'yearMonth'),
  dateshortyearmonth: tr1(`${Y2}\\s+(${EN_SHORT})`, { y: 1, m: 2 }, 'yearMonth'),
  datelongmonthyear: tr1(`(${EN_FULL})\\s+${Y2}`, { m: 1, y: 2 }, 'yearMonth'),
  dateshortmonthyear: tr1(`(${EN_SHORT})\\s+${Y2}`, { m: 1, y: 2 }, 'yearMonth'),
} satisfies Record<string, TransformFn>;
