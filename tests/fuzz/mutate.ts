/**
 * A small seeded mutator for XML documents and zip archives (issue 17): every mutant is reproducible from its seed.
 *
 * XML operators work on the bytes or on the text with regular expressions (no parser: mutants must be able to break
 * what a parser relies on): byte flips, truncation, duplicated and removed elements and attributes, swapped
 * namespaces, huge numbers and exponents in fact values and `decimals`, deep nesting, long attribute values, invalid
 * UTF-8, byte order marks and UTF-16, CDATA / comments / processing instructions in odd places, DOCTYPE tricks and
 * character references. Zip operators damage an archive's bytes, sizes, names and directory.
 */

/** mulberry32: a 32-bit seeded PRNG, enough for reproducible mutation choices. */
export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.#s = (this.#s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Bytes as text one char per byte (latin1), so that text operators never change bytes they do not touch. */
const asText = (b: Uint8Array) => latin1.decode(b);
const asBytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
/** UTF-8 text inserted into a latin1 view: encode, then one char per byte. */
const u8 = (s: string) => asText(enc.encode(s));

interface TagMatch {
  start: number;
  end: number;
  name: string;
  attrs: string;
  selfClosing: boolean;
}

function startTags(s: string): TagMatch[] {
  const out: TagMatch[] = [];
  for (const m of s.matchAll(/<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, name: m[1]!, attrs: m[2]!, selfClosing: m[3] === '/' });
  }
  return out;
}

