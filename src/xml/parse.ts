/**
 * Namespace-aware XML parsing with source positions, for XBRL documents (schemas, linkbases, instances).
 *
 * Built on saxes (a non-validating, streaming XML 1.0 parser). The result is a small element tree
 * (`XmlElement`) that keeps, for each element, its expanded name, attributes by expanded name, direct
 * text, children, the in-scope namespace declarations (for QName-valued content such as `xbrli:measure`)
 * and the 1-based line and column of its start tag.
 *
 * Untrusted input: the parser never fetches anything and never expands entities other than the five
 * predefined ones and character references. A DOCTYPE that declares entities is refused
 * (`xml:entityDeclarationRefused`); input larger than `maxBytes`, nested deeper than `maxDepth` or, unless parsed as
 * mixed content (XHTML), with an attribute value longer than `maxAttributeLength` (`xml:attributeTooLong`) is refused.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { FatalInputError, finding, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { internalized } from './intern.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** In-scope namespace declarations: prefix ('' for the default namespace) to namespace URI. Prototype-chained to the parent's scope. */
export type NamespaceScope = Record<string, string>;

export interface XmlElement {
  /** Namespace URI, '' when the element is in no namespace. */
  readonly ns: string;
  readonly local: string;
  readonly prefix: string;
  /** Attributes keyed by expanded name: `local` for no-namespace attributes, `{uri}local` otherwise. Namespace declarations are not included. */
  readonly attrs: Attributes;
  readonly children: XmlElement[];
  /** Concatenated direct text and CDATA content (not that of descendants). */
  text: string;
  readonly parent: XmlElement | undefined;
  readonly doc: XmlDocument;
  /** 1-based line and column of the start tag's `<`. */
  readonly line: number;
  readonly column: number;
  readonly scope: NamespaceScope;
}

/**
 * An element of a document parsed with `parseMixed` (XHTML for Inline XBRL, src/ixbrl/xhtml.ts): its content in
 * document order, as XML 1.0 section 3.1 production [43] has it, and the start tag as written.
 */
export interface MixedElement {
  readonly kind: 'element';
  /** Namespace URI, '' when the element is in no namespace. */
  readonly ns: string;
  readonly local: string;
  /** Qualified name as written. */
  readonly qname: string;
  /** Attributes by expanded name (`local` or `{ns}local`), namespace declarations excluded. */
  readonly attrs: Attributes;
  /** Attributes as written (qualified names), namespace declarations excluded, in document order. */
  readonly rawAttrs: readonly [string, string][];
  /** Namespace declarations made on this element (prefix '' = the default namespace), in document order. */
  readonly nsDecls: readonly [string, string][];
  /** Character data (text and CDATA sections, adjacent ones joined, whitespace kept) and child elements, in order. */
  readonly children: MixedNode[];
  readonly parent: MixedElement | undefined;
  readonly doc: MixedDocument;
  /** 1-based line and column of the start tag's `<`. */
  readonly line: number;
  readonly column: number;
  readonly scope: NamespaceScope;
}

export type MixedNode = MixedElement | string;

/** A document parsed with `parseMixed`. */
export interface MixedDocument {
  readonly url: string;
  root: MixedElement;
  /** Size of the source in bytes (characters for a string source). */
  readonly size: number;
  /** Elements by their (no-namespace) `id` attribute, the first occurrence; `duplicateIds` lists later ones. */
  readonly ids: Map<string, MixedElement>;
  readonly duplicateIds: MixedElement[];
}

/**
 * Attributes of an element keyed by expanded name: a small read-only map (the subset of `Map` the code base uses).
 * Elements have few attributes, so two parallel arrays beat a `Map` in memory and garbage-collection work.
 */
