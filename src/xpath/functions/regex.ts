/**
 * F&O section 7.6: fn:matches, fn:replace, fn:tokenize with XPath regular expressions (7.6.1): the XML Schema
 * regular expression syntax plus `^`/`$` anchors, reluctant quantifiers (`*?`, `+?`, `??`, `{n,m}?`), capturing
 * groups with back-references `\n`, the `\$` escape, and the flags s, m, i, x (7.6.1.1). Errors: err:FORX0001
 * (invalid flags), err:FORX0002 (invalid pattern), err:FORX0003 (pattern matches the empty string in fn:replace /
 * fn:tokenize), err:FORX0004 (invalid replacement string).
 *
 * Character class expressions and multi-character escapes are translated by src/xml/xsd-regex.ts (imported, its
 * anchors stripped); this module handles the structure XPath adds. Compiled expressions are cached by
 * pattern + flags.
 *
 * Arguments: `params` declare the F&O signatures, and each implementation atomises its arguments itself.
 */
import type { FunctionDef, Sequence } from '../types.js';
import { FN, XPathError } from '../types.js';
import { oneString, st, str, bool, stringArg } from '../atomic/args.js';
import { xsdRegex } from '../../xml/xsd-regex.js';

interface Compiled {
  /** Non-global, for testing. */
  readonly re: RegExp;
  /** Global, for fn:replace and fn:tokenize. */
  readonly global: RegExp;
  /** True when the expression matches the empty string. */
  readonly matchesEmpty: boolean;
  readonly groups: number;
}

const cache = new Map<string, Compiled>();

function forx2(pattern: string, why: string): never {
  throw new XPathError('err:FORX0002', `invalid regular expression '${pattern}': ${why}`);
}

/** The body of an anchored RegExp made by xsdRegex: `^(?:BODY)$` -> `(?:BODY)`. */
function fromXsd(fragment: string, pattern: string): string {
  let re: RegExp;
  try {
    re = xsdRegex(fragment);
  } catch (e) {
    return forx2(pattern, (e as Error).message);
  }
  return re.source.slice(1, -1);
}

/**
 * Unicode block names newer than the Unicode 3.1 list of XML Schema 1.0 (F&O 7.6.1 allows the block names of the
 * Unicode version supported): renamed blocks map to their XSD 1.0 names, the private use areas to literal ranges.
 */
const BLOCK_ALIASES: Record<string, string> = {
  GreekandCoptic: '\\p{IsGreek}',
  CombiningDiacriticalMarksforSymbols: '\\p{IsCombiningMarksforSymbols}',
  PrivateUseArea: `[${String.fromCodePoint(0xe000)}-${String.fromCodePoint(0xf8ff)}]`,
  'SupplementaryPrivateUseArea-A': `[${String.fromCodePoint(0xf0000)}-${String.fromCodePoint(0xffffd)}]`,
  'SupplementaryPrivateUseArea-B': `[${String.fromCodePoint(0x100000)}-${String.fromCodePoint(0x10fffd)}]`,
};
const BLOCK_RE = /\\(p|P)\{Is([A-Za-z0-9-]+)\}/g;

/** Block escapes with newer names rewritten to XML Schema 1.0 syntax (outside character classes). */
function blockAliases(esc: string): string {
  return esc.replace(BLOCK_RE, (m, p: string, name: string) => {
    const a = BLOCK_ALIASES[name];
    if (a === undefined) return m;
    if (a.startsWith('[')) return p === 'P' ? '[^' + a.slice(1) : a;
    return p === 'P' ? a.replace('\\p', '\\P') : a;
  });
}

/**
 * A character class expression made acceptable to the XML Schema translator: the XPath escape `\$` becomes a plain
 * `$` (an ordinary character in XSD classes), renamed blocks are mapped, private-use areas become ranges.
 */
function classForXsd(cls: string): string {
  let out = '';
  for (let i = 0; i < cls.length; i++) {
    const c = cls[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = cls[i + 1];
    if (n === '$') {
      out += '$';
      i++;
    } else if ((n === 'p' || n === 'P') && cls[i + 2] === '{') {
      const close = cls.indexOf('}', i);
      const esc = cls.slice(i, close + 1);
      const mapped = blockAliases(esc);
      // inside a class a positive range alias goes in without its brackets; negated aliases stay as written
      out += mapped.startsWith('[^') ? esc : mapped.startsWith('[') ? mapped.slice(1, -1) : mapped;
      i = close;
    } else {
      out += c + (n ?? '');
      i++;
    }
  }
  return out;
}

const isWs = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Removes whitespace outside character class expressions (flag x, F&O 7.6.1.1). */
function stripWhitespace(p: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      // whitespace between a backslash and the escaped character is removed too ('\\ s' is '\\s')
      let j = i + 1;
      while (j < p.length && isWs(p[j]!)) j++;
      out += c + (p[j] ?? '');
      i = j;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
    if (depth === 0 && isWs(c)) continue;
    out += c;
  }
  return out;
}