/** The end offset of the element starting with `t` (after its end tag), by counting same-named tags; -1 when unmatched. */
function elementEnd(s: string, t: TagMatch): number {
  if (t.selfClosing) return t.end;
  const re = new RegExp(`<(/?)${t.name.replace(/[.]/g, '\\.')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  re.lastIndex = t.end;
  let depth = 1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

export type XmlOperator = (s: string, r: Rng) => string;

const HUGE_NUMBERS = [
  '9'.repeat(400),
  '-' + '9'.repeat(5000) + '.' + '9'.repeat(5000),
  '1e999999999',
  '1E-999999999',
  '0.' + '0'.repeat(10000) + '1',
  '-0',
  'NaN',
  'INF',
  '-INF',
  '1e309',
  '4.9e-325',
  '12345678901234567890123456789012345678901234567890',
  '0x10',
  '+.5',
  '1_000',
  '١٢٣', // Arabic-Indic digits
];
const DECIMALS = [
  '999999999999',
  '-999999999999',
  'INF',
  '-INF',
  '1e3',
  '2.5',
  '',
  ' 2 ',
  '-0',
  '+2',
  '99999999999999999999999',
];
const NAMESPACES = [
  'http://www.xbrl.org/2003/instance',
  'http://www.xbrl.org/2003/linkbase',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2001/XMLSchema',
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://xbrl.org/2006/xbrldi',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  '',
  'urn:x',
  'http://www.xbrl.org/2003/instance ',
];

/** The XML operators by name (the fuzz report counts mutants per operator). */
export const XML_OPERATORS: Record<string, XmlOperator> = {
  byteFlip(s, r) {
    const b = asBytes(s);
    for (let n = 1 + r.int(4); n > 0 && b.length; n--) b[r.int(b.length)] ^= 1 << r.int(8);
    return asText(b);
  },
  byteSet(s, r) {
    const b = asBytes(s);
    if (b.length) b[r.int(b.length)] = r.pick([0x00, 0x3c, 0x3e, 0x26, 0x22, 0x27, 0xff, 0x80, 0x0b, 0x7f]);
    return asText(b);
  },
  truncate(s, r) {
    return s.slice(0, r.int(s.length));
  },
  duplicateElement(s, r) {
    const tags = startTags(s).slice(1);
    if (!tags.length) return s;
    const t = r.pick(tags);
    const e = elementEnd(s, t);
    if (e < 0) return s;
    return s.slice(0, e) + s.slice(t.start, e) + s.slice(e);
  },
  removeElement(s, r) {
    const tags = startTags(s);
    if (!tags.length) return s;
    const t = r.pick(tags);
    const e = elementEnd(s, t);
    return e < 0 ? s : s.slice(0, t.start) + s.slice(e);
  },
  removeStartOrEndTag(s, r) {
    const tags = startTags(s);
    if (!tags.length) return s;
    const t = r.pick(tags);
    return s.slice(0, t.start) + s.slice(t.end);
  },
  duplicateAttribute(s, r) {
    const tags = startTags(s).filter((t) => t.attrs.trim());
    if (!tags.length) return s;
    const t = r.pick(tags);
    const attrs = [...t.attrs.matchAll(/\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*')/g)];
    const a = r.pick(attrs)[0];
    // the same attribute again, or the same local name under another prefix bound to the same namespace
    const dup = r.chance(0.5) ? a : a.replace(/(\s+)(?:[^\s:=]+:)?([^\s=]+)/, '$1xlink:$2');
    return s.slice(0, t.end - (t.selfClosing ? 2 : 1)) + dup + s.slice(t.end - (t.selfClosing ? 2 : 1));
  },
  removeAttribute(s, r) {
    const tags = startTags(s).filter((t) => t.attrs.trim());
    if (!tags.length) return s;
    const t = r.pick(tags);
    const attrs = [...t.attrs.matchAll(/\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*')/g)];
    const a = r.pick(attrs);
    const at = t.start + 1 + t.name.length + a.index!;
    return s.slice(0, at) + s.slice(at + a[0].length);
  },
  swapNamespace(s, r) {
    const decls = [...s.matchAll(/xmlns(?::[\w.-]+)?\s*=\s*"([^"]*)"/g)];
    if (!decls.length) return s;
    const d = r.pick(decls);
    const at = d.index! + d[0].indexOf('"') + 1;
    const uri = r.chance(0.5) ? r.pick(decls)[1]! : r.pick(NAMESPACES);
    return s.slice(0, at) + uri + s.slice(at + d[1]!.length);
  },
  swapPrefix(s, r) {
    const tags = startTags(s).filter((t) => t.name.includes(':'));
    if (!tags.length) return s;
    const t = r.pick(tags);
    const p = r.pick(['xbrli', 'link', 'xlink', 'undeclared', 'xml', 'xmlns', 'vat', '']);
    const name = (p ? p + ':' : '') + t.name.slice(t.name.indexOf(':') + 1);
    return s.slice(0, t.start + 1) + name + s.slice(t.start + 1 + t.name.length);
  },
  hugeNumber(s, r) {
    // the content of a leaf element that looks numeric
    const leaves = [...s.matchAll(/>(-?\d[\d.]*)</g)];
    if (!leaves.length) return s;
    const m = r.pick(leaves);
    return s.slice(0, m.index! + 1) + r.pick(HUGE_NUMBERS) + s.slice(m.index! + 1 + m[1]!.length);
  },
  hugeDecimals(s, r) {
    const ds = [...s.matchAll(/\b(decimals|precision)="([^"]*)"/g)];
    if (!ds.length) return s;
    const m = r.pick(ds);
    const at = m.index! + m[1]!.length + 2;
    return s.slice(0, at) + r.pick([...DECIMALS, ...HUGE_NUMBERS.slice(0, 4)]) + s.slice(at + m[2]!.length);
  },
  deepNesting(s, r) {
    const tags = startTags(s);
    if (!tags.length) return s;
    const t = r.pick(tags.slice(0, Math.max(1, tags.length)));
    if (t.selfClosing) return s;
    const depth = r.pick([50, 999, 1001, 5000, 100_000]);
    const name = r.pick(['a', t.name, 'xbrli:scenario']);
    return s.slice(0, t.end) + `<${name}>`.repeat(depth) + `</${name}>`.repeat(depth) + s.slice(t.end);
  },
  longAttribute(s, r) {
    const tags = startTags(s).filter((t) => t.attrs.includes('="'));
    if (!tags.length) return s;
    const t = r.pick(tags);
    const i = s.indexOf('="', t.start) + 2;
    const fill = r.pick(['x', ' ', '&amp;', '&#x41;', '\u00e9']);
    return s.slice(0, i) + u8(fill.repeat(r.pick([1000, 100_000, 1_000_000]))) + s.slice(i);
  },
  invalidUtf8(s, r) {
    const seqs = [
      '\xc3\x28',
      '\xff',
      '\xc0\xaf',
      '\xed\xa0\x80',
      '\xf4\x90\x80\x80',
      '\xe2\x82',
      '\x80',
      '\xf8\x88\x80\x80\x80',
    ];
    const i = r.int(s.length + 1);
    return s.slice(0, i) + r.pick(seqs) + s.slice(i);
  },
  bom(s, r) {
    const k = r.int(6);
    const text = dec.decode(asBytes(s));
    if (k === 0) return '\xef\xbb\xbf' + s;
    if (k === 1) return '\xef\xbb\xbf\xef\xbb\xbf' + s;
    if (k === 2) return '\xff\xfe' + s; // UTF-16 BOM on UTF-8 content
    const le = k !== 4;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 * i + (le ? 0 : 1)] = c & 0xff;
      bytes[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    if (k === 5) return asText(bytes); // UTF-16 without a BOM
    return asText(concat(le ? new Uint8Array([0xff, 0xfe]) : new Uint8Array([0xfe, 0xff]), bytes));
  },
  encodingDeclaration(s, r) {
    const e = r.pick([
      'UTF-16',
      'ISO-8859-1',
      'US-ASCII',
      'windows-1252',
      'EBCDIC',
      'UTF-32',
      'utf-8 ',
      'x-unknown',
      'Shift_JIS',
    ]);
    if (/^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding=/.test(s))
      return s.replace(/encoding\s*=\s*["'][^"']*["']/, `encoding="${e}"`);
    return `<?xml version="1.0" encoding="${e}"?>` + s.replace(/^<\?xml[^>]*\?>/, '');
  },
  xmlDeclaration(s, r) {
    const d = r.pick([
      '<?xml version="1.1"?>',
      '<?xml version="2.0"?>',
      '<?xml  ?>',
      '<?xml version="1.0" standalone="maybe"?>',
      ' <?xml version="1.0"?>',
      '<?XML version="1.0"?>',
      '<?xml version="1.0"?><?xml version="1.0"?>',
    ]);
    return d + s.replace(/^(?:\xef\xbb\xbf)?<\?xml[^>]*\?>/, '');
  },
  oddMarkup(s, r) {
    const bits = [
      '<![CDATA[x]]>',
      '<![CDATA[]]]]>',
      '<!-- a -- b -->',
      '<!---->',
      '<!--->',
      '<?pi x?>',
      '<?xml-stylesheet href="a"?>',
      '<?xml x?>',
      ']]>',
      '<!-- x --->',
      '<![CDATA[',
      '<?>',
      '<??>',
    ];
    const tags = startTags(s);
    const spots = [
      0,
      s.length,
      ...tags.map((t) => t.start),
      ...tags.map((t) => t.end),
      ...tags.map((t) => t.start + 1 + r.int(t.end - t.start)),
    ];
    const i = r.pick(spots);
    return s.slice(0, i) + r.pick(bits) + s.slice(i);
  },
  doctype(s, r) {
    const root = startTags(s)[0]?.name ?? 'x';
    const dts = [
      `<!DOCTYPE ${root}>`,
      `<!DOCTYPE ${root} SYSTEM "http://example.com/x.dtd">`,
      `<!DOCTYPE ${root} SYSTEM "file:///etc/passwd">`,
      `<!DOCTYPE ${root} [<!ENTITY x "y">]>`,
      `<!DOCTYPE ${root} [<!ENTITY % p SYSTEM "http://example.com/p">%p;]>`,
      `<!DOCTYPE ${root} [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`,
      `<!DOCTYPE ${root} [<!ATTLIST ${root} id ID #IMPLIED>]>`,
      `<!DOCTYPE ${root} [<!ELEMENT ${root} ANY>]>`,
      `<!DOCTYPE other>`,
      `<!DOCTYPE ${root} [`,
      `<!DOCTYPE>`,
    ];
    const d = r.pick(dts);
    const decl = /^(?:\xef\xbb\xbf)?<\?xml[^>]*\?>/.exec(s);
    const where = r.int(3);
    if (where === 0 && decl) return s.slice(0, decl[0].length) + d + s.slice(decl[0].length);
    if (where === 1) return d + s;
    const t = startTags(s)[1];
    return t ? s.slice(0, t.start) + d + s.slice(t.start) : s + d;
  },
  characterReference(s, r) {
    const refs = [
      '&#0;',
      '&#x0;',
      '&#xD800;',
      '&#x110000;',
      '&#1114112;',
      '&#xFFFE;',
      '&#65;',
      '&undefined;',
      '&amp',
      '&#x;',
      '&#-1;',
      '&#99999999999999999999;',
      '&lt;',
      '&#x1F600;',
      '&#9;',
    ];
    const leaves = [...s.matchAll(/>([^<]*)</g)];
    const attrs = [...s.matchAll(/="([^"]*)"/g)];
    const all = [...leaves.map((m) => m.index! + 1), ...attrs.map((m) => m.index! + 2)];
    if (!all.length) return s;
    const i = r.pick(all);
    return s.slice(0, i) + r.pick(refs) + s.slice(i);
  },
  controlCharacter(s, r) {
    const i = r.int(s.length + 1);
    return (
      s.slice(0, i) +
      r.pick(['\x00', '\x01', '\x0b', '\x0c', '\x1f', u8('\ufffe'), u8('\uffff'), u8('\u0085'), '\r', '\r\n', '\x7f']) +
      s.slice(i)
    );
  },
  textAfterRoot(s, r) {
    return s + r.pick(['x', '<a/>', '</x>', '<!-- ok -->', '<?pi?>', '\n\n', '&amp;', '<![CDATA[x]]>']);
  },
};

export type ZipOperator = (b: Uint8Array, r: Rng) => Uint8Array;

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;
function offsets(b: Uint8Array, sig: number): number[] {
  const out: number[] = [];
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let o = 0; o + 4 <= b.length; o++) if (v.getUint32(o, true) === sig) out.push(o);
  return out;
}