export class Attributes implements Iterable<[string, string]> {
  /** @internal */ readonly k: string[];
  /** @internal */ readonly v: string[];
  constructor(keys: string[] = [], values: string[] = []) {
    this.k = keys;
    this.v = values;
  }
  get size(): number {
    return this.k.length;
  }
  get(key: string): string | undefined {
    const i = this.k.indexOf(key);
    return i < 0 ? undefined : this.v[i];
  }
  has(key: string): boolean {
    return this.k.indexOf(key) >= 0;
  }
  keys(): IterableIterator<string> {
    return this.k[Symbol.iterator]();
  }
  values(): IterableIterator<string> {
    return this.v[Symbol.iterator]();
  }
  /** Calls `fn(value, key)` for each attribute in order, as `Map#forEach` does, without making a pair for each. */
  forEach(fn: (value: string, key: string) => void): void {
    for (let i = 0; i < this.k.length; i++) fn(this.v[i]!, this.k[i]!);
  }
  *entries(): IterableIterator<[string, string]> {
    for (let i = 0; i < this.k.length; i++) yield [this.k[i]!, this.v[i]!];
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

const NO_ATTRIBUTES = new Attributes();
/** The attributes as written, or the namespace declarations, of an element that has none (shared, never changed). */
const NO_PAIRS: readonly [string, string][] = Object.freeze([]);

export interface XmlDocument {
  /** URL (or file path) the document was read from; used for relative URL resolution and findings. */
  readonly url: string;
  root: XmlElement;
  /** Size of the source in bytes. */
  readonly size: number;
  /** The DOCTYPE text when the document has one (never expanded). */
  doctype?: string;
}

export interface ParseOptions {
  /** Refuse documents larger than this many bytes (default 1 GiB, a hard ceiling; the configurable limit is applied where inputs are read, see src/resolve/limits.ts). */
  maxBytes?: number;
  /** Refuse documents nested deeper than this (default 1000). */
  maxDepth?: number;
  /**
   * Refuse an attribute value written with more than this many characters between its quotes (UTF-16 code units of the
   * decoded document, references counted as written, so no longer value passes either) with `xml:attributeTooLong`;
   * default `DEFAULT_MAX_ATTRIBUTE_LENGTH` (1 MiB). Not applied by `parseMixed` (XHTML, where an image's `src` is a
   * `data:` URI of megabytes), whose attributes are bounded by the document size only.
   */
  maxAttributeLength?: number;
}

const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
/**
 * Longest attribute value of a data-centric document (an XBRL instance, linkbase, schema) by default: 1 MiB
 * (1,048,576 characters). Real attributes are far shorter: those of the KvK/NT taxonomies and filings at most 1.3 KB,
 * formula `test` expressions a few KB. A longer value only costs memory (the file's bytes, the value, xmllint's own
 * copies: issue 17's fuzzed 5-6 MB attributes peaked 20-27 MB over the seed plus three times the document). libxml2
 * has such a limit too: XML_MAX_TEXT_LENGTH, 10,000,000 bytes for one text node or attribute value unless
 * XML_PARSE_HUGE is given (include/libxml/parserInternals.h).
 */
export const DEFAULT_MAX_ATTRIBUTE_LENGTH = 1 << 20;
/** Values and texts shared by parseXml's `own`: at most this many, of at most this many characters. */
const SHARED_VALUES = 16384;
const SHARED_VALUE_MAX = 256;
const COPIED_VALUE_MAX = 1 << 16;

/**
 * A copy of `s` that refers to no other string: `' ' + s` is a cons string, which `slice` flattens into a new flat
 * string first (V8 String::Flatten); the result is a slice of that copy only.
 */
function copyOf(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * Whether an XML Name (saxes checked it, XML 1.0 production [5]) is a QName (Namespaces in XML 1.0 section 4, [7]):
 * no colon, or one colon between a prefix and a local part that are both NCNames. A Name may hold colons anywhere,
 * and after one any NameChar; an NCName must start with a NameStartChar, so the character after the colon may not be
 * one of the NameChars that start nothing ([4a]: '-', '.', digits, U+00B7, U+0300-U+036F, U+203F-U+2040). A fuzzed
 * `xlink:4ype` was read as an attribute of local name '4ype' and the linkbase validated (expat refuses it; issue 17).
 */
function isQName(name: string): boolean {
  const i = name.indexOf(':');
  if (i < 0) return true;
  return i > 0 && i < name.length - 1 && name.indexOf(':', i + 1) < 0 && !NAME_CHAR_ONLY.test(name[i + 1]!);
}
const NAME_CHAR_ONLY = /[-.0-9\u00b7\u0300-\u036f\u203f\u2040]/;

/** Up to this many attributes, duplicates are looked for pairwise; past it, in a set. */
const FEW_ATTRIBUTES = 16;

/** Attribute key lists shared per first key (see `sharedKeys` in parseXml). */
const KEY_LISTS_PER_FIRST = 16;
/** Whitespace-only text kept for an element that has child elements (see the `text` handler). */
const WHITESPACE_KEPT = 256;

/**
 * saxes gathers character data until the next markup, across `write` calls: a document padded with megabytes of
 * whitespace between two elements would be held whole. Between writes, whitespace-only character data pending in the
 * text state (saxes 6 state 13, S_TEXT) of an element that already has child elements is cut to the allowance that
 * the `text` handler keeps anyway. Checked by the state and type of saxes' fields; does nothing if those change.
 */
function dropPendingWhitespace(parser: SaxesParser, top: XmlElement | undefined): void {
  const p = parser as unknown as { state?: unknown; text?: unknown };
  if (
    !top ||
    top.children.length === 0 ||
    p.state !== 13 ||
    typeof p.text !== 'string' ||
    p.text.length <= 4 * WHITESPACE_KEPT
  )
    return;
  if (!/\S/.test(p.text)) p.text = p.text.slice(0, WHITESPACE_KEPT);
}

/** Read by nothing: keeps `flattenEntityText`'s `charCodeAt` from being optimised away. */
let _flattenSink = 0;

/**
 * saxes appends each character or entity reference's replacement to the pending text or attribute value with `+=`,
 * which V8 keeps as a rope: a cons cell (about 32 bytes) per reference. An attribute of a million `&#x41;` (6 MB of
 * document) became a 32 MB rope that the tree kept and that was copied flat again when first read (issue 17: 239 MB
 * peak against 120 MB for the seed). The entity state (saxes 6 state 14, S_ENTITY) is wrapped so that, after
 * as many references as a 32nd of the pending text's length (at least 1,024), the pending text is flattened in place
 * (`charCodeAt` makes V8 copy a rope into one flat string): the rope never holds more than about one byte per character
 * and the copying stays linear (about 33 times the text's final length in all). saxes' behaviour, positions and
 * errors are unchanged. Checked by the type of saxes' fields; does nothing if those change.
 */
function flattenEntityText(parser: SaxesParser): void {
  const p = parser as unknown as { stateTable?: unknown; text?: unknown };
  const table = p.stateTable;
  if (!Array.isArray(table) || typeof table[14] !== 'function' || typeof p.text !== 'string') return;
  const sEntity = table[14] as (this: unknown) => void;
  let references = 0;
  let next = 1024;
  table[14] = function (this: { state: number; text: string }) {
    sEntity.call(this);
    if (this.state === 14 || ++references < next) return;
    references = 0;
    const text = this.text;
    if (typeof text !== 'string') return;
    _flattenSink ^= text.length > 0 ? text.charCodeAt(0) : 0;
    next = Math.max(1024, text.length >> 5);
  };
}

/** What `readQuotedValues` reads and sets of a saxes 6 parser (checked by type before use). */
interface SaxesQuotedState {
  state: number;
  chunk: string;
  i: number;
  column: number;
  text: string;
  q: number | null;
  currentXMLVersion: string;
}

/** Code units of references decoded by `readQuotedValues`, made into a string every 8,192 (shared, reused). */
const refUnits = new Uint16Array(8192);
/** A plain run of at most this many characters between two references is copied into `refUnits`, not sliced. */
const SHORT_RUN = 32;

/**
 * The code point of the predefined entity or character reference at `chunk[at]` (`&`) and the reference's length,
 * packed as `codePoint * 16 + length` (length at most 11); -1 when it is anything else: another entity, a reference
 * that ends beyond the chunk, `&#X..;`, more than 7 digits, or a code point that is no XML 1.0 Char
 * (production [2]). Those are left to saxes, whose errors and positions are then the same as before.
 */
function simpleReference(chunk: string, at: number): number {
  const c1 = chunk.charCodeAt(at + 1);
  if (c1 === 35 /* # */) {
    let k = at + 2;
    let cp = 0;
    let digits = 0;
    if (chunk.charCodeAt(k) === 120 /* x */) {
      k++;
      for (; digits <= 6; k++, digits++) {
        const d = chunk.charCodeAt(k);
        if (d >= 48 && d <= 57) cp = cp * 16 + d - 48;
        else if (d >= 97 && d <= 102) cp = cp * 16 + d - 87;
        else if (d >= 65 && d <= 70) cp = cp * 16 + d - 55;
        else break;
      }
    } else
      for (; digits <= 7; k++, digits++) {
        const d = chunk.charCodeAt(k);
        if (d >= 48 && d <= 57) cp = cp * 10 + d - 48;
        else break;
      }
    if (digits === 0 || digits > 7 || chunk.charCodeAt(k) !== 59 /* ; */) return -1;
    const isChar =
      (cp >= 0x20 && cp <= 0xd7ff) ||
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    return isChar ? cp * 16 + (k + 1 - at) : -1;
  }
  if (c1 === 97 /* a */) {
    if (chunk.startsWith('amp;', at + 1)) return 38 * 16 + 5;
    if (chunk.startsWith('apos;', at + 1)) return 39 * 16 + 6;
  } else if (c1 === 108 /* l */) {
    if (chunk.startsWith('lt;', at + 1)) return 60 * 16 + 4;
  } else if (c1 === 103 /* g */) {
    if (chunk.startsWith('gt;', at + 1)) return 62 * 16 + 4;
  } else if (c1 === 113 /* q */) {
    if (chunk.startsWith('quot;', at + 1)) return 34 * 16 + 6;
  }
  return -1;
}

/**
 * saxes reads a quoted attribute value character by character and decodes each reference through its entity state
 * (a slice for the name, a regular expression, `parseInt`, `String.fromCodePoint` and a `+=` per reference): some 150
 * bytes of garbage a reference, which grew V8's young generation to its maximum (a 6 MB attribute of `&#x41;`, issue
 * 17: 45 MB more peak RSS than a tiny document, against 20 for 6 MB of plain characters). Its quoted-value state
 * (saxes 6 state 40, S_ATTRIB_VALUE_QUOTED) is wrapped: before saxes' own code runs, the value is read here as far as
 * it is made of plain characters (U+0020-U+D7FF other than the quote, `<` and `&`), the five predefined entities and
 * character references to XML 1.0 characters (`simpleReference`), all within the chunk. Decoded references go into
 * `refUnits` and become one string per 8,192 code units; plain runs are sliced (short ones between references are
 * copied). The value, `i` and `column` are left as saxes would have them (no line ends are read here), and saxes
 * reads on from there: the closing quote, line ends, tabs, `<`, other references and errors are its own as before.
 * XML 1.0 documents only (1.1 has other characters); does nothing if saxes' fields are not of the expected types.
 */
function readQuotedValues(parser: SaxesParser): void {
  const p = parser as unknown as { stateTable?: unknown };
  const table = p.stateTable;
  if (!Array.isArray(table) || typeof table[40] !== 'function') return;
  const sQuoted = table[40] as (this: unknown) => void;
  table[40] = function (this: SaxesQuotedState) {
    const { chunk, q } = this;
    if (
      this.currentXMLVersion === '1.0' &&
      typeof chunk === 'string' &&
      typeof q === 'number' &&
      typeof this.text === 'string' &&
      typeof this.i === 'number' &&
      typeof this.column === 'number'
    )
      readQuotedValue(this, chunk, q);
    sQuoted.call(this);
  };
}

function readQuotedValue(st: SaxesQuotedState, chunk: string, q: number): void {
  const n = chunk.length;
  const from = st.i;
  let i = from;
  let runStart = i;
  let units = 0;
  let text = st.text;
  for (;;) {
    const c = i < n ? chunk.charCodeAt(i) : -1;
    if (c >= 0x20 && c < 0xd800 && c !== q && c !== 38 /* & */ && c !== 60 /* < */) {
      i++;
      continue;
    }
    const ref = c === 38 ? simpleReference(chunk, i) : -1;
    // the plain run before this point
    if (i > runStart) {
      if (units > 0 && i - runStart <= SHORT_RUN && ref >= 0) {
        if (units + (i - runStart) > refUnits.length) {
          text += String.fromCharCode.apply(null, refUnits.subarray(0, units) as unknown as number[]);
          units = 0;
        }
        for (let k = runStart; k < i; k++) refUnits[units++] = chunk.charCodeAt(k);
      } else {
        if (units > 0) {
          text += String.fromCharCode.apply(null, refUnits.subarray(0, units) as unknown as number[]);
          units = 0;
        }
        text += chunk.slice(runStart, i);
      }
    }
    if (ref < 0) break;
    const cp = ref >> 4;
    if (units + 2 > refUnits.length) {
      text += String.fromCharCode.apply(null, refUnits.subarray(0, units) as unknown as number[]);
      units = 0;
    }
    if (cp < 0x10000) refUnits[units++] = cp;
    else {
      refUnits[units++] = 0xd800 + ((cp - 0x10000) >> 10);
      refUnits[units++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    }
    i += ref & 15;
    runStart = i;
  }
  if (units > 0) text += String.fromCharCode.apply(null, refUnits.subarray(0, units) as unknown as number[]);
  if (i === from) return;
  st.text = text;
  st.column += i - from;
  st.i = i;
}

/** What `limitQuotedValues` reads of a saxes 6 parser (checked by type before use). */
interface SaxesValueState {
  state: number;
  position: number;
  name: string;
  entityReturnState: number | undefined;
}

/**
 * Refuses an attribute value written with more than `limit` characters between its quotes while saxes reads it,
 * before it is whole (issue 17: the fuzzed 5-6 MB attributes were a million `&amp;` or `&#x41;`, values of a million
 * characters that cost their 6 MB of document several times over, in xmllint above all). The start of the value is
 * the position where saxes' attribute-value state (saxes 6 state 39, S_ATTRIB_VALUE) reads the opening quote; its
 * quoted-value state (40, as `readQuotedValues` left it) and entity state (14, for references in a value) are wrapped,
 * and when one of them returns more than `limit` characters past that start with the value still open, or with it
 * just closed longer than that, `tooLong` is called with the attribute's name; it throws, which stops the parser. So
 * a 6 MB value is given up after `limit` characters and the rest of one decoded piece of the document. References
 * count as written, so no value of more than `limit` characters passes (a replacement is never longer than its
 * reference). Does nothing if saxes' fields are not of the expected types (`collectAttributes` still checks the
 * values saxes gives).
 */
function limitQuotedValues(parser: SaxesParser, limit: number, tooLong: (name: string) => void): void {
  const table = (parser as unknown as { stateTable?: unknown }).stateTable;
  const p = parser as unknown as Partial<SaxesValueState>;
  if (
    !Array.isArray(table) ||
    typeof table[14] !== 'function' ||
    typeof table[39] !== 'function' ||
    typeof table[40] !== 'function' ||
    typeof p.position !== 'number' ||
    typeof p.state !== 'number'
  )
    return;
  const [sEntity, sValue, sQuoted] = [table[14], table[39], table[40]] as ((this: unknown) => void)[];
  /** Position of the first character after the opening quote of the value being read, and the attribute's name. */
  let start = 0;
  let name = '';
  table[39] = function (this: SaxesValueState) {
    sValue.call(this);
    if (this.state === 40) {
      start = this.position;
      name = this.name;
    }
  };
  table[40] = function (this: SaxesValueState) {
    sQuoted.call(this);
    // closed (state 41, S_ATTRIB_VALUE_CLOSED): the closing quote is behind the position
    if (this.position - start - (this.state === 41 ? 1 : 0) > limit) tooLong(name);
  };
  table[14] = function (this: SaxesValueState) {
    sEntity.call(this);
    if (this.entityReturnState === 40 && this.position - start > limit) tooLong(name);
  };
}

/** What `collectAttributes` reads and sets of a saxes 6 parser (checked by type before use). */
interface SaxesAttributeState {
  pushAttrib: (name: string, value: string) => void;
  processAttribs: () => void;
  attribList: unknown[];
  fail: (message: string) => unknown;
}

/**
 * saxes (without its xmlns mode) makes an object `{ name, value }` per attribute, a list of them per start tag, and
 * copies them into the tag's `attributes`, an object without a prototype that V8 keeps as a hash table; the start tag
 * handler then enumerated that table. For the 150,000 elements of the KvK DTS that was a fifth of the parse time
 * (issue 14). Its two attribute steps are replaced on the parser: the names and values go straight into `names` and
 * `values` (in document order, emptied by the caller at each start tag), and the duplicate check is saxes' own (the
 * same message, from `fail`, at the same point: before the start tag is reported). `tag.attributes` stays empty.
 * A value longer than `maxValue` characters is given to `tooLong` (which throws) as saxes reports it.
 * Returns false (and changes nothing) when saxes' fields are not of the expected types.
 */
function collectAttributes(
  parser: SaxesParser,
  names: string[],
  values: string[],
  maxValue: number,
  tooLong: (name: string) => void,
): boolean {
  const p = parser as unknown as Partial<SaxesAttributeState>;
  if (
    typeof p.pushAttrib !== 'function' ||
    typeof p.processAttribs !== 'function' ||
    typeof p.fail !== 'function' ||
    !Array.isArray(p.attribList)
  )
    return false;
  const st = p as SaxesAttributeState;
  st.pushAttrib = (name: string, value: string) => {
    if (value.length > maxValue) tooLong(name);
    names.push(name);
    values.push(value);
  };
  st.processAttribs = function (this: SaxesAttributeState) {
    // pairwise for a few, a set for many: 40,000 attributes compared pairwise took 4.4 s (saxes' own check: 68 ms)
    const n = names.length;
    const seen = n > FEW_ATTRIBUTES ? new Set<string>() : undefined;
    for (let a = 0; a < n; a++) {
      const name = names[a]!;
      if (seen ? seen.has(name) : a > 0 && names.lastIndexOf(name, a - 1) >= 0) {
        this.fail(`duplicate attribute: ${name}.`);
        // (saxes reports each repeat once, as it reads; go on so that later repeats are reported as before)
      }
      seen?.add(name);
    }
  };
  return true;
}

/**
 * The child list of an element that has none, shared by all of them (frozen: a parsed tree is never modified); an
 * element's own list is made when its first child is read. Most elements of a taxonomy are leaves (locators, arcs,
 * labels), so this is one array fewer for most of them to allocate and for the garbage collector to copy (issue 14).
 */
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

function* stringChunks(text: string, chunk = 1 << 20): Generator<string> {
  for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
}
const DEFAULT_MAX_DEPTH = 1000;
/**
 * Thrown out of a saxes handler once the document is refused, so that saxes does not read on to the end of its chunk
 * (a 100,000-level nesting after the depth limit kept 100,000 open tags in saxes: 48 MB for a 3 MB document, issue 17).
 */
const STOP: unique symbol = Symbol('stop parsing');

/** `xmlns` or `xmlns:prefix` (Namespaces in XML 1.0 section 3, productions [1]-[3]). */
function isNamespaceDeclaration(name: string): boolean {
  return (
    name.length >= 5 &&
    name.charCodeAt(0) === 120 /* x */ &&
    name.startsWith('xmlns') &&
    (name.length === 5 || name.charCodeAt(5) === 58) /* : */
  );
}

/** Expanded (Clark) name `{ns}local`, or `local` when `ns` is ''. */
export function clark(ns: string, local: string): string {
  return ns ? `{${ns}}${local}` : local;
}

/** Attribute value by namespace and local name. */
export function attr(el: XmlElement, local: string, ns = ''): string | undefined {
  return el.attrs.get(ns ? `{${ns}}${local}` : local);
}

/** Child elements with the given namespace and (optional) local name. */
export function childrenNamed(el: XmlElement, ns: string, local?: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && (local === undefined || c.local === local));
}

export function firstChild(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  return el.children.find((c) => c.ns === ns && c.local === local);
}

/** All descendants (not the element itself) in document order. */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [...el.children].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }
}

/** Text content of the element and all its descendants, in document order. */
export function deepText(el: XmlElement): string {
  if (el.children.length === 0) return el.text;
  // Without mixed-content ordering we approximate: own text first, then children's. Sufficient for
  // whitespace/emptiness checks; exact ordering is kept in the source bytes for schema validation.
  let s = el.text;
  for (const c of el.children) s += deepText(c);
  return s;
}

export interface QName {
  ns: string;
  local: string;
  prefix: string;
}

/**
 * Resolves a QName lexical value (`prefix:local` or `local`) against the element's in-scope namespaces.
 * An unprefixed name takes the default namespace when `useDefault` is true (XML Schema QName semantics).
 * Returns undefined when the prefix is not declared or the value is not a QName.
 */
export function resolveQName(el: XmlElement, value: string, useDefault = true): QName | undefined {
  const v = value.trim();
  if (
    !/^[\p{L}_][\p{L}\p{N}_.\-\u00B7\u0300-\u036F\u203F-\u2040]*(:[\p{L}_][\p{L}\p{N}_.\-\u00B7\u0300-\u036F\u203F-\u2040]*)?$/u.test(
      v,
    )
  ) {
    return undefined;
  }
  const i = v.indexOf(':');
  if (i < 0) {
    const ns = useDefault ? (el.scope[''] ?? '') : '';
    return { ns, local: v, prefix: '' };
  }
  const prefix = v.slice(0, i);
  const ns = prefix === 'xml' ? XML_NS : el.scope[prefix];
  if (ns === undefined) return undefined;
  return { ns, local: v.slice(i + 1), prefix };
}

/** The base URL in effect for the element: the document URL adjusted by every `xml:base` on the element and its ancestors (XML Base). */
export function baseUrl(el: XmlElement): string {
  let bases: string[] | undefined;
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    if (e.attrs.k.length === 0) continue;
    const b = e.attrs.get(XML_BASE);
    if (b !== undefined) (bases ??= []).push(b);
  }
  let base = el.doc.url;
  if (bases === undefined) return base;
  for (let i = bases.length - 1; i >= 0; i--) base = resolveUrl(bases[i]!, base);
  return base;
}

