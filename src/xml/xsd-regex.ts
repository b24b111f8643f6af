/**
 * XML Schema regular expressions (XML Schema Part 2 Datatypes, Appendix F) translated to JavaScript RegExps.
 *
 * Differences from JavaScript syntax handled here: the whole pattern is implicitly anchored; `^` and `$` are
 * ordinary characters; `.` excludes only `\n` and `\r`; multi-character escapes `\i \I \c \C` (XML name
 * characters), `\d` (= `\p{Nd}`), `\w` (everything except `\p{P}`, `\p{Z}`, `\p{C}`), `\s` (space, tab, CR, LF);
 * `\p{IsBlock}` Unicode block escapes; character class subtraction `[a-z-[aeiou]]`. No back references,
 * no lazy quantifiers, no anchors, no lookaround: anything outside the XSD grammar throws.
 *
 * The output always uses the `u` flag and matches whole code points. Results are cached by pattern source.
 */

/** XML 1.0 (5th edition) NameStartChar ranges, as RegExp class content (used for `\i` and by the datatypes). */
export const NAME_START_CLASS =
  ':A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}\\u{200C}-\\u{200D}' +
  '\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
/** XML 1.0 (5th edition) NameChar ranges, as RegExp class content (used for `\c`). */
export const NAME_CHAR_CLASS = NAME_START_CLASS + '\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}';

const SPACE_CLASS = ' \\t\\n\\r';
const NOT_WORD_CLASS = '\\p{P}\\p{Z}\\p{C}';

/** General categories allowed in `\p{..}` (XSD 1.0 F.1.1). */
const CATEGORIES = new Set([
  'L',
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'M',
  'Mn',
  'Mc',
  'Me',
  'N',
  'Nd',
  'Nl',
  'No',
  'P',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'Z',
  'Zs',
  'Zl',
  'Zp',
  'S',
  'Sm',
  'Sc',
  'Sk',
  'So',
  'C',
  'Cc',
  'Cf',
  'Co',
  'Cn',
]);

