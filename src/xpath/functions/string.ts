/**
 * F&O section 7: functions on strings (7.2 codepoints, 7.3 comparison, 7.4 string functions, 7.5 substring
 * matching with collations). Strings are counted in Unicode code points, not UTF-16 units.
 *
 * Arguments: `params` declare the F&O signatures, and each implementation also atomises its arguments itself
 * (src/xpath/atomic/args.ts), so it is correct whether or not the caller applied the function conversion rules.
 * Only the Unicode codepoint collation is supported; any other collation URI raises err:FOCH0002.
 */
import { XDecimal } from '../decimal.js';
import type { AtomicValue, DynamicContext, FunctionDef, Sequence } from '../types.js';
import { FN, XPathError, isNode } from '../types.js';
import { atomize, optAtomic, optNumeric, optString, oneString, st, str, bool, stringArg } from '../atomic/args.js';
import { checkCollation, compareStrings, CODEPOINT_COLLATION } from '../atomic/compare.js';
import { toStringValue } from '../atomic/lexical.js';
import { doubleFromDecimal } from '../atomic/cast.js';
import { primitiveOf } from '../atomic/types.js';
import { resolveUri } from './uri.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code point count of a string. */
export function codepointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}

/**
 * The collation argument (or the context's default collation), a relative URI resolved against the base URI
 * (F&O 7.3.1): only the codepoint collation, else err:FOCH0002.
 */
export function collation(ctx: DynamicContext, arg: Sequence | undefined, fname: string): void {
  let c = arg === undefined ? ctx.defaultCollation : oneString(arg, fname);
  if (c === undefined || c === CODEPOINT_COLLATION) return;
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(c) && ctx.baseURI !== undefined) {
    try {
      c = resolveUri(c, ctx.baseURI);
    } catch {
      // an unresolvable collation URI is simply unsupported
    }
  }
  checkCollation(c);
}

/** fn:string semantics for the focus forms: the string value of the context item (F&O 2.3). */
function contextString(ctx: DynamicContext, fname: string): string {
  const it = ctx.contextItem;
  if (it === undefined) throw new XPathError('err:XPDY0002', `${fname}(): the context item is undefined`);
  return isNode(it) ? it.stringValue() : toStringValue(it);
}

function isValidCodepoint(c: number): boolean {
  // XML 1.0 Char production
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** fn:round semantics on doubles (F&O 6.4.4): halves go towards positive infinity. */
function roundDouble(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Math.floor(x + 0.5);
}

/**
 * fn:substring (F&O 7.4.3): the characters at positions p with round(start) <= p < round(start) + round(length),
 * computed on doubles (so NaN selects nothing and -INF + INF is NaN).
 */
export function substring(s: string, start: number, length?: number): string {
  const rs = roundDouble(start);
  const end = length === undefined ? Infinity : rs + roundDouble(length);
  if (Number.isNaN(rs) || Number.isNaN(end)) return '';
  const from = Math.max(rs, 1);
  if (!(end > from)) return '';
  if (!SURROGATE.test(s)) {
    return s.slice(from - 1, end === Infinity ? undefined : end - 1);
  }
  const cps = Array.from(s);
  return cps.slice(from - 1, end === Infinity ? undefined : end - 1).join('');
}

function toDouble(v: AtomicValue | undefined): number {
  if (v === undefined) return NaN;
  return typeof v.value === 'number' ? v.value : doubleFromDecimal(v.value as XDecimal);
}

const NORMALIZE_FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

const UTF8 = new TextEncoder();

/** Percent-encodes the UTF-8 bytes of the characters for which `keep` is false (F&O 7.4.10-7.4.12). */
function percentEncode(s: string, keep: (c: number) => boolean): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (keep(c)) out += ch;
    else for (const b of UTF8.encode(ch)) out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  }
  return out;
}

const isUnreserved = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x2d ||
  c === 0x5f ||
  c === 0x2e ||
  c === 0x7e;

function def(
  local: string,
  minArgs: number,
  maxArgs: number,
  params: FunctionDef['params'],
  returns: FunctionDef['returns'],
  impl: FunctionDef['impl'],
  usesFocus = false,
): FunctionDef {
  const d: FunctionDef = {
    ns: FN,
    local,
    minArgs,
    maxArgs,
    impl,
    ...(params ? { params } : {}),
    ...(returns ? { returns } : {}),
    ...(usesFocus ? { usesFocus } : {}),
  };
  return d;
}