/**
 * Resolves `href` against `base` (RFC 3986 section 5.2). Works for http(s) URLs, `file:` URLs and plain file paths
 * (a base that is a file path, absolute or relative to the working folder, yields a file path). The fragment is kept.
 * Both are strings; the result is a string and nothing is thrown (a malformed percent escape stays as written).
 *
 * File paths follow section 5.2.2 with the path as the reference's path:
 * - an absolute path (`/abs/x.xsd`) replaces the base's path and stays absolute, also against a relative base
 *   (`v.xbrl`) and a `file:` URL (`file:///abs/x.xsd`); against a Windows base (`C:\d\v.xbrl`) it is on that
 *   drive (`C:/abs/x.xsd`), as Windows reads it;
 * - a network-path reference (`//host/x.xsd`, or the UNC path `\\host\x.xsd`) keeps its host: `//host/x.xsd`
 *   against a file-path base, `file://host/x.xsd` against a `file:` base, `http://host/x.xsd` against an http base;
 * - a Windows drive path (`C:\x\y.xsd` or `C:/x/y.xsd`) is a path, not a URL with the scheme `c:` (section 3.1
 *   allows one-letter schemes; no scheme of one letter is registered, and a Windows user means the file): it
 *   resolves to `C:/x/y.xsd` against a file-path base and to `file:///C:/x/y.xsd` against a `file:` base. Against
 *   an http(s) base it stays an absolute URL with the scheme `c:` as written (a remote document cannot name a local
 *   file; the resolver then reports it as not found);
 * - against a relative base, the `..` segments that climb above its first folder are kept (`../../x.xsd` against
 *   `a/v.xbrl` is `../x.xsd`; section 5.2.4 drops them, as it must for an absolute base);
 * - `\` in a file path is read as `/`.
 */