/** Index just past the character class expression starting at `i` (a '['), or -1 when unterminated. */
function classEnd(p: string, i: number): number {
  let depth = 0;
  for (let j = i; j < p.length; j++) {
    const c = p[j]!;
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------------
// Flag i (F&O 7.6.1.1): a character matches when it or one of its case variants would match; character class
// escapes such as \p{Lu} are unaffected. Case variants are grouped by lower-case form, built once on first use.

let foldGroups: Map<string, number[]> | undefined;
let casedChars: number[] | undefined;

function buildFoldGroups(): void {
  const groups = new Map<string, Set<number>>();
  const add = (key: string, cp: number) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Set()));
    g.add(cp);
  };
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === ch && upper === ch) continue;
    const key = [...lower].length === 1 ? lower : ch;
    add(key, cp);
    if ([...lower].length === 1) add(key, lower.codePointAt(0)!);
    if ([...upper].length === 1) {
      const ul = upper.toLowerCase();
      add([...ul].length === 1 ? ul : key, upper.codePointAt(0)!);
    }
  }
  foldGroups = new Map();
  const cased = new Set<number>();
  for (const [k, g] of groups) {
    if (g.size < 2) continue;
    const list = [...g];
    foldGroups.set(k, list);
    for (const c of list) cased.add(c);
  }
  casedChars = [...cased].sort((a, b) => a - b);
}

/** The case variants of a code point, itself included. */
function caseVariants(cp: number): number[] {
  if (!foldGroups) buildFoldGroups();
  const ch = String.fromCodePoint(cp);
  const lower = ch.toLowerCase();
  const g = foldGroups!.get([...lower].length === 1 ? lower : ch);
  return g && g.includes(cp) ? g : g ? [cp, ...g] : [cp];
}

const hexCp = (cp: number) => `\\u{${cp.toString(16)}}`;

/** A literal character under flag i: a class of its case variants. */
function caseVariantsClass(cp: number): string {
  const v = caseVariants(cp);
  return v.length === 1 ? hexCp(cp) : `[${v.map(hexCp).join('')}]`;
}

/**
 * A translated character class under flag i. A positive class is extended by every cased character one of whose
 * variants it matches; a negated class `[^...]` loses every character one of whose variants the positive part
 * holds (`[^Q]` matches neither Q nor q).
 */
function caseClosure(cls: string, negated: boolean): string {
  if (!foldGroups) buildFoldGroups();
  const re = new RegExp(`^${cls}$`, 'u');
  const changed: number[] = [];
  for (const cp of casedChars!) {
    const hit = re.test(String.fromCodePoint(cp));
    if (
      negated
        ? hit && caseVariants(cp).some((v) => v !== cp && !re.test(String.fromCodePoint(v)))
        : !hit && caseVariants(cp).some((v) => v !== cp && re.test(String.fromCodePoint(v)))
    )
      changed.push(cp);
  }
  if (changed.length === 0) return cls;
  const set = `[${changed.map(hexCp).join('')}]`;
  return negated ? `(?:(?!${set})${cls})` : `(?:${cls}|${set})`;
}

/** Translates an XPath regular expression into the source of a JavaScript RegExp (`u` flag). */
const HAS_BACKREF = /(?:^|[^\\])(?:\\\\)*\\[1-9]/;