/** Unicode 3.1 blocks as listed by XSD 1.0 F.1.1 (names with spaces removed). PrivateUse and Specials have several ranges. */
const BLOCKS: Record<string, [number, number][]> = {};
for (const line of `
0000 007F BasicLatin|0080 00FF Latin-1Supplement|0100 017F LatinExtended-A|0180 024F LatinExtended-B|0250 02AF IPAExtensions
02B0 02FF SpacingModifierLetters|0300 036F CombiningDiacriticalMarks|0370 03FF Greek|0400 04FF Cyrillic|0530 058F Armenian
0590 05FF Hebrew|0600 06FF Arabic|0700 074F Syriac|0780 07BF Thaana|0900 097F Devanagari|0980 09FF Bengali|0A00 0A7F Gurmukhi
0A80 0AFF Gujarati|0B00 0B7F Oriya|0B80 0BFF Tamil|0C00 0C7F Telugu|0C80 0CFF Kannada|0D00 0D7F Malayalam|0D80 0DFF Sinhala
0E00 0E7F Thai|0E80 0EFF Lao|0F00 0FFF Tibetan|1000 109F Myanmar|10A0 10FF Georgian|1100 11FF HangulJamo|1200 137F Ethiopic
13A0 13FF Cherokee|1400 167F UnifiedCanadianAboriginalSyllabics|1680 169F Ogham|16A0 16FF Runic|1780 17FF Khmer
1800 18AF Mongolian|1E00 1EFF LatinExtendedAdditional|1F00 1FFF GreekExtended|2000 206F GeneralPunctuation
2070 209F SuperscriptsandSubscripts|20A0 20CF CurrencySymbols|20D0 20FF CombiningMarksforSymbols|2100 214F LetterlikeSymbols
2150 218F NumberForms|2190 21FF Arrows|2200 22FF MathematicalOperators|2300 23FF MiscellaneousTechnical|2400 243F ControlPictures
2440 245F OpticalCharacterRecognition|2460 24FF EnclosedAlphanumerics|2500 257F BoxDrawing|2580 259F BlockElements
25A0 25FF GeometricShapes|2600 26FF MiscellaneousSymbols|2700 27BF Dingbats|2800 28FF BraillePatterns
2E80 2EFF CJKRadicalsSupplement|2F00 2FDF KangxiRadicals|2FF0 2FFF IdeographicDescriptionCharacters
3000 303F CJKSymbolsandPunctuation|3040 309F Hiragana|30A0 30FF Katakana|3100 312F Bopomofo|3130 318F HangulCompatibilityJamo
3190 319F Kanbun|31A0 31BF BopomofoExtended|3200 32FF EnclosedCJKLettersandMonths|3300 33FF CJKCompatibility
3400 4DB5 CJKUnifiedIdeographsExtensionA|4E00 9FFF CJKUnifiedIdeographs|A000 A48F YiSyllables|A490 A4CF YiRadicals
AC00 D7A3 HangulSyllables|D800 DB7F HighSurrogates|DB80 DBFF HighPrivateUseSurrogates|DC00 DFFF LowSurrogates
E000 F8FF PrivateUse|F900 FAFF CJKCompatibilityIdeographs|FB00 FB4F AlphabeticPresentationForms
FB50 FDFF ArabicPresentationForms-A|FE20 FE2F CombiningHalfMarks|FE30 FE4F CJKCompatibilityForms|FE50 FE6F SmallFormVariants
FE70 FEFE ArabicPresentationForms-B|FEFF FEFF Specials|FF00 FFEF HalfwidthandFullwidthForms|FFF0 FFFD Specials
10300 1032F OldItalic|10330 1034F Gothic|10400 1044F Deseret|1D000 1D0FF ByzantineMusicalSymbols|1D100 1D1FF MusicalSymbols
1D400 1D7FF MathematicalAlphanumericSymbols|20000 2A6D6 CJKUnifiedIdeographsExtensionB
2F800 2FA1F CJKCompatibilityIdeographsSupplement|E0000 E007F Tags|F0000 FFFFD PrivateUse|100000 10FFFD PrivateUse`
  .split(/[|\n]/)
  .map((s) => s.trim())
  .filter(Boolean)) {
  const [lo, hi, name] = line.split(' ') as [string, string, string];
  (BLOCKS[name] ??= []).push([parseInt(lo, 16), parseInt(hi, 16)]);
}

/**
 * A set of single characters: the union of `items` (RegExp class content: ranges and \p escapes), of the
 * complements of each `complements` entry (class content), minus `subtract`, optionally negated.
 * `expr` overrides everything: a RegExp fragment matching exactly one code point.
 */
interface CharSet {
  items: string;
  complements: string[];
}

function hex(cp: number): string {
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** Class-content form of a single code point. */
function classChar(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))
    return String.fromCodePoint(cp);
  return hex(cp);
}