export function resolveUrl(href: string, base: string): string {
  // The document part is resolved once per base and kept; the fragment is appended as written when it is made of
  // characters that URL parsing keeps as they are (printable ASCII other than the fragment percent-encode set and '#').
  const hash = href.indexOf('#');
  if (hash >= 0 && SAFE_FRAGMENT.test(href.slice(hash + 1))) {
    return resolveDocumentPart(href.slice(0, hash), base) + href.slice(hash);
  }
  return resolveDocumentPart(href, base);
}

const XML_BASE = internalized(`{${XML_NS}}base`);
/** Printable ASCII except space, '"', '#', '<', '>', '\\' and '`' (a file-path base turns '\\' into '/'). */
const SAFE_FRAGMENT = /^[!$-;=?-[\]-_a-~]*$/;
/** resolveUrl results without a fragment: base -> document part -> result. Cleared when it grows past a bound. */
const resolvedParts = new Map<string, Map<string, string>>();
let resolvedCount = 0;

function resolveDocumentPart(href: string, base: string): string {
  let byHref = resolvedParts.get(base);
  if (byHref === undefined) {
    if (resolvedParts.size >= 1024) {
      resolvedParts.clear();
      resolvedCount = 0;
    }
    resolvedParts.set(base, (byHref = new Map()));
  }
  let r = byHref.get(href);
  if (r === undefined) {
    r = resolveUncached(href, base);
    if (resolvedCount++ >= 65536) {
      resolvedParts.clear();
      resolvedCount = 0;
    } else byHref.set(href, r);
  }
  return r;
}