function translate(pattern: string, flags: string): { source: string; groups: number; jsCaseless: boolean } {
  const dotAll = flags.includes('s');
  const multiline = flags.includes('m');
  // back-references under flag i must compare case-insensitively too: that needs the JS 'i' flag (then \p{Lu} also
  // matches lower case, the lesser evil)
  const jsCaseless = flags.includes('i') && HAS_BACKREF.test(pattern);
  const caseless = flags.includes('i') && !jsCaseless;
  const p = flags.includes('x') ? stripWhitespace(pattern) : pattern;
  let out = '';
  let groups = 0;
  const open: number[] = [];
  const closed = new Set<number>();
  let canQuantify = false;
  let i = 0;
  const cps = p;
  while (i < cps.length) {
    const c = cps[i]!;
    switch (c) {
      case '\\': {
        const n = cps[i + 1];
        if (n === undefined) forx2(pattern, 'trailing backslash');
        if (n >= '1' && n <= '9') {
          // back-reference: the longest run of digits naming a group that exists (F&O 7.6.1)
          let j = i + 2;
          let num = Number(n);
          while (j < cps.length && cps[j]! >= '0' && cps[j]! <= '9' && num * 10 + Number(cps[j]) <= groups) {
            num = num * 10 + Number(cps[j]);
            j++;
          }
          if (!closed.has(num)) forx2(pattern, `back-reference \\${num} to a group that is not closed before it`);
          out += `(?:\\${num})`;
          i = j;
        } else if (n === '$') {
          out += '\\$';
          i += 2;
        } else {
          let j = i + 2;
          if ((n === 'p' || n === 'P') && cps[j] === '{') {
            const close = cps.indexOf('}', j);
            if (close < 0) forx2(pattern, "unterminated '\\p{'");
            j = close + 1;
          } else if (n.charCodeAt(0) >= 0xd800 && n.charCodeAt(0) <= 0xdbff) j++;
          out += fromXsd(blockAliases(cps.slice(i, j)), pattern);
          i = j;
        }
        canQuantify = true;
        break;
      }
      case '[': {
        const end = classEnd(cps, i);
        if (end < 0) forx2(pattern, "unterminated '['");
        const cls = fromXsd(classForXsd(cps.slice(i, end)), pattern);
        out += caseless ? caseClosure(cls, cps[i + 1] === '^') : cls;
        i = end;
        canQuantify = true;
        break;
      }
      case '(':
        if (cps[i + 1] === '?') forx2(pattern, "'(?' is not XPath 2.0 syntax");
        groups++;
        open.push(groups);
        out += '(';
        i++;
        canQuantify = false;
        break;
      case ')': {
        const g = open.pop();
        if (g === undefined) forx2(pattern, "unbalanced ')'");
        closed.add(g);
        out += ')';
        i++;
        canQuantify = true;
        break;
      }
      case '|':
        out += '|';
        i++;
        canQuantify = false;
        break;
      case '^':
      case '$':
        // m flag (F&O 7.6.1.1): line starts/ends at newline (#xA) only; no empty line after a final newline.
        // Grouped so that a quantifier may follow (QT3 re00998-re01003), which JS refuses on a bare assertion.
        out += !multiline
          ? `(?:${c === '$' ? '$' : '^'})`
          : c === '^'
            ? '(?:(?<![^])|(?<=\\n)(?=[^]))'
            : '(?:(?=\\n|(?![^])))';
        i++;
        canQuantify = true;
        break;
      case '.':
        out += dotAll ? '[^]' : '[^\\n\\r]';
        i++;
        canQuantify = true;
        break;
      case '?':
      case '*':
      case '+':
      case '{': {
        if (!canQuantify) forx2(pattern, `quantifier '${c}' without an atom`);
        let q = c;
        i++;
        if (c === '{') {
          const m = /^(\d+)(,(\d*))?\}/.exec(cps.slice(i));
          if (!m) forx2(pattern, 'invalid quantifier');
          if (m[3] !== undefined && m[3] !== '' && Number(m[3]) < Number(m[1]))
            forx2(pattern, 'quantifier maximum below minimum');
          q += m[0];
          i += m[0].length;
        }
        if (cps[i] === '?') {
          q += '?';
          i++;
        }
        out += q;
        canQuantify = false;
        break;
      }
      case ']':
      case '}':
        forx2(pattern, `unescaped '${c}'`);
        break;
      default: {
        const cp = cps.codePointAt(i)!;
        out += caseless ? caseVariantsClass(cp) : `\\u{${cp.toString(16)}}`;
        i += cp > 0xffff ? 2 : 1;
        canQuantify = true;
      }
    }
  }
  if (open.length) forx2(pattern, "missing ')'");
  return { source: out, groups, jsCaseless };
}

/**
 * The compiled form of an XPath regular expression with flags (cached). Throws err:FORX0001 for invalid flags and
 * err:FORX0002 for an invalid expression.
 */
export function xpathRegex(pattern: string, flags = ''): Compiled {
  const key = flags + '\u0000' + pattern;
  let c = cache.get(key);
  if (c !== undefined) return c;
  if (!/^[smix]*$/.test(flags)) throw new XPathError('err:FORX0001', `invalid regular expression flags '${flags}'`);
  const { source, groups, jsCaseless } = translate(pattern, flags);
  // flag i is applied by the translation (caseVariantsClass, caseClosure), not by the JS 'i' flag, so that
  // \p{Lu} still matches only upper-case characters (F&O 7.6.1.1; QT3 caselessmatch14)
  const jsFlags = jsCaseless ? 'ui' : 'u';
  try {
    c = {
      re: new RegExp(source, jsFlags),
      global: new RegExp(source, jsFlags + 'g'),
      matchesEmpty: new RegExp(`^(?:${source})$`, jsFlags).test(''),
      groups,
    };
  } catch (e) {
    return forx2(pattern, (e as Error).message);
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, c);
  return c;
}