/** A RegExp fragment matching exactly one character of the set (no negation). */
function renderSet(s: CharSet): string {
  const parts: string[] = [];
  if (s.items) parts.push(`[${s.items}]`);
  for (const c of s.complements) parts.push(`[^${c}]`);
  if (parts.length === 0) return '[]'; // empty set: matches nothing
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

function renderNegatedSet(s: CharSet): string {
  if (s.complements.length === 0) return `[^${s.items}]`;
  return `(?:(?!${renderSet(s)})[^])`;
}

export class XsdRegexError extends Error {}

class Parser {
  private readonly cps: number[];
  private i = 0;
  constructor(private readonly src: string) {
    this.cps = Array.from(src, (c) => c.codePointAt(0)!);
  }

  private fail(msg: string): never {
    throw new XsdRegexError(`invalid XML Schema pattern '${this.src}': ${msg} at position ${this.i}`);
  }
  private peek(off = 0): number | undefined {
    return this.cps[this.i + off];
  }

  parse(): string {
    const out = this.regExp();
    if (this.i < this.cps.length) this.fail(`unexpected '${String.fromCodePoint(this.peek()!)}'`);
    return out;
  }

  private regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === 0x7c /* | */) {
      this.i++;
      branches.push(this.branch());
    }
    return branches.join('|');
  }

  private branch(): string {
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === 0x7c || c === 0x29 /* ) */) return out;
      out += this.piece();
    }
  }

  private piece(): string {
    const atom = this.atom();
    const c = this.peek();
    if (c === 0x3f || c === 0x2a || c === 0x2b) {
      this.i++;
      return atom + String.fromCodePoint(c);
    }
    if (c === 0x7b /* { */) {
      this.i++;
      const min = this.digits();
      if (min === undefined) this.fail('quantifier needs a minimum');
      let q = `{${min}`;
      if (this.peek() === 0x2c /* , */) {
        this.i++;
        const max = this.digits();
        if (max !== undefined) {
          if (BigInt(max) < BigInt(min)) this.fail('quantifier maximum below minimum');
          q += `,${max}`;
        } else q += ',';
      }
      if (this.peek() !== 0x7d) this.fail("expected '}'");
      this.i++;
      return atom + q + '}';
    }
    return atom;
  }

  private digits(): string | undefined {
    let s = '';
    while (this.peek() !== undefined && this.peek()! >= 0x30 && this.peek()! <= 0x39)
      s += String.fromCodePoint(this.cps[this.i++]!);
    return s === '' ? undefined : s;
  }

  private atom(): string {
    const c = this.peek()!;
    switch (c) {
      case 0x28: {
        // (
        this.i++;
        const inner = this.regExp();
        if (this.peek() !== 0x29) this.fail("missing ')'");
        this.i++;
        return `(?:${inner})`;
      }
      case 0x5b: // [
        return this.charClassExpr();
      case 0x2e: // .
        this.i++;
        return '[^\\n\\r]';
      case 0x5c: {
        // backslash
        const esc = this.escape();
        if (typeof esc === 'number') return hex(esc);
        return renderSet(esc);
      }
      case 0x3f:
      case 0x2a:
      case 0x2b:
      case 0x7b:
      case 0x29:
      case 0x5d:
      case 0x7c:
        return this.fail(`unexpected '${String.fromCodePoint(c)}'`);
      default:
        this.i++;
        return hex(c);
    }
  }

  /** Parses an escape starting at '\'. Returns a code point for a single-character escape, else a set. */
  private escape(): number | CharSet {
    this.i++;
    const c = this.peek();
    if (c === undefined) this.fail('trailing backslash');
    this.i++;
    const ch = String.fromCodePoint(c);
    switch (ch) {
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case '\\':
      case '|':
      case '.':
      case '?':
      case '*':
      case '+':
      case '(':
      case ')':
      case '{':
      case '}':
      case '-':
      case '[':
      case ']':
      case '^':
        return c;
      case 's':
        return { items: SPACE_CLASS, complements: [] };
      case 'S':
        return { items: '', complements: [SPACE_CLASS] };
      case 'i':
        return { items: NAME_START_CLASS, complements: [] };
      case 'I':
        return { items: '', complements: [NAME_START_CLASS] };
      case 'c':
        return { items: NAME_CHAR_CLASS, complements: [] };
      case 'C':
        return { items: '', complements: [NAME_CHAR_CLASS] };
      case 'd':
        return { items: '\\p{Nd}', complements: [] };
      case 'D':
        return { items: '\\P{Nd}', complements: [] };
      case 'w':
        return { items: '', complements: [NOT_WORD_CLASS] };
      case 'W':
        return { items: NOT_WORD_CLASS, complements: [] };
      case 'p':
      case 'P': {
        if (this.peek() !== 0x7b) this.fail(`expected '{' after \\${ch}`);
        this.i++;
        let name = '';
        while (this.peek() !== undefined && this.peek() !== 0x7d) name += String.fromCodePoint(this.cps[this.i++]!);
        if (this.peek() !== 0x7d) this.fail("unterminated '\\p{'");
        this.i++;
        const neg = ch === 'P';
        if (CATEGORIES.has(name)) return { items: `\\${ch}{${name}}`, complements: [] };
        if (name.startsWith('Is')) {
          const ranges = BLOCKS[name.slice(2)];
          if (!ranges) this.fail(`unknown block '${name}'`);
          const content = ranges.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('');
          return neg ? { items: '', complements: [content] } : { items: content, complements: [] };
        }
        return this.fail(`unknown character property '${name}'`);
      }
      default:
        return this.fail(`invalid escape '\\${ch}'`);
    }
  }

  /** '[' charGroup ']' -> a fragment matching one code point. */
  private charClassExpr(): string {
    this.i++; // [
    let negated = false;
    if (this.peek() === 0x5e /* ^ */) {
      negated = true;
      this.i++;
    }
    const set: CharSet = { items: '', complements: [] };
    let first = true;
    let subtract: string | undefined;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail("unterminated '['");
      if (c === 0x5d /* ] */) {
        if (first) this.fail('empty character class');
        this.i++;
        break;
      }
      if (c === 0x2d /* - */) {
        if (this.peek(1) === 0x5b /* [ */) {
          if (first) this.fail('subtraction without a group');
          this.i++;
          subtract = this.charClassExpr();
          if (this.peek() !== 0x5d) this.fail("expected ']' after class subtraction");
          this.i++;
          break;
        }
        if (!first && this.peek(1) !== 0x5d) this.fail("'-' must be escaped or be first or last in a character class");
        this.i++;
        set.items += classChar(0x2d);
        first = false;
        continue;
      }
      if (c === 0x5b) this.fail("'[' must be escaped in a character class");
      let lo: number;
      if (c === 0x5c) {
        const esc = this.escape();
        if (typeof esc !== 'number') {
          set.items += esc.items;
          set.complements.push(...esc.complements);
          first = false;
          if (this.peek() === 0x2d && this.peek(1) !== 0x5d && this.peek(1) !== 0x5b)
            this.fail('a range cannot start with a multi-character escape');
          continue;
        }
        lo = esc;
      } else {
        this.i++;
        lo = c;
      }
      first = false;
      if (this.peek() === 0x2d && this.peek(1) !== 0x5d && this.peek(1) !== 0x5b) {
        this.i++; // -
        const d = this.peek()!;
        let hi: number;
        if (d === 0x5c) {
          const esc = this.escape();
          if (typeof esc !== 'number') this.fail('a range cannot end with a multi-character escape');
          hi = esc;
        } else {
          if (d === 0x5b) this.fail("'[' must be escaped in a character class");
          this.i++;
          hi = d;
        }
        if (hi < lo) this.fail('character range out of order');
        set.items += `${classChar(lo)}-${classChar(hi)}`;
        if (this.peek() === 0x2d && this.peek(1) !== 0x5d && this.peek(1) !== 0x5b)
          this.fail("'-' must be escaped after a range");
      } else {
        set.items += classChar(lo);
      }
    }
    const base = negated ? renderNegatedSet(set) : renderSet(set);
    return subtract === undefined ? base : `(?:(?!${subtract})${base})`;
  }
}

const cache = new Map<string, RegExp>();

/** Translates an XML Schema pattern to an anchored JavaScript RegExp (`u` flag). Throws `XsdRegexError` on an invalid pattern. */
export function xsdRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    const body = new Parser(pattern).parse();
    try {
      re = new RegExp(`^(?:${body})$`, 'u');
    } catch (e) {
      throw new XsdRegexError(`invalid XML Schema pattern '${pattern}': ${(e as Error).message}`);
    }
    cache.set(pattern, re);
  }
  return re;
}