/** A URL's scheme (RFC 3986 section 3.1). */
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
/** A Windows drive path: a letter, a colon and a slash or backslash. */
const DRIVE_PATH = /^[a-zA-Z]:[\\/]/;

function resolveUncached(href: string, base: string): string {
  const h = href.trim();
  const hrefDrive = DRIVE_PATH.test(h);
  if (SCHEME.test(h) && !hrefDrive) return normaliseUrl(h);
  if (SCHEME.test(base) && !DRIVE_PATH.test(base)) {
    if (hrefDrive) return /^file:/i.test(base) ? normaliseUrl('file:///' + h.replace(/\\/g, '/')) : h;
    try {
      return new URL(h, base).href;
    } catch {
      return h;
    }
  }
  // base is a file path
  const ref = h.replace(/\\/g, '/');
  if (hrefDrive) return filePath(new URL('file:///' + ref), true);
  if (ref.startsWith('//')) {
    const u = new URL(ref, 'file:///');
    return (u.host === '' ? '' : '//' + u.host) + filePath(u, false);
  }
  const b = base.replace(/\\/g, '/');
  if (b.startsWith('/') || DRIVE_PATH.test(b) || ref.startsWith('/')) {
    const fileUrl = new URL(ref, 'file://' + (b.startsWith('/') ? '' : '/') + b);
    // A drive base was made absolute with a leading '/', which comes off again.
    return filePath(fileUrl, DRIVE_PATH.test(b));
  }
  // A relative base: resolved below as many placeholder folders as the '..' segments could climb, so that the '..'
  // that climb above the working folder are kept ('../../x.xsd' against 'a/v.xbrl' is '../x.xsd', not 'x.xsd').
  const climbs = `${ref}/${b}`.split('/').filter((segment) => /^(?:\.|%2e){2}$/i.test(segment)).length;
  const fileUrl = new URL(ref, 'file:///' + UP_PLACEHOLDER.repeat(climbs) + b);
  let p = fileUrl.pathname.slice(1);
  let left = 0;
  while (p.startsWith(UP_PLACEHOLDER_ENCODED)) {
    p = p.slice(UP_PLACEHOLDER_ENCODED.length);
    left++;
  }
  return '../'.repeat(climbs - left) + decodePath(p) + fileUrl.search + fileUrl.hash;
}

/** A folder name no file path has (a control character), for `resolveUncached`; and as URL parsing writes it. */
const UP_PLACEHOLDER = '\u0001/';
const UP_PLACEHOLDER_ENCODED = '%01/';

/** The path, query and fragment of a `file:` URL as a file path (percent escapes decoded); `dropSlash`: without the leading '/'. */
function filePath(u: URL, dropSlash: boolean): string {
  const p = decodePath(u.pathname);
  return (dropSlash ? p.slice(1) : p) + u.search + u.hash;
}

/** Decodes percent escapes; one that is malformed (`%zz`, a lone UTF-8 byte) stays as written. */
function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

function normaliseUrl(u: string): string {
  try {
    return new URL(u).href;
  } catch {
    return u;
  }
}

/** What the first bytes say about a document's encoding (XML 1.0 section 4.3.3 and appendix F, simplified). */
interface EncodingSniff {
  /** WHATWG encoding label for TextDecoder. */
  encoding: string;
  /** Length of the byte order mark (0 when there is none). */
  bom: number;
}

const failAt1 = (code: string, params: MessageParams, url: string): FatalInputError =>
  new FatalInputError(paramFinding(code, 'error', params, { file: url, line: 1, column: 1 }));

/**
 * The encoding of an XML document: its byte order mark, else the XML declaration's `encoding`, else UTF-8.
 * @throws FatalInputError `xml:encoding` when a byte order mark and the declared encoding disagree
 *   (XML 1.0 section 4.3.3: "it is a fatal error for an entity including an encoding declaration to be presented
 *   to the XML processor in an encoding other than that named in the declaration").
 */
function sniffEncoding(bytes: Uint8Array, url: string): EncodingSniff {
  let bomEncoding: string | undefined;
  let bom = 0;
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    bomEncoding = 'utf-16be';
    bom = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    bomEncoding = 'utf-16le';
    bom = 2;
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bomEncoding = 'utf-8';
    bom = 3;
  }
  const headBytes = bytes.subarray(bom, Math.min(bytes.length, bom + 400));
  const head = bomEncoding?.startsWith('utf-16')
    ? new TextDecoder(bomEncoding).decode(headBytes)
    : new TextDecoder('latin1').decode(headBytes);
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const declared = m ? m[1]!.toLowerCase() : undefined;
  if (bomEncoding) {
    const compatible =
      declared === undefined ||
      (bomEncoding === 'utf-8'
        ? declared === 'utf-8' || declared === 'utf8'
        : declared === 'utf-16' || declared === bomEncoding);
    if (!compatible) {
      throw failAt1('xml:encoding', { bom: bomEncoding.toUpperCase(), declared: m![1]! }, url);
    }
    return { encoding: bomEncoding, bom };
  }
  return { encoding: declared === 'utf8' ? 'utf-8' : (declared ?? 'utf-8'), bom: 0 };
}

/**
 * Bytes decoded at a time. Below Node's EXTERN_APEX (1,031,913 characters; src/string_bytes.cc): a longer streamed
 * `TextDecoder.decode` result is an external two-byte string, two bytes a character even for ASCII, and the tree's
 * slices of it keep it alive (a 6 MB document held 12.6 MB of such strings; issue 17). A shorter one is an ordinary
 * V8 string, one byte a character when the text is Latin-1.
 */
const DECODE_CHUNK_BYTES = 1 << 19;

/**
 * The document's text in pieces of about `chunkBytes` bytes, decoded as `sniffEncoding` says, without the byte order
 * mark. Decoding piece by piece means the whole text never exists as one string next to the bytes.
 * @throws FatalInputError `xml:encoding` (invalid UTF-8, unknown encoding, a byte that is no US-ASCII or windows-1252
 *   character where one of those is declared), `xml:malformed` when a second byte order
 *   mark (U+FEFF) follows the first: a character before the XML declaration / root element (XML 1.0 section 2.8,
 *   production [22] prolog, and section 4.3.3).
 */
