/**
 * Numeric transformations of the Transformation Rules Registry. Pure string manipulation:
 * numbers are never parsed into JS floats, so any number of digits is preserved exactly.
 * Outputs are canonical xs:decimal lexical forms without sign ("1234.56", "0.5", "1000").
 */

/** A transformation: returns the output value, or null when the input does not match its lexical pattern. */
export type TransformFn = (input: string) => string | null;

/** Characters XML Schema treats as whitespace; the registry patterns allow them around the value. */
export function trimXml(s: string): string {
  // Index scan rather than a `\s+$` regex, which is quadratic on long inner runs of whitespace.
  const ws = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  let start = 0;
  let end = s.length;
  while (start < end && ws(s.charCodeAt(start))) start++;
  while (end > start && ws(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const DEVANAGARI_DIGIT = /[\u0966-\u096F]/g;
/** Full-width (CJK) digits ０-９ to ASCII. */
export const fullWidthToAscii = (s: string): string =>
  s.replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
/** Devanagari digits ०-९ to ASCII. */
export const devanagariToAscii = (s: string): string =>
  s.replace(DEVANAGARI_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0966 + 0x30));

/**
 * Canonical xs:decimal of an unsigned decimal made of ASCII digits and at most one '.'
 * ("007.50" -> "7.5", ".5" -> "0.5", "12." -> "12", "0.000" -> "0"); null when it is not one.
 */
export function canonicalDecimal(s: string): string | null {
  const m = /^([0-9]*)(?:\.([0-9]*))?$/.exec(s);
  if (!m) return null;
  const intDigits = m[1] ?? '';
  const fracDigits = m[2] ?? '';
  if (intDigits === '' && fracDigits === '') return null;
  const int = intDigits.replace(/^0+/, '') || '0';
  const frac = fracDigits.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

const removeChars = (s: string, chars: string): string => {
  let out = '';
  for (const c of s) if (!chars.includes(c)) out += c;
  return out;
};

const APOSTROPHES = "'`´’′";
const SPACES = ' \u00A0';

/**
 * TRR 4/5 num-dot-decimal / num-comma-decimal (and the TRR 5 -apos variants): any mixture of digits and
 * grouping characters (the non-decimal separator, space, no-break space, and for -apos apostrophes),
 * optionally the decimal separator followed by digits (spaces allowed). At least one digit.
 */
function relaxedDecimal(decimalSep: '.' | ',', groupChars: string): TransformFn {
  const cls = (extra: string): string => `[${(extra + groupChars + SPACES).replace(/[\]\\^-]/g, '\\$&')}0-9]`;
  const re = new RegExp(`^${cls('')}*(?:\\${decimalSep}[ \\u00A00-9]+)?$`);
  return (input) => {
    const s = trimXml(input);
    if (!re.test(s)) return null;
    let digits = removeChars(s, groupChars + SPACES);
    if (decimalSep === ',') digits = digits.replace(',', '.');
    if (!/[0-9]/.test(digits)) return null;
    return canonicalDecimal(digits);
  };
}

export const numDotDecimalTr4 = relaxedDecimal('.', ',');
export const numCommaDecimalTr4 = relaxedDecimal(',', '.');
export const numDotDecimalApos = relaxedDecimal('.', ',' + APOSTROPHES);
export const numCommaDecimalApos = relaxedDecimal(',', '.' + APOSTROPHES);

/**
 * TRR 4/5 num-unit-decimal: major units, a unit word (non-digits), 1-2 digit minor units, optional trailing
 * non-digits: "5 Euro 50", "1.234 Euro 5 Cent", "１２３円４５銭". Minor units are hundredths ("5" -> .05).
 */
function unitDecimal(extraGroupChars: string): TransformFn {
  const sepChars = `.,\\uFF0C\\uFF0E${extraGroupChars}`;
  const re = new RegExp(`^([0-9${sepChars}]+)([^0-9${sepChars}][^0-9]*)([0-9]{1,2})[^0-9]*$`);
  return (input) => {
    const s = fullWidthToAscii(trimXml(input));
    const m = re.exec(s);
    if (!m) return null;
    const major = removeChars(m[1] ?? '', `.,\uFF0C\uFF0E${extraGroupChars}`);
    const minor = (m[3] ?? '').padStart(2, '0');
    if (major === '') return null;
    return canonicalDecimal(`${major}.${minor}`);
  };
}
export const numUnitDecimalTr4 = unitDecimal('');
export const numUnitDecimalApos = unitDecimal("'`´’′\uFF07");

/** Runs `re` on the trimmed input; on a match removes `strip` characters, turns `decimalSep` into '.', canonicalizes. */
function strictDecimal(re: RegExp, strip: string, decimalSep: '.' | ','): TransformFn {
  return (input) => {
    const s = trimXml(input);
    if (!re.test(s)) return null;
    let v = removeChars(s, strip);
    if (decimalSep === ',') v = v.replace(',', '.');
    return canonicalDecimal(v);
  };
}

// TRR 2/3: strict three-digit grouping.
export const numDotDecimalTr2 = strictDecimal(/^[0-9]{1,3}(?:[, \u00A0]?[0-9]{3})*(?:\.[0-9]+)?$/, ', \u00A0', '.');
export const numCommaDecimalTr2 = strictDecimal(/^[0-9]{1,3}(?:[. \u00A0]?[0-9]{3})*(?:,[0-9]+)?$/, '. \u00A0', ',');

/** TRR 2/3 numunitdecimal: major units with optional three-digit grouping, unit, 1-2 digit minor units. */
export const numUnitDecimalTr2: TransformFn = (input) => {
  const s = fullWidthToAscii(trimXml(input));
  const m =
    /^(0|[1-9][0-9]{0,2}(?:[.,\uFF0C\uFF0E]?[0-9]{3})*)[^0-9.,\uFF0C\uFF0E]+([0-9]{1,2})[^0-9.,\uFF0C\uFF0E]*$/.exec(s);
  if (!m) return null;
  return canonicalDecimal(`${removeChars(m[1] ?? '', '.,\uFF0C\uFF0E')}.${(m[2] ?? '').padStart(2, '0')}`);
};

/** TRR 3 numdotdecimalin: Indian grouping (lakh/crore: 1,00,00,000.00) or no grouping. */
export const numDotDecimalIn: TransformFn = (input) => {
  const s = trimXml(input);
  const m = /^(?:((?:[0-9]{1,2}[, \u00A0])?(?:[0-9]{2}[, \u00A0])*[0-9]{3})|([0-9]+))(\.[0-9]+)?$/.exec(s);
  if (!m) return null;
  return canonicalDecimal(removeChars(m[1] ?? m[2] ?? '', ', \u00A0') + (m[3] ?? ''));
};

/** TRR 3 numunitdecimalin: Indian grouping, unit, 1-2 digit minor units ("1,00,000 rupees 50 paise"). */
export const numUnitDecimalIn: TransformFn = (input) => {
  const s = trimXml(input);
  const m = /^(?:((?:[0-9]{1,2}[, \u00A0])?(?:[0-9]{2}[, \u00A0])*[0-9]{3})|([0-9]+))[^0-9]+([0-9]{1,2})[^0-9]*$/.exec(
    s,
  );
  if (!m) return null;
  return canonicalDecimal(`${removeChars(m[1] ?? m[2] ?? '', ', \u00A0')}.${(m[3] ?? '').padStart(2, '0')}`);
};

/** TRR 2/3 zerodash: a single dash (hyphen-minus or any Unicode dash) means zero. */
export const zeroDash: TransformFn = (input) =>
  /^[-\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D]$/.test(trimXml(input)) ? '0' : null;

// TRR 1 (2010-04-20) numeric transformations.
export const numCommaDot = strictDecimal(/^[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?$/, ',', '.');
export const numDotComma = strictDecimal(/^[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?$/, '.', ',');
export const numSpaceDot = strictDecimal(/^[0-9]{1,3}(?:[ \u00A0][0-9]{3})*(?:\.[0-9]+)?$/, ' \u00A0', '.');
export const numSpaceComma = strictDecimal(/^[0-9]{1,3}(?:[ \u00A0][0-9]{3})*(?:,[0-9]+)?$/, ' \u00A0', ',');
export const numComma = strictDecimal(/^[0-9]+(?:,[0-9]+)?$/, '', ',');
export const numDash: TransformFn = (input) => (trimXml(input) === '-' ? '0' : null);
