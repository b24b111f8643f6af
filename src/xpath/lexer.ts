/**
 * XPath 2.0 tokenizer (XPath 2.0 appendix A.2, lexical structure). It knows characters only: the parser decides
 * what a name means (keyword, operator, name test, function name) from its position, as the grammar's notes require.
 *
 * - Comments `(: ... :)` nest (A.2.4 comments) and count as whitespace.
 * - A QName is lexed as one token only when written without whitespace (ws:explicit): `a:b`, `a:*`, `*:b`.
 * - A numeric literal immediately followed by a name character is err:XPST0003 (A.2.1 terminal delimitation: `10div 3`).
 *
 * Throws XPathError err:XPST0003 with the offending offsets.
 */
import { XPathError } from './types.js';

export type TokenType =
  /** IntegerLiteral [71] */
  | 'int'
  /** DecimalLiteral [72] */
  | 'dec'
  /** DoubleLiteral [73] */
  | 'dbl'
  /** StringLiteral [74], `value` unescaped */
  | 'str'
  /** QName or NCName [7 Names]: `prefix` '' when unprefixed */
  | 'name'
  /** `prefix:*` */
  | 'pwild'
  /** `*:local` */
  | 'lwild'
  /** punctuation and operator symbols */
  | 'sym'
  | 'eof';

export interface Token {
  readonly type: TokenType;
  /** Source text for symbols and numbers, unescaped value for strings, the whole QName for names. */
  readonly value: string;
  readonly prefix: string;
  readonly local: string;
  readonly start: number;
  readonly end: number;
  /** True when whitespace or a comment came before this token. */
  readonly spaceBefore: boolean;
}

const NAME_START =
  /[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u;
const NAME_CHAR =
  /[-.0-9\u00B7\u0300-\u036F\u203F-\u2040A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u;

function isNameStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  const cp = text.codePointAt(i)!;
  return NAME_START.test(String.fromCodePoint(cp));
}
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || (c >= 48 && c <= 57);
  const cp = text.codePointAt(i)!;
  return NAME_CHAR.test(String.fromCodePoint(cp));
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Two-character symbols first, then one-character ones. */
const SYM2 = ['!=', '<=', '>=', '<<', '>>', '//', '::', '..'];
const SYM1 = '()[],$.@/=<>+-*|?';

/** Tokenizes a whole expression. The last token is `eof`. Throws err:XPST0003. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const fail = (msg: string, s: number, e: number): never => {
    throw new XPathError('err:XPST0003', msg, s, e);
  };
  const scanName = (from: number): number => {
    let j = from;
    while (j < n && isNameChar(text, j)) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
    return j;
  };
  for (;;) {
    // whitespace and (nested) comments
    let space = false;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) {
        i++;
        space = true;
      }
      if (text.charCodeAt(i) === 40 && text.charCodeAt(i + 1) === 58) {
        const s = i;
        let depth = 0;
        while (i < n) {
          if (text.charCodeAt(i) === 40 && text.charCodeAt(i + 1) === 58) {
            depth++;
            i += 2;
          } else if (text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) === 41) {
            depth--;
            i += 2;
            if (depth === 0) break;
          } else i++;
        }
        if (depth !== 0) fail('unterminated comment "(:"', s, n);
        space = true;
        continue;
      }
      break;
    }
    if (i >= n) {
      tokens.push({ type: 'eof', value: '', prefix: '', local: '', start: n, end: n, spaceBefore: space });
      return tokens;
    }
    const s = i;
    const c = text.charCodeAt(i);
    const tok = (type: TokenType, value: string, prefix = '', local = ''): void => {
      tokens.push({ type, value, prefix, local, start: s, end: i, spaceBefore: space });
    };
    // numeric literals [71]-[73]
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let type: TokenType = 'int';
      while (isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46) {
        type = 'dec';
        i++;
        while (isDigit(text.charCodeAt(i))) i++;
      }
      const ec = text.charCodeAt(i);
      if (ec === 101 || ec === 69) {
        let j = i + 1;
        if (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45) j++;
        if (!isDigit(text.charCodeAt(j))) fail(`malformed double literal "${text.slice(s, j)}"`, s, j);
        while (isDigit(text.charCodeAt(j))) j++;
        i = j;
        type = 'dbl';
      }
      if (i < n && (isNameStart(text, i) || text.charCodeAt(i) === 46)) {
        fail(`numeric literal "${text.slice(s, i)}" must be followed by a delimiter, not "${text[i]}"`, s, i + 1);
      }
      tok(type, text.slice(s, i));
      continue;
    }
    // string literals [74]
    if (c === 34 || c === 39) {
      const q = text[i]!;
      let value = '';
      i++;
      for (;;) {
        const j = text.indexOf(q, i);
        if (j < 0) fail('unterminated string literal', s, n);
        value += text.slice(i, j);
        if (text[j + 1] === q) {
          value += q;
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
      tok('str', value);
      continue;
    }
    // names, QNames, wildcards
    if (isNameStart(text, i)) {
      const e1 = scanName(i);
      const first = text.slice(i, e1);
      if (text.charCodeAt(e1) === 58 && text.charCodeAt(e1 + 1) !== 58) {
        if (text.charCodeAt(e1 + 1) === 42) {
          i = e1 + 2;
          tok('pwild', `${first}:*`, first, '');
          continue;
        }
        if (e1 + 1 < n && isNameStart(text, e1 + 1)) {
          const e2 = scanName(e1 + 1);
          i = e2;
          tok('name', text.slice(s, e2), first, text.slice(e1 + 1, e2));
          continue;
        }
      }
      i = e1;
      tok('name', first, '', first);
      continue;
    }
    if (c === 42 && text.charCodeAt(i + 1) === 58 && i + 2 < n && isNameStart(text, i + 2)) {
      const e2 = scanName(i + 2);
      const local = text.slice(i + 2, e2);
      i = e2;
      tok('lwild', `*:${local}`, '', local);
      continue;
    }
    const two = text.slice(i, i + 2);
    if (SYM2.includes(two)) {
      i += 2;
      tok('sym', two);
      continue;
    }
    if (SYM1.includes(text[i]!)) {
      i++;
      tok('sym', text[s]!);
      continue;
    }
    fail(`unexpected character "${String.fromCodePoint(text.codePointAt(i)!)}"`, s, s + 1);
  }
}