function* decodeChunks(bytes: Uint8Array, url: string, chunkBytes = DECODE_CHUNK_BYTES): Generator<string> {
  const { encoding, bom } = sniffEncoding(bytes, url);
  const cp1252 = WINDOWS_1252_LABELS.has(encoding);
  if (ASCII_LABELS.has(encoding)) checkBytes(bytes, url, 'US-ASCII', (b) => b > 0x7f);
  else if (cp1252) checkBytes(bytes, url, 'windows-1252', (b) => WINDOWS_1252_UNDEFINED.has(b));
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  } catch {
    throw failAt1('xml:encoding', { unsupported: encoding }, url);
  }
  let first = true;
  for (let i = bom; i < bytes.length || first; i += chunkBytes) {
    const end = Math.min(bytes.length, i + chunkBytes);
    let s: string;
    try {
      s = decoder.decode(bytes.subarray(i, end), { stream: end < bytes.length });
    } catch {
      throw failAt1('xml:encoding', { notUtf8: true }, url);
    }
    if (cp1252) s = s.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
    if (first) {
      checkNoSecondBom(s, url);
      first = false;
    }
    if (s) yield s;
  }
}

/**
 * Labels of US-ASCII. TextDecoder decodes them as windows-1252 (WHATWG Encoding), which gives every byte a character;
 * in US-ASCII a byte above 0x7F is no character at all, so such a document is not well-formed (XML 1.0 section 4.3.3;
 * expat refuses it as an invalid token; a fuzzed mutant was a false valid, issue 17).
 */
const ASCII_LABELS = new Set([
  'us-ascii',
  'ascii',
  'ansi_x3.4-1968',
  'iso-ir-6',
  'iso646-us',
  'us',
  'ibm367',
  'cp367',
  'csascii',
]);

/**
 * Labels of windows-1252 itself (not the ISO-8859-1 labels that WHATWG also decodes as windows-1252: in ISO-8859-1
 * every byte is a character). Five bytes are undefined in windows-1252; TextDecoder decodes them as C1 controls
 * (WHATWG Encoding), expat (through Python's cp1252 codec) refuses them, and so do we (XML 1.0 section 4.3.3).
 */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252']);
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * The characters of windows-1252's bytes 0x80-0x9F (the undefined five kept as themselves; they are refused before
 * decoding). Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 there (0x80 became U+0080, not the euro sign),
 * so those bytes are mapped here; with a TextDecoder that gets them right there is nothing left to map.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** @throws FatalInputError `xml:encoding` at the first byte that is no character of `declared`, with its line. */
function checkBytes(bytes: Uint8Array, url: string, declared: string, undefinedByte: (b: number) => boolean): void {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (undefinedByte(b)) {
      throw new FatalInputError(
        paramFinding(
          'xml:encoding',
          'error',
          { declared, byte: `0x${b.toString(16).toUpperCase().padStart(2, '0')}` },
          { file: url, line, column },
        ),
      );
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
  }
}

function checkNoSecondBom(text: string, url: string): void {
  if (text.charCodeAt(0) === 0xfeff) {
    throw failAt1('xml:malformed', { reason: 'secondBom' }, url);
  }
}

/**
 * Decodes an XML document's bytes: byte order mark, else the XML declaration's encoding, else UTF-8 (XML 1.0
 * appendix F, simplified). The byte order mark is not part of the result.
 * @throws FatalInputError `xml:encoding` for invalid UTF-8, an unknown encoding or a byte order mark contradicting
 *   the declared encoding; `xml:malformed` for a second byte order mark.
 */
export function decodeXml(bytes: Uint8Array, url: string): string {
  let out = '';
  for (const s of decodeChunks(bytes, url, 64 << 20)) out += s;
  return out;
}

/**
 * Parses an XML document.
 *
 * @param source the document's bytes or its text
 * @param url the URL or path it was read from (used for findings and relative references)
 * @throws FatalInputError with code `xml:empty`, `xml:malformed` (not well-formed, with line and column),
 *   `xml:encoding`, `xml:entityDeclarationRefused`, `sbr:documentTooLarge` (more than `maxBytes`), `xml:tooDeep`
 *   or `xml:attributeTooLong` (a value longer than `maxAttributeLength`, not by `parseMixed`; at the start tag's `<`).
 */
export function parseXml(source: Uint8Array | string, url: string, options: ParseOptions = {}): XmlDocument {
  return parse(source, url, options, false) as XmlDocument;
}

/**
 * Parses an XML document keeping its mixed content (`MixedElement`): the text between child elements in order, all
 * whitespace, the start tags as written, and the elements by id. For XHTML (Inline XBRL); XBRL documents are parsed
 * with `parseXml`, whose whitespace between elements carries no meaning (and is not kept).
 * @throws FatalInputError as `parseXml`
 */
export function parseMixed(source: Uint8Array | string, url: string, options: ParseOptions = {}): MixedDocument {
  return parse(source, url, options, true) as MixedDocument;
}