/** Zip operators: damage the archive's structure rather than its contents. */
export const ZIP_OPERATORS: Record<string, ZipOperator> = {
  zipByteFlip(b, r) {
    const c = b.slice();
    for (let n = 1 + r.int(8); n > 0; n--) c[r.int(c.length)] ^= 1 << r.int(8);
    return c;
  },
  zipTruncate(b, r) {
    return b.slice(0, r.int(b.length));
  },
  zipCentralField(b, r) {
    const c = b.slice();
    const cs = offsets(c, CENTRAL);
    if (!cs.length) return c;
    const o = r.pick(cs);
    const v = new DataView(c.buffer);
    const field = r.pick([8, 10, 16, 20, 24, 28, 30, 32, 42]);
    const value = r.pick([0, 1, 0xffff, 0xffffffff, 0x7fffffff, r.int(1 << 30), 1 << 28]);
    if (field === 28 || field === 30 || field === 32 || field === 8 || field === 10)
      v.setUint16(o + field, value & 0xffff, true);
    else v.setUint32(o + field, value >>> 0, true);
    return c;
  },
  zipEocdField(b, r) {
    const c = b.slice();
    const es = offsets(c, EOCD);
    if (!es.length) return c;
    const o = es[es.length - 1]!;
    const v = new DataView(c.buffer);
    const field = r.pick([4, 6, 8, 10, 12, 16, 20]);
    if (field >= 12 && field <= 16) v.setUint32(o + field, r.pick([0, 0xffffffff, r.int(c.length * 2)]), true);
    else v.setUint16(o + field, r.pick([0, 1, 0xffff, 2]), true);
    return c;
  },
  zipEntryName(b, r) {
    // overwrite one byte of a name, in the central directory or the local header
    const c = b.slice();
    const useLocal = r.chance(0.5);
    const hs = offsets(c, useLocal ? LOCAL : CENTRAL);
    if (!hs.length) return c;
    const o = r.pick(hs);
    const v = new DataView(c.buffer);
    const len = v.getUint16(o + (useLocal ? 26 : 28), true);
    if (!len) return c;
    c[o + (useLocal ? 30 : 46) + r.int(len)] = r.pick([0x00, 0x2f, 0x5c, 0x2e, 0x3a, 0x01, 0xff, 0x80]);
    return c;
  },
  zipDuplicateCentral(b) {
    // the first central directory record repeated (entry count and size patched): two entries for one path
    const c = b.slice();
    const cs = offsets(c, CENTRAL);
    const es = offsets(c, EOCD);
    if (!cs.length || !es.length) return c;
    const v = new DataView(c.buffer);
    const o = cs[0]!;
    const len = 46 + v.getUint16(o + 28, true) + v.getUint16(o + 30, true) + v.getUint16(o + 32, true);
    const e = es[es.length - 1]!;
    const out = concat(c.subarray(0, e), c.subarray(o, o + len), c.subarray(e));
    const w = new DataView(out.buffer);
    const e2 = e + len;
    w.setUint16(e2 + 8, w.getUint16(e2 + 8, true) + 1, true);
    w.setUint16(e2 + 10, w.getUint16(e2 + 10, true) + 1, true);
    w.setUint32(e2 + 12, w.getUint32(e2 + 12, true) + len, true);
    return out;
  },
};

export interface Mutant {
  bytes: Uint8Array;
  /** Names of the operators applied, in order. */
  operators: string[];
}

/** Applies 1-3 XML operators chosen by `seed` to `input`. */
export function mutateXml(input: Uint8Array, seed: number): Mutant {
  const r = new Rng(seed);
  const names = Object.keys(XML_OPERATORS);
  let s = asText(input);
  const operators: string[] = [];
  for (let n = 1 + (r.chance(0.3) ? r.int(3) : 0); n > 0; n--) {
    const name = r.pick(names);
    operators.push(name);
    s = XML_OPERATORS[name]!(s, r);
  }
  return { bytes: asBytes(s), operators };
}

/** Applies one zip operator chosen by `seed` to the archive `input`. */
export function mutateZip(input: Uint8Array, seed: number): Mutant {
  const r = new Rng(seed);
  const name = r.pick(Object.keys(ZIP_OPERATORS));
  return { bytes: ZIP_OPERATORS[name]!(input, r), operators: [name] };
}