const replacementCache = new Map<string, (m: RegExpExecArray | string[]) => string>();

/** The replacement string of fn:replace as a function of the match (F&O 7.6.3: `$n`, `\$`, `\\`; else err:FORX0004). */
function replacer(rep: string, groups: number): (m: string[]) => string {
  const key = groups + '\u0000' + rep;
  const hit = replacementCache.get(key);
  if (hit) return hit;
  const parts: (string | number)[] = [];
  let lit = '';
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i]!;
    if (c === '\\') {
      const n = rep[i + 1];
      if (n !== '\\' && n !== '$')
        throw new XPathError(
          'err:FORX0004',
          `invalid replacement string '${rep}': '\\' must be followed by '\\' or '$'`,
        );
      lit += n;
      i++;
    } else if (c === '$') {
      const d = rep[i + 1];
      if (d === undefined || d < '0' || d > '9')
        throw new XPathError('err:FORX0004', `invalid replacement string '${rep}': '$' must be followed by a digit`);
      let num = Number(d);
      let j = i + 2;
      while (j < rep.length && rep[j]! >= '0' && rep[j]! <= '9' && num * 10 + Number(rep[j]) <= groups) {
        num = num * 10 + Number(rep[j]);
        j++;
      }
      if (lit) parts.push(lit);
      lit = '';
      parts.push(num);
      i = j - 1;
    } else lit += c;
  }
  if (lit) parts.push(lit);
  const f = (m: string[]) => {
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : p <= groups ? (m[p] ?? '') : '';
    return out;
  };
  if (replacementCache.size > 2000) replacementCache.clear();
  replacementCache.set(key, f);
  return f;
}

function flagsArg(args: Sequence[], i: number, fname: string): string {
  return args.length > i ? oneString(args[i], fname) : '';
}

const S_OPT = st('string', '?');
const S = st('string');

export const functions: FunctionDef[] = [
  // 7.6.2 fn:matches
  {
    ns: FN,
    local: 'matches',
    minArgs: 2,
    maxArgs: 3,
    params: [S_OPT, S, S],
    returns: st('boolean'),
    impl: (_ctx, args) => {
      const input = stringArg(args[0], 'fn:matches');
      const c = xpathRegex(oneString(args[1], 'fn:matches'), flagsArg(args, 2, 'fn:matches'));
      return [bool(c.re.test(input))];
    },
  },
  // 7.6.3 fn:replace
  {
    ns: FN,
    local: 'replace',
    minArgs: 3,
    maxArgs: 4,
    params: [S_OPT, S, S, S],
    returns: S,
    impl: (_ctx, args) => {
      const input = stringArg(args[0], 'fn:replace');
      const c = xpathRegex(oneString(args[1], 'fn:replace'), flagsArg(args, 3, 'fn:replace'));
      const rep = oneString(args[2], 'fn:replace');
      if (c.matchesEmpty) throw new XPathError('err:FORX0003', 'fn:replace: the pattern matches the empty string');
      const f = replacer(rep, c.groups);
      c.global.lastIndex = 0;
      return [str(input.replace(c.global, (...m: unknown[]) => f(m.slice(0, c.groups + 1) as string[])))];
    },
  },
  // 7.6.4 fn:tokenize
  {
    ns: FN,
    local: 'tokenize',
    minArgs: 2,
    maxArgs: 3,
    params: [S_OPT, S, S],
    returns: st('string', '*'),
    impl: (_ctx, args) => {
      const input = stringArg(args[0], 'fn:tokenize');
      const c = xpathRegex(oneString(args[1], 'fn:tokenize'), flagsArg(args, 2, 'fn:tokenize'));
      if (c.matchesEmpty) throw new XPathError('err:FORX0003', 'fn:tokenize: the pattern matches the empty string');
      if (input === '') return [];
      const out = [];
      const re = c.global;
      re.lastIndex = 0;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(input)) !== null) {
        if (m[0] === '') {
          // cannot happen for patterns passing the FORX0003 check; guards against a zero-length loop all the same
          re.lastIndex++;
          continue;
        }
        out.push(str(input.slice(last, m.index)));
        last = m.index + m[0].length;
      }
      out.push(str(input.slice(last)));
      return out;
    },
  },
];