/** parseXml (`mixed` false) and parseMixed (true): one parser, two kinds of tree. */
function parse(
  source: Uint8Array | string,
  url: string,
  options: ParseOptions,
  mixed: boolean,
): XmlDocument | MixedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxAttributeLength = mixed ? Infinity : (options.maxAttributeLength ?? DEFAULT_MAX_ATTRIBUTE_LENGTH);
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > maxBytes) {
    throw new FatalInputError(
      finding(
        'sbr:documentTooLarge',
        'error',
        `The document is ${size} bytes, more than the limit of ${maxBytes} bytes; it is refused`,
        { file: url, line: 1, column: 1 },
      ),
    );
  }
  // A string source may keep one byte order mark (as read by a decoder that does not strip it); never two.
  let chunks: Iterable<string>;
  if (typeof source === 'string') {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    checkNoSecondBom(text, url);
    chunks = stringChunks(text);
  } else chunks = decodeChunks(source, url);

  const doc: XmlDocument = { url, root: undefined as unknown as XmlElement, size };
  const mdoc: MixedDocument = {
    url,
    root: undefined as unknown as MixedElement,
    size,
    ids: new Map(),
    duplicateIds: [],
  };
  // Namespace processing is done here rather than by saxes (its xmlns mode halves throughput).
  const parser = new SaxesParser({ position: true, fileName: url });
  flattenEntityText(parser);
  readQuotedValues(parser);
  const rootScope: NamespaceScope = Object.create(null);
  rootScope['xml'] = XML_NS;
  const stack: XmlElement[] = [];
  /** The open elements of a mixed-content tree (`mixed`; `stack` stays empty). */
  const mstack: MixedElement[] = [];
  /** Interned strings: element QName -> [prefix, local, QName]; (namespace, attribute QName) -> expanded name. */
  const names = new Map<string, [string, string, string]>();
  const attrKeys = new Map<string, Map<string, string>>();
  const internKey = (uri: string, qname: string, colon: number): string => {
    let byName = attrKeys.get(uri);
    if (!byName) attrKeys.set(uri, (byName = new Map()));
    let k = byName.get(qname);
    if (k === undefined) byName.set(qname, (k = internalized(`{${uri}}${qname.slice(colon + 1)}`)));
    return k;
  };
  /**
   * The keys of the attributes just read (`tagKeys[0, m)`) as an array that elements with the same attribute names in
   * the same order share (frozen): most elements of a document repeat a few such lists (a fact's contextRef, unitRef,
   * decimals, id), and one array less per element is about a fifth of a parsed element's memory. At most
   * `KEY_LISTS_PER_FIRST` lists are kept per first key; past that an element gets its own copy.
   */
  const keyLists = new Map<string, readonly string[][]>();
  const sharedKeys = (m: number): string[] => {
    const first = tagKeys[0]!;
    const lists = keyLists.get(first);
    if (lists)
      for (const l of lists) {
        if (l.length !== m) continue;
        let k = 1;
        while (k < m && l[k] === tagKeys[k]) k++;
        if (k === m) return l;
      }
    const own = tagKeys.slice(0, m);
    if (!lists || lists.length < KEY_LISTS_PER_FIRST) {
      Object.freeze(own);
      keyLists.set(first, lists ? [...lists, own] : [own]);
    }
    return own;
  };
  /**
   * A value or text the tree keeps, as a string of its own. saxes' values and texts of 13 characters or more are
   * slices of the decoded piece of the document they were read from, and one kept slice keeps the whole 512 KiB
   * piece alive: a parsed document held its whole decoded text. Values up to `SHARED_VALUE_MAX` characters are
   * shared (a context's entity scheme, a linkbase's roles and arcroles repeat thousands of times), up to
   * `SHARED_VALUES` of them; longer ones are copied, up to `COPIED_VALUE_MAX` characters (a longer value is most of
   * the pieces it was read from, and a copy of it would only add to the peak).
   */
  const shared = new Map<string, string>();
  const own = (v: string): string => {
    if (v.length < 13) return v; // (V8 copies shorter substrings: SlicedString::kMinLength)
    if (v.length > SHARED_VALUE_MAX) return v.length > COPIED_VALUE_MAX ? v : copyOf(v);
    let c = shared.get(v);
    if (c === undefined) {
      c = copyOf(v);
      if (shared.size < SHARED_VALUES) shared.set(c, c);
    }
    return c;
  };
  /** Names of attributes in no namespace, internalized (see `internalized`): `id`, `name`, `order` ... */
  const plainKeys = new Map<string, string>();
  let startLine = 1;
  let startColumn = 1;
  let failure: FatalInputError | undefined;

  /** True while saxes runs our handlers: a failure there stops the parser at once (see STOP). */
  let inParser = false;
  const fail = (code: string, params: MessageParams, line = parser.line, column = parser.column) => {
    if (!failure) failure = new FatalInputError(paramFinding(code, 'error', params, { file: url, line, column }));
    if (inParser) throw STOP;
  };

  parser.on('doctype', (dt) => {
    doc.doctype = dt;
    // XML 1.0 production [28]: '<!DOCTYPE' S Name ... (saxes does not check that the name is there)
    if (!/^[ \t\r\n]+[:A-Z_a-z\u00C0-\uFFFF]/.test(dt)) {
      fail('xml:malformed', { reason: 'doctypeName' });
    }
    if (/<!ENTITY/i.test(dt)) {
      fail('xml:entityDeclarationRefused', {});
    }
  });
  /** The attributes of the start tag being read, in document order. */
  const attrNames: string[] = [];
  const attrValues: string[] = [];
  /** The expanded names and values of the element's attributes (namespace declarations left out), while it is read. */
  const tagKeys: string[] = [];
  const tagValues: string[] = [];
  /** The qualified name of the element whose start tag is being read. */
  let startName = '';
  /** Refuses the start tag being read for its attribute `name`'s value (longer than `maxAttributeLength`), at its `<`. */
  const attributeTooLong = (name: string) => {
    const column = startColumn - (startName.length + 1);
    fail(
      'xml:attributeTooLong',
      { name, element: startName, limit: maxAttributeLength },
      startLine,
      column > 0 ? column : 1,
    );
  };
  /** Whether saxes gives the attributes straight into attrNames / attrValues (`collectAttributes`). */
  const collected = collectAttributes(parser, attrNames, attrValues, maxAttributeLength, attributeTooLong);
  if (!mixed) limitQuotedValues(parser, maxAttributeLength, attributeTooLong);
  /** Expanded names of prefixed attributes by in-scope declarations and qualified name (scopes change rarely). */
  const keysByScope = new Map<NamespaceScope, Map<string, string>>();
  let lastScope: NamespaceScope | undefined;
  let lastKeys: Map<string, string> | undefined;
  parser.on('opentagstart', (tag) => {
    // position is just after the element name; the start tag's '<' is on this line.
    startLine = parser.line;
    startColumn = Math.max(1, parser.column);
    startName = tag.name;
    if (collected) {
      attrNames.length = 0;
      attrValues.length = 0;
    }
  });
  parser.on('opentag', (tag: SaxesTag) => {
    if (failure) return;
    const parent = stack[stack.length - 1];
    const mparent = mstack[mstack.length - 1];
    if (stack.length + mstack.length >= maxDepth) {
      fail('xml:tooDeep', { limit: maxDepth });
      return;
    }
    let scope = parent ? parent.scope : mparent ? mparent.scope : rootScope;
    // The attributes are read from the tag, not from saxes' `attribute` events: with an attribute handler set, saxes'
    // character loop runs several times slower (the KvK live run spent 2.5 s more CPU in saxes with it).
    if (!collected) {
      attrNames.length = 0;
      attrValues.length = 0;
      const rawAttrs = tag.attributes as Record<string, string>;
      for (const name in rawAttrs) {
        attrNames.push(name);
        attrValues.push(rawAttrs[name]!);
        if (rawAttrs[name]!.length > maxAttributeLength) {
          attributeTooLong(name);
          return;
        }
      }
    }
    const n = attrNames.length;
    let declared = false;
    // mixed content only; made on the first one (most elements declare no namespace, many have no attribute)
    let written: [string, string][] | undefined;
    let declarations: [string, string][] | undefined;
    for (let a = 0; a < n; a++) {
      const name = attrNames[a]!;
      if (isNamespaceDeclaration(name)) {
        if (!declared) {
          scope = Object.create(scope) as NamespaceScope;
          declared = true;
        }
        const prefix = name === 'xmlns' ? '' : name.slice(6);
        if (!isQName(name)) {
          fail('xml:malformed', { reason: 'qname', name });
          return;
        }
        const uri = attrValues[a]!;
        if (prefix !== '' && uri === '') {
          fail('xml:malformed', { reason: 'prefixEmptyUri', prefix });
          return;
        }
        // Namespaces in XML 1.0 section 3, reserved prefixes and namespace names: xmlns is never declared, xml only
        // to its own namespace, and neither namespace is bound to another prefix or made the default.
        if (prefix === 'xmlns' || uri === XMLNS_NS || (prefix === 'xml') !== (uri === XML_NS)) {
          fail('xml:malformed', { reason: 'reservedPrefix', name, uri });
          return;
        }
        // internalized: element and attribute namespaces are compared with the NS constants everywhere
        scope[prefix] = internalized(uri);
        if (mixed) (declarations ??= []).push([prefix, uri]);
      }
    }
    let attrs = NO_ATTRIBUTES;
    // gathered in the reused `tagKeys`/`tagValues`, then copied at their length: an array grown by `push` from empty
    // has room for 17 (152 bytes), which for one or two attributes a start tag was most of a parsed element's memory
    let m = 0;
    /** The keys so far, once there are many (a start tag of 40,000 attributes took seconds compared pairwise). */
    let seenKeys: Set<string> | undefined;
    for (let a = 0; a < n; a++) {
      const name = attrNames[a]!;
      if (isNamespaceDeclaration(name)) continue;
      const value = own(attrValues[a]!);
      if (mixed) (written ??= []).push([name, value]);
      let key: string | undefined;
      const i = name.indexOf(':');
      if (i < 0) {
        key = plainKeys.get(name);
        if (key === undefined) plainKeys.set(name, (key = internalized(name)));
      } else {
        if (scope !== lastScope) {
          lastScope = scope;
          lastKeys = keysByScope.get(scope);
          if (lastKeys === undefined) keysByScope.set(scope, (lastKeys = new Map()));
        }
        key = lastKeys!.get(name);
        if (key === undefined) {
          if (!isQName(name)) {
            fail('xml:malformed', { reason: 'qname', name });
            return;
          }
          const p = name.slice(0, i);
          const uri = scope[p];
          if (uri === undefined) {
            fail('xml:malformed', { reason: 'attributePrefix', prefix: p, name });
            return;
          }
          key = internKey(uri, name, i);
          lastKeys!.set(name, key);
        }
        if (
          m < FEW_ATTRIBUTES
            ? m > 0 && tagKeys.lastIndexOf(key, m - 1) >= 0
            : (seenKeys ??= new Set(tagKeys.slice(0, m))).has(key)
        ) {
          fail('xml:malformed', { reason: 'attributeTwice', name: key });
          return;
        }
      }
      seenKeys?.add(key);
      tagKeys[m] = key;
      tagValues[m++] = value;
    }
    if (m > 0) attrs = new Attributes(sharedKeys(m), tagValues.slice(0, m));
    const qn = tag.name;
    let split = names.get(qn);
    if (!split) {
      if (!isQName(qn)) {
        fail('xml:malformed', { reason: 'qname', name: qn });
        return;
      }
      const ci = qn.indexOf(':');
      // internalized (once per element name and document): local names are compared with literals everywhere
      split =
        ci < 0
          ? ['', internalized(qn), internalized(qn)]
          : [internalized(qn.slice(0, ci)), internalized(qn.slice(ci + 1)), internalized(qn)];
      names.set(qn, split);
    }
    const [prefix, local, qname] = split;
    const ns = scope[prefix];
    if (ns === undefined && prefix !== '') {
      fail('xml:malformed', { reason: 'elementPrefix', prefix, name: qn });
      return;
    }
    const line = startLine;
    const column = startColumn - (qn.length + 1) > 0 ? startColumn - (qn.length + 1) : 1;
    if (mixed) {
      // one object per element, in the shape its users read (the XHTML tree was a second tree made from this one)
      const mel: MixedElement = {
        kind: 'element',
        ns: ns ?? '',
        local,
        qname,
        attrs,
        rawAttrs: written ?? NO_PAIRS,
        nsDecls: declarations ?? NO_PAIRS,
        children: [],
        parent: mparent,
        doc: mdoc,
        line,
        column,
        scope,
      };
      const id = attrs.get('id');
      if (id !== undefined) {
        if (mdoc.ids.has(id)) mdoc.duplicateIds.push(mel);
        else mdoc.ids.set(id, mel);
      }
      if (mparent) mparent.children.push(mel);
      else mdoc.root = mel;
      mstack.push(mel);
      return;
    }
    const el: XmlElement = {
      ns: ns ?? '',
      local,
      prefix,
      attrs,
      children: NO_CHILDREN,
      text: '',
      parent,
      doc,
      line,
      column,
      scope,
    };
    if (!parent) doc.root = el;
    // a leaf keeps the shared empty array; the first child makes the element's own
    else if (parent.children === NO_CHILDREN) (parent as { children: XmlElement[] }).children = [el];
    else parent.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (failure) return;
    if (mixed) {
      const mel = mstack.pop();
      // copied at its length (a one-child array grown by `push` has room for 17)
      if (mel && mel.children.length > 0) (mel as { children: MixedNode[] }).children = mel.children.slice();
      return;
    }
    const el = stack.pop();
    // the children array grew by `push`: copied at its length, it does not keep room for up to half as many again
    if (el && el.children.length > 1) (el as { children: XmlElement[] }).children = el.children.slice();
  });
  /** Mixed content: character data joins the text node before it, if the last content item is one. */
  const addText = (t: string) => {
    const top = mstack[mstack.length - 1];
    if (!top) return;
    const content = top.children;
    const last = content.length - 1;
    if (last >= 0 && typeof content[last] === 'string') content[last] = (content[last] as string) + t;
    else content.push(t);
  };
  let blankTop: XmlElement | undefined;
  parser.on('text', (t) => {
    if (mixed) {
      addText(t);
      return;
    }
    const top = stack[stack.length - 1];
    if (!top) return;
    // Whitespace between child elements (the instance root, tuples, linkbases) carries no XBRL meaning: past a
    // small allowance it is not kept, so a document padded with whitespace costs no memory beyond its bytes.
    // (`blankTop` remembers the element whose text was last found to be such whitespace, so it is not scanned again.)
    if (
      top.children.length > 0 &&
      top.text.length >= WHITESPACE_KEPT &&
      !/\S/.test(t) &&
      (top === blankTop || !/\S/.test(top.text))
    ) {
      blankTop = top;
      return;
    }
    if (top === blankTop) blankTop = undefined;
    if (top.text === '') top.text = own(t);
    else top.text += t;
  });
  parser.on('cdata', (t) => {
    if (mixed) {
      addText(t);
      return;
    }
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top === blankTop) blankTop = undefined;
    top.text += t;
  });
  parser.on('error', (err) => {
    const msg = String(err.message).replace(/^(?:.*?:)?\d+:\d+: /, '');
    fail('xml:malformed', { reason: 'parser', detail: msg });
  });

  // Fed in chunks (decoded piece by piece) so that a refusal stops work early and the whole text never exists at once.
  let content = false;
  try {
    for (const chunk of chunks) {
      if (!content && /\S/.test(chunk)) content = true;
      inParser = true;
      parser.write(chunk);
      inParser = false;
      if (failure) break;
      if (!mixed) dropPendingWhitespace(parser, stack[stack.length - 1]);
    }
    if (!content) {
      throw new FatalInputError(
        paramFinding(
          'xml:empty',
          'error',
          { expected: 'XML' },
          {
            file: url,
            line: 1,
            column: 1,
          },
        ),
      );
    }
    inParser = true;
    if (!failure) parser.close();
    inParser = false;
  } catch (e) {
    inParser = false;
    if (e === STOP) throw failure!;
    if (e instanceof FatalInputError) throw e;
    fail('xml:malformed', { reason: 'parser', detail: (e as Error).message.replace(/^(?:.*?:)?\d+:\d+: /, '') });
  }
  if (failure) throw failure;
  if (!(mixed ? mdoc.root : doc.root))
    throw new FatalInputError(
      paramFinding('xml:malformed', 'error', { reason: 'noRoot' }, { file: url, line: 1, column: 1 }),
    );
  return mixed ? mdoc : doc;
}