const S_OPT = st('string', '?');
const S = st('string');

function matchFn(local: string, test: (a: string, b: string) => Sequence) {
  return def(local, 2, 3, [S_OPT, S_OPT, S], undefined, (ctx, args) => {
    collation(ctx, args[2], `fn:${local}`);
    return test(stringArg(args[0], `fn:${local}`), stringArg(args[1], `fn:${local}`));
  });
}

export const functions: FunctionDef[] = [
  // 7.2.1 fn:codepoints-to-string
  def('codepoints-to-string', 1, 1, [st('integer', '*')], S, (_ctx, args) => {
    let out = '';
    for (const v of atomize(args[0]!)) {
      const p = primitiveOf(v.type);
      if (p !== 'xs:decimal' && v.type !== 'xs:untypedAtomic')
        throw new XPathError('err:XPTY0004', `fn:codepoints-to-string: expected xs:integer, got ${v.type}`);
      const c = v.type === 'xs:untypedAtomic' ? Number(v.value) : (v.value as XDecimal).toNumber();
      if (!Number.isInteger(c) || !isValidCodepoint(c))
        throw new XPathError(
          'err:FOCH0001',
          `fn:codepoints-to-string: ${String(v.value)} is not a valid XML character`,
        );
      out += String.fromCodePoint(c);
    }
    return [str(out)];
  }),
  // 7.2.2 fn:string-to-codepoints
  def('string-to-codepoints', 1, 1, [S_OPT], st('integer', '*'), (_ctx, args) => {
    const s = stringArg(args[0], 'fn:string-to-codepoints');
    const out: AtomicValue[] = [];
    for (const ch of s) out.push({ type: 'xs:integer', value: new XDecimal(ch.codePointAt(0)!) });
    return out;
  }),
  // 7.3.2 fn:compare
  def('compare', 2, 3, [S_OPT, S_OPT, S], st('integer', '?'), (ctx, args) => {
    collation(ctx, args[2], 'fn:compare');
    const a = optString(args[0], 'fn:compare');
    const b = optString(args[1], 'fn:compare');
    if (a === undefined || b === undefined) return [];
    return [{ type: 'xs:integer', value: new XDecimal(compareStrings(a, b)) }];
  }),
  // 7.3.3 fn:codepoint-equal
  def('codepoint-equal', 2, 2, [S_OPT, S_OPT], st('boolean', '?'), (_ctx, args) => {
    const a = optString(args[0], 'fn:codepoint-equal');
    const b = optString(args[1], 'fn:codepoint-equal');
    if (a === undefined || b === undefined) return [];
    return [bool(a === b)];
  }),
  // 7.4.1 fn:concat
  def('concat', 2, Infinity, undefined, S, (_ctx, args) => {
    let out = '';
    for (const a of args) {
      const v = optAtomic(a, 'fn:concat');
      if (v !== undefined) out += toStringValue(v);
    }
    return [str(out)];
  }),
  // 7.4.2 fn:string-join
  def('string-join', 2, 2, [st('string', '*'), S], S, (_ctx, args) => {
    const sep = oneString(args[1], 'fn:string-join');
    const parts: string[] = [];
    for (const v of atomize(args[0]!)) {
      const p = primitiveOf(v.type);
      if (p !== 'xs:string' && p !== 'xs:untypedAtomic' && p !== 'xs:anyURI')
        throw new XPathError('err:XPTY0004', `fn:string-join: expected xs:string, got ${v.type}`);
      parts.push(v.value as string);
    }
    return [str(parts.join(sep))];
  }),
  // 7.4.3 fn:substring
  def('substring', 2, 3, [S_OPT, st('double'), st('double')], S, (_ctx, args) => {
    const s = stringArg(args[0], 'fn:substring');
    const start = toDouble(optNumeric(args[1], 'fn:substring'));
    const len = args.length > 2 ? toDouble(optNumeric(args[2], 'fn:substring')) : undefined;
    return [str(substring(s, start, len))];
  }),
  // 7.4.4 fn:string-length
  def(
    'string-length',
    0,
    1,
    [S_OPT],
    st('integer'),
    (ctx, args) => {
      const s = args.length === 0 ? contextString(ctx, 'fn:string-length') : stringArg(args[0], 'fn:string-length');
      return [{ type: 'xs:integer', value: new XDecimal(codepointLength(s)) }];
    },
    true,
  ),
  // 7.4.5 fn:normalize-space
  def(
    'normalize-space',
    0,
    1,
    [S_OPT],
    S,
    (ctx, args) => {
      const s = args.length === 0 ? contextString(ctx, 'fn:normalize-space') : stringArg(args[0], 'fn:normalize-space');
      return [str(s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, ''))];
    },
    true,
  ),
  // 7.4.6 fn:normalize-unicode
  def('normalize-unicode', 1, 2, [S_OPT, S], S, (_ctx, args) => {
    const s = stringArg(args[0], 'fn:normalize-unicode');
    const form = args.length > 1 ? oneString(args[1], 'fn:normalize-unicode').trim().toUpperCase() : 'NFC';
    if (form === '') return [str(s)];
    if (!NORMALIZE_FORMS.has(form))
      throw new XPathError('err:FOCH0003', `fn:normalize-unicode: unsupported normalization form '${form}'`);
    return [str(s.normalize(form as 'NFC'))];
  }),
  // 7.4.7 fn:upper-case, 7.4.8 fn:lower-case
  def('upper-case', 1, 1, [S_OPT], S, (_ctx, args) => [str(stringArg(args[0], 'fn:upper-case').toUpperCase())]),
  def('lower-case', 1, 1, [S_OPT], S, (_ctx, args) => [str(stringArg(args[0], 'fn:lower-case').toLowerCase())]),
  // 7.4.9 fn:translate
  def('translate', 3, 3, [S_OPT, S, S], S, (_ctx, args) => {
    const s = stringArg(args[0], 'fn:translate');
    const from = Array.from(oneString(args[1], 'fn:translate'));
    const to = Array.from(oneString(args[2], 'fn:translate'));
    const map = new Map<string, string>();
    for (let i = 0; i < from.length; i++) if (!map.has(from[i]!)) map.set(from[i]!, to[i] ?? '');
    let out = '';
    for (const ch of s) {
      const r = map.get(ch);
      out += r === undefined ? ch : r;
    }
    return [str(out)];
  }),
  // 7.4.10 fn:encode-for-uri
  def('encode-for-uri', 1, 1, [S_OPT], S, (_ctx, args) => [
    str(percentEncode(stringArg(args[0], 'fn:encode-for-uri'), isUnreserved)),
  ]),
  // 7.4.11 fn:iri-to-uri: escapes characters not allowed in URIs, keeping the reserved characters and '%'
  def('iri-to-uri', 1, 1, [S_OPT], S, (_ctx, args) => [
    str(
      percentEncode(
        stringArg(args[0], 'fn:iri-to-uri'),
        (c) => c > 0x20 && c < 0x7f && !'<>"{}|\\^`'.includes(String.fromCharCode(c)),
      ),
    ),
  ]),
  // 7.4.12 fn:escape-html-uri: escapes characters outside the printable ASCII range
  def('escape-html-uri', 1, 1, [S_OPT], S, (_ctx, args) => [
    str(percentEncode(stringArg(args[0], 'fn:escape-html-uri'), (c) => c >= 0x20 && c <= 0x7e)),
  ]),
  // 7.5.1-7.5.5 substring matching
  matchFn('contains', (a, b) => [bool(a.includes(b))]),
  matchFn('starts-with', (a, b) => [bool(a.startsWith(b))]),
  matchFn('ends-with', (a, b) => [bool(a.endsWith(b))]),
  matchFn('substring-before', (a, b) => {
    const i = b === '' ? -1 : a.indexOf(b);
    return [str(i < 0 ? '' : a.slice(0, i))];
  }),
  matchFn('substring-after', (a, b) => {
    if (b === '') return [str(a)];
    const i = a.indexOf(b);
    return [str(i < 0 ? '' : a.slice(i + b.length))];
  }),
];
