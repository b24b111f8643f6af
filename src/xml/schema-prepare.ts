/**
 * Turns a set of schema documents keyed by URL into the in-memory file set handed to xmllint.
 *
 * - Every schema gets a private path `/x/<n>/<basename>`; the map back to its URL is kept for findings.
 * - `schemaLocation` on `xs:import`, `xs:include` and `xs:redefine` is resolved against the schema's URL
 *   and rewritten to the private path (attribute value only, so line numbers stay the same); a location
 *   that is not among the supplied documents is rewritten to `/missing/<n>` so libxml2 never goes to the
 *   network, and reported under its real URL.
 * - libxml2 loads only the first schema document it meets for a namespace and skips later imports of
 *   the same namespace from other locations ("Skipping import of schema located at ..."). XBRL taxonomies
 *   do import one namespace from several documents, so every `xs:import` is pointed at one generated
 *   wrapper per namespace (`/x/ns/<k>.xsd`, `targetNamespace` = that namespace) which `xs:include`s every
 *   document of that namespace reached by an import. An `xs:import` without `schemaLocation` is given the
 *   wrapper's location when a document of that namespace was supplied.
 * - Only documents reachable from the root schemas through import/include/redefine are handed to
 *   xmllint (others cost parse time and cannot affect validation of the instance).
 * - A top wrapper (`/x/top.xsd`) imports the wrappers of the root schemas' namespaces and is the schema
 *   given to `xmllint --schema`.
 */
import { dirname, isAbsolute, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derived } from './document-cache.js';

export interface SchemaInput {
  url: string;
  bytes: Uint8Array | string;
  /**
   * The caller never changes these bytes (a loaded validator artifact's schemas): what is scanned from them is kept
   * with the byte array itself, for as long as it lives, and found by its identity (no comparison of the bytes).
   */
  immutable?: boolean;
}

export interface PreparedFile {
  fileName: string; // without leading '/'
  contents: Uint8Array;
}

export interface PreparedSchemas {
  /** Files for xmllint's MEMFS. */
  files: PreparedFile[];
  /** Absolute MEMFS path of the schema to validate against. */
  top: string;
  /** MEMFS path (with leading '/') → original URL, for schemas, wrappers ('' for generated) and missing locations. */
  pathToUrl: Map<string, string>;
  /** Root schema URLs that were not among the supplied documents. */
  missingRoots: string[];
  /** Number of supplied schema documents handed to xmllint (the import closure of the roots). */
  used: number;
}

const XSD_NS = 'http://www.w3.org/2001/XMLSchema';

/** Normalized identity of a URL or file path, for matching references against supplied documents. */
export function normalizeUrl(u: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(u)) {
    if (u.startsWith('file://')) {
      try {
        return resolvePath(fileURLToPath(u));
      } catch {
        return u;
      }
    }
    try {
      const p = new URL(u);
      p.hash = '';
      return p.href;
    } catch {
      return u;
    }
  }
  return isAbsolute(u) ? resolvePath(u) : u;
}

/** Resolves `ref` (absolute or relative) against `base` (absolute http(s)/file URL or file path). */
export function resolveRef(ref: string, base: string): string {
  const r = ref.trim();
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(r) && !/^[a-zA-Z]:[\\/]/.test(r)) return normalizeUrl(r);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(base) && !base.startsWith('file://')) {
    try {
      return normalizeUrl(new URL(r, base).href);
    } catch {
      return r;
    }
  }
  const basePath = base.startsWith('file://') ? fileURLToPath(base) : base;
  if (isAbsolute(r)) return resolvePath(r);
  return resolvePath(dirname(basePath), decodeURIComponentSafe(r));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** Bytes of a document: strings are UTF-8 encoded; byte arrays are passed unchanged. */
export function toBytes(v: Uint8Array | string): Uint8Array {
  return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
}

/** Replace comments (and PIs) by spaces of the same length so that regex scanning skips them but offsets hold. */
function maskComments(s: string): string {
  return s.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
}

/**
 * An attribute value as XML reads it: the predefined entity and character references decoded in one pass (XML 1.0
 * sections 4.1 and 4.6), so that `&amp;lt;` stays `&lt;`; a reference past U+10FFFF is left as written.
 * Decoded into a reused buffer of code units, made into a string 8,192 at a time: a `replace` with a callback cost
 * 195 MB of peak memory for a mutated schema's 6 MB attribute of a million references (issue 17).
 */
export function unescapeAttr(v: string): string {
  const amp = v.indexOf('&');
  if (amp < 0) return v;
  let out = v.slice(0, amp);
  let n = 0;
  const flush = () => {
    out += String.fromCharCode.apply(null, unescapeUnits.subarray(0, n) as unknown as number[]);
    n = 0;
  };
  const put = (c: number) => {
    if (n === unescapeUnits.length) flush();
    unescapeUnits[n++] = c;
  };
  let i = amp;
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (c !== 38 /* & */) {
      put(c);
      i++;
      continue;
    }
    const cp = referenceAt(v, i);
    if (cp < 0) {
      put(c);
      i++;
      continue;
    }
    if (cp < 0x10000) put(cp);
    else {
      put(0xd800 + ((cp - 0x10000) >> 10));
      put(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
    i += referenceLength;
  }
  if (n > 0) flush();
  return out;
}

/** Code units decoded by `unescapeAttr` (shared, reused). */
const unescapeUnits = new Uint16Array(8192);

/** The length of the reference `referenceAt` last decoded. */
let referenceLength = 0;

/**
 * The code point of the reference at `v[at]` (`&`) as `unescapeAttr` decodes it — `&#x` hex digits `;`, `&#` decimal
 * digits `;`, or one of the five predefined entities — with its length in `referenceLength`; -1 when it is none of
 * them or its code point is past U+10FFFF (then it stays as written).
 */
function referenceAt(v: string, at: number): number {
  if (v.charCodeAt(at + 1) === 35 /* # */) {
    const hex = v.charCodeAt(at + 2) === 120; /* x */
    let k = at + (hex ? 3 : 2);
    let cp = 0;
    let digits = 0;
    for (; ; k++, digits++) {
      const d = v.charCodeAt(k);
      let x: number;
      if (d >= 48 && d <= 57) x = d - 48;
      else if (hex && d >= 97 && d <= 102) x = d - 87;
      else if (hex && d >= 65 && d <= 70) x = d - 55;
      else break;
      if (cp <= 0x10ffff) cp = cp * (hex ? 16 : 10) + x;
    }
    if (digits === 0 || v.charCodeAt(k) !== 59 /* ; */ || cp > 0x10ffff) return -1;
    referenceLength = k + 1 - at;
    return cp;
  }
  for (const [name, cp] of PREDEFINED_CODES)
    if (v.startsWith(name, at + 1)) {
      referenceLength = name.length + 1;
      return cp;
    }
  return -1;
}

const PREDEFINED_CODES: [string, number][] = [
  ['amp;', 38],
  ['lt;', 60],
  ['gt;', 62],
  ['quot;', 34],
  ['apos;', 39],
];

function attr(tagAttrs: string, name: string): { value: string; start: number; end: number } | undefined {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])([^"']*)\\1`);
  const m = re.exec(tagAttrs);
  if (!m) return undefined;
  const valueStart = m.index + m[0].length - 1 - m[2]!.length;
  return { value: unescapeAttr(m[2]!), start: valueStart, end: valueStart + m[2]!.length };
}

interface Reference {
  kind: 'import' | 'include' | 'redefine';
  /** Resolved, normalized target URL ('' when the import has no schemaLocation). */
  target: string;
  namespace: string | undefined;
  /** Offsets in the (latin1) text of the attribute value to replace, or of the insertion point. */
  start: number;
  end: number;
  insert: boolean;
}

interface ScannedSchema {
  url: string;
  key: string;
  text: string; // latin1 view of the bytes
  bytes: Uint8Array;
  targetNamespace: string;
  refs: Reference[];
  /** Local names in `ref` and `substitutionGroup` attributes (see `prepareSchemas`' keep set). */
  referencedNames: string[];
  /** Top-level `xs:element` declarations with a name (see `pruneElements`), in document order. */
  declarations: TopLevelDeclaration[];
  /** Top-level named `xs:complexType` and `xs:simpleType` definitions, in document order (see `typeKeepSet`). */
  typeDefinitions: TopLevelDeclaration[];
  /**
   * Local names of the types referenced (`type`, `base`, `itemType`, `memberTypes`) outside every top-level element
   * declaration and type definition: in attribute, attribute group and model group definitions, which are never pruned.
   */
  otherTypeRefs: string[];
  /** The schema has an `xs:redefine` (a redefined type refers to itself): its closure's types are not pruned. */
  redefines: boolean;
}

/**
 * `scanSchema` through the process-wide document cache (src/xml/document-cache.ts): a schema handed to xmllint for
 * every filing or variation (the standard XBRL schemas) is scanned once. The scan depends on the URL and bytes alone.
 */
function scanSchemaShared(url: string, bytes: Uint8Array, immutable: boolean): ScannedSchema {
  if (immutable) {
    const kept = scansOfImmutable.get(bytes);
    if (kept?.url === url) return kept;
    const s = scanSchema(url, bytes);
    scansOfImmutable.set(bytes, s);
    return s;
  }
  return derived('schema-prepare', url, bytes, () => scanSchema(url, bytes));
}

/**
 * Scans of `immutable` schema inputs by their byte array (a loaded artifact's schemas: scanned once per artifact, not
 * once per filing; 30-50 ms for the KvK 2024 DTS's 1.7 MB, issue 14). The scan depends on the URL too: one of
 * another URL is made again.
 */
const scansOfImmutable = new WeakMap<Uint8Array, ScannedSchema>();

function scanSchema(url: string, bytes: Uint8Array): ScannedSchema {
  const text = latin1(bytes);
  const masked = maskComments(text);
  const key = normalizeUrl(url);
  // Prefixes bound to the XML Schema namespace anywhere in the document (good enough for schema docs).
  const xsdPrefixes = new Set<string>();
  for (const m of masked.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])([^"']*)\2/g)) {
    if (m[3] === XSD_NS) xsdPrefixes.add(m[1] ?? '');
  }
  let targetNamespace = '';
  const rootTag = /<(?:([\w.-]+):)?schema\b([^>]*)>/.exec(masked);
  if (rootTag) {
    const tn = attr(rootTag[2]!, 'targetNamespace');
    if (tn) targetNamespace = utf8(tn.value);
  }
  const refs: Reference[] = [];
  for (const m of masked.matchAll(/<(?:([\w.-]+):)?(import|include|redefine)\b([^>]*?)(\/?)>/g)) {
    const prefix = m[1] ?? '';
    if (xsdPrefixes.size > 0 && !xsdPrefixes.has(prefix)) continue;
    const kind = m[2] as Reference['kind'];
    const attrsText = m[3]!;
    const attrsOffset = m.index + 1 + (m[1] ? m[1].length + 1 : 0) + kind.length;
    const loc = attr(attrsText, 'schemaLocation');
    const ns = kind === 'import' ? attr(attrsText, 'namespace') : undefined;
    if (loc) {
      refs.push({
        kind,
        target: resolveRef(utf8(loc.value), url),
        namespace: ns ? utf8(ns.value) : kind === 'import' ? '' : undefined,
        start: attrsOffset + loc.start,
        end: attrsOffset + loc.end,
        insert: false,
      });
    } else if (kind === 'import') {
      refs.push({
        kind,
        target: '',
        namespace: ns ? utf8(ns.value) : '',
        start: attrsOffset,
        end: attrsOffset,
        insert: true,
      });
    }
  }
  const referencedNames: string[] = [];
  for (const m of masked.matchAll(/\s(?:ref|substitutionGroup)\s*=\s*(["'])([^"']*)\1/g)) {
    referencedNames.push(utf8(m[2]!).trim().replace(/^.*:/, ''));
  }
  const { elements, types, otherTypeRefs } = topLevelDeclarations(masked);
  return {
    url,
    key,
    text,
    bytes,
    targetNamespace,
    refs,
    referencedNames,
    declarations: elements,
    typeDefinitions: types,
    otherTypeRefs,
    redefines: refs.some((r) => r.kind === 'redefine'),
  };
}

/** latin1-decoded bytes back to the UTF-8 string they encode. */
function utf8(latin1Text: string): string {
  return Buffer.from(latin1Text, 'latin1').toString('utf8');
}

function xmlAttrEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function safeBase(url: string): string {
  const last = url.split(/[\\/]/).filter(Boolean).pop() ?? 'schema.xsd';
  const clean = last.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[-.]+/, '');
  return clean || 'schema.xsd';
}

export interface PrepareOptions {
  /**
   * Local names of the elements the instance(s) use. When given, global element declarations whose
   * local name is not among them, and that no schema references (`ref`, `substitutionGroup`), are blanked
   * out of the copies handed to libxml2 (see `pruneElements`).
   */
  usedElementNames?: Set<string>;
  /**
   * Namespaces the instance(s) declare. Supplied schema documents with one of these target namespaces
   * are added to the roots even when no root imports them (e.g. xbrl-instance-2003-12-31.xsd for a
   * taxonomy schema that does not import it; the instance found it through xsi:schemaLocation).
   */
  instanceNamespaces?: Set<string>;
  /**
   * With `usedElementNames`: the instance(s) name no type with `xsi:type` (XML Schema Part 1 section 2.6.1), so the
   * top-level type definitions that no kept declaration reaches are blanked too (see `typeKeepSet`). Default false.
   */
  pruneUnusedTypes?: boolean;
}

export function prepareSchemas(
  schemas: SchemaInput[],
  rootSchemas: string[],
  options: PrepareOptions = {},
): PreparedSchemas {
  const byKey = new Map<string, SchemaInput>();
  for (const s of schemas) {
    const k = normalizeUrl(s.url);
    if (!byKey.has(k)) byKey.set(k, s);
  }
  const scanned = new Map<string, ScannedSchema>();
  const scan = (key: string): ScannedSchema | undefined => {
    let s = scanned.get(key);
    if (!s) {
      const input = byKey.get(key);
      if (!input) return undefined;
      s =
        input.immutable === true && typeof input.bytes !== 'string'
          ? scanSchemaShared(input.url, input.bytes, true)
          : scanSchemaShared(input.url, toBytes(input.bytes), false);
      scanned.set(key, s);
    }
    return s;
  };
  // Namespace → documents of that namespace supplied (for imports without schemaLocation).
  const nsIndex = new Map<string, string[]>();
  const nsOfSupplied = (ns: string): string[] => {
    if (nsIndex.size === 0) {
      for (const k of byKey.keys()) {
        const s = scan(k)!;
        const list = nsIndex.get(s.targetNamespace) ?? [];
        list.push(k);
        nsIndex.set(s.targetNamespace, list);
      }
    }
    return nsIndex.get(ns) ?? [];
  };

  // Import closure of the roots; `imported` = documents that enter through an import or as a root.
  const reached = new Set<string>();
  const imported = new Set<string>();
  const missingRoots: string[] = [];
  const queue: string[] = [];
  const visit = (key: string, viaImport: boolean): void => {
    if (!byKey.has(key)) return;
    if (viaImport) imported.add(key);
    if (!reached.has(key)) {
      reached.add(key);
      queue.push(key);
    }
  };
  const rootKeys: string[] = [];
  for (const r of rootSchemas) {
    const k = normalizeUrl(r);
    if (!byKey.has(k)) {
      missingRoots.push(r);
      continue;
    }
    rootKeys.push(k);
    visit(k, true);
  }
  if (options.instanceNamespaces) {
    for (const ns of options.instanceNamespaces) for (const k of nsOfSupplied(ns)) visit(k, true);
    // Extra documents join the top wrapper only through their namespace's wrapper.
    for (const k of reached) if (!rootKeys.includes(k)) rootKeys.push(k);
  }
  while (queue.length > 0) {
    const s = scan(queue.shift()!)!;
    for (const ref of s.refs) {
      if (ref.kind === 'import') {
        if (ref.target) visit(ref.target, true);
        else for (const k of nsOfSupplied(ref.namespace ?? '')) visit(k, true);
      } else if (ref.target) {
        visit(ref.target, false);
      }
    }
  }

  // Private paths.
  const pathOf = new Map<string, string>();
  const pathToUrl = new Map<string, string>();
  let n = 0;
  for (const k of reached) {
    const p = `/x/${n++}/${safeBase(byKey.get(k)!.url)}`;
    pathOf.set(k, p);
    pathToUrl.set(p, byKey.get(k)!.url);
  }
  // One wrapper per namespace of the imported documents.
  const nsWrapper = new Map<string, { path: string; members: string[] }>();
  for (const k of reached) {
    if (!imported.has(k)) continue;
    const ns = scanned.get(k)!.targetNamespace;
    let w = nsWrapper.get(ns);
    if (!w) {
      w = { path: `/x/ns/${nsWrapper.size}.xsd`, members: [] };
      nsWrapper.set(ns, w);
      pathToUrl.set(w.path, '');
    }
    w.members.push(k);
  }
  let missing = 0;
  const missingPath = (url: string): string => {
    const p = `/missing/${missing++}/${safeBase(url)}`;
    pathToUrl.set(p, url);
    return p;
  };

  // Names that must stay declared: used by the instance, or referenced from any schema in the closure.
  // Namespaces that facts may be in: those the instance declares, less xbrli and link (see widenXbrlRoot).
  const factNamespaces = [...(options.instanceNamespaces ?? [])].filter(
    (ns) => ns && ns !== XBRLI_NS && ns !== LINK_NS,
  );
  let keep: Set<string> | undefined;
  if (options.usedElementNames) {
    keep = new Set(options.usedElementNames);
    for (const k of reached) for (const name of scanned.get(k)!.referencedNames) keep.add(name);
  }
  const reachedScans = [...reached].map((k) => scanned.get(k)!);
  const typeKeep =
    keep && options.pruneUnusedTypes && !reachedScans.some((x) => x.redefines)
      ? typeKeepSet(reachedScans, keep)
      : undefined;

  const files: PreparedFile[] = [];
  for (const k of reached) {
    const s = scanned.get(k)!;
    // Two kinds of edits of the document, disjoint (schemaLocation attributes sit on xs:import/include/redefine, never
    // inside an xs:element declaration), applied in one pass in document order: the references' new locations, and
    // the pruned declarations blanked (see pruneElements). Done on the bytes (the scan's text is their latin1 view, so
    // its offsets are byte offsets): a KvK taxonomy has thousands of declarations to blank, and a string built of
    // thousands of pieces and then encoded cost 150 ms per filing (issue 14).
    const cuts = keep ? s.declarations.filter((d) => !keep.has(d.name)) : [];
    if (typeKeep) {
      const unused = s.typeDefinitions.filter((d) => !typeKeep.has(d.name));
      if (unused.length) {
        cuts.push(...unused);
        cuts.sort((a, b) => a.start - b.start);
      }
    }
    const edits: { start: number; end: number; replacement: string }[] = [];
    for (const ref of s.refs) {
      let replacement: string | undefined;
      if (ref.kind === 'import') {
        if (ref.target) {
          const t = scanned.get(ref.target);
          replacement = t ? nsWrapper.get(t.targetNamespace)!.path : missingPath(ref.target);
        } else {
          const w = nsWrapper.get(ref.namespace ?? '');
          if (w) replacement = ` schemaLocation="${xmlAttrEscape(w.path)}"`;
        }
      } else if (ref.target) {
        replacement = pathOf.get(ref.target) ?? missingPath(ref.target);
      }
      if (replacement !== undefined) edits.push({ start: ref.start, end: ref.end, replacement });
    }
    let contents = editedBytes(s.bytes, cuts, edits);
    if (s.targetNamespace === XBRLI_NS && factNamespaces.length)
      contents = Buffer.from(widenXbrlRoot(latin1(contents), factNamespaces), 'latin1');
    files.push({ fileName: pathOf.get(k)!.slice(1), contents });
  }
  for (const [ns, w] of nsWrapper) {
    const tns = ns ? ` targetNamespace="${xmlAttrEscape(ns)}"` : '';
    const body = w.members.map((k) => `<xs:include schemaLocation="${xmlAttrEscape(pathOf.get(k)!)}"/>`).join('\n');
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="${XSD_NS}"${tns}>\n${body}\n</xs:schema>\n`;
    files.push({ fileName: w.path.slice(1), contents: Buffer.from(text, 'utf8') });
  }
  const rootNamespaces = [...new Set(rootKeys.map((k) => scanned.get(k)!.targetNamespace))];
  const topBody = rootNamespaces
    .map((ns) => {
      const w = nsWrapper.get(ns)!;
      return ns
        ? `<xs:import namespace="${xmlAttrEscape(ns)}" schemaLocation="${xmlAttrEscape(w.path)}"/>`
        : `<xs:include schemaLocation="${xmlAttrEscape(w.path)}"/>`;
    })
    // xs:include must precede xs:import only by convention; both are allowed in any order at the top.
    .join('\n');
  const top = '/x/top.xsd';
  pathToUrl.set(top, '');
  files.push({
    fileName: top.slice(1),
    contents: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="${XSD_NS}">\n${topBody}\n</xs:schema>\n`,
      'utf8',
    ),
  });
  return { files, top, pathToUrl, missingRoots, used: reached.size };
}

const XBRLI_NS = 'http://www.xbrl.org/2003/instance';
const LINK_NS = 'http://www.xbrl.org/2003/linkbase';

/**
 * In the copy of the xbrl-instance schema handed to libxml2, the `xbrli:xbrl` root's `item | tuple | footnoteLink`
 * particles become one strict wildcard for the namespaces the instance's facts may be in
(`factNamespaces`: the instance's declared namespaces less xbrli and link, so that the wildcard cannot
 * overlap the schemaRef/linkbaseRef/context/unit particles). libxml2 expands a substitution-group reference into
 * every member when it builds the content automaton, which takes minutes for a taxonomy with thousands of items
 * (conformance 391-*: 3,441 items; native xmllint needs over two minutes). With the wildcard each fact is still
 * validated strictly against its own global declaration; what is no longer checked by libxml2 — that a fact's
 * element is in the item or tuple substitution group and not abstract — is checked by the XBRL 2.1 rules
 * (`xbrl.4.6:notItemOrTuple`, `xbrl.4.6:abstractConcept`). Line numbers are kept.
 */
export function widenXbrlRoot(text: string, factNamespaces: string[]): string {
  const start = text.search(/<(?:[\w.-]+:)?element\s+name\s*=\s*["']xbrl["']/);
  if (start < 0) return text;
  const close = /<\/(?:[\w.-]+:)?complexType\s*>/g;
  close.lastIndex = start;
  const m = close.exec(text);
  if (!m) return text;
  const end = m.index;
  const block = text.slice(start, end);
  let replacedItem = false;
  const widened = block.replace(
    /<((?:[\w.-]+:)?)element\s+ref\s*=\s*["'](?:[\w.-]+:)?(item|tuple)["']\s*\/>/g,
    (m: string, xsPrefix: string, what: string) => {
      if (what === 'item') {
        replacedItem = true;
        const any = `<${xsPrefix}any namespace="${xmlAttrEscape(factNamespaces.join(' '))}" processContents="strict"/>`;
        return any.length <= m.length ? any + ' '.repeat(m.length - any.length) : any;
      }
      return ' '.repeat(m.length);
    },
  );
  return replacedItem ? text.slice(0, start) + widened + text.slice(end) : text;
}

const TAG = /<(\/?)([^\s>/!?]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * Blanks out (spaces, newlines kept so line numbers hold) the top-level `xs:element` declarations whose
 * `name` is not in `keep`. An instance is valid against the pruned schema set exactly when it is valid
 * against the full one as long as every element name it uses is kept together with whatever those
 * declarations reference: types and groups are never removed, and elements referenced by `ref` or used as
 * substitution group heads are in `keep`. What pruning removes is libxml2's compile cost for large
 * substitution groups (xbrli:item), which grows faster than linearly with their size.
 */
export function pruneElements(text: string, keep: Set<string>): string {
  const cuts = elementDeclarations(maskComments(text)).filter((d) => !keep.has(d.name));
  if (cuts.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const { start, end } of cuts) {
    out += text.slice(pos, start) + blank(text.slice(start, end));
    pos = end;
  }
  return out + text.slice(pos);
}

/**
 * A top-level element declaration or type definition: its `name`, the offsets of its text (start tag to end tag), and
 * the local names of the types its text references (`type`, `base`, `itemType`, `memberTypes`).
 */
interface TopLevelDeclaration {
  name: string;
  start: number;
  end: number;
  typeRefs?: string[];
}

/** The top-level element declarations with a `name` of a schema's text whose comments are masked (`maskComments`). */
function elementDeclarations(masked: string): TopLevelDeclaration[] {
  return topLevelDeclarations(masked).elements;
}

const TYPE_REF = /\s(?:type|base|itemType|memberTypes)\s*=\s*(["'])([^"']*)\1/g;

/** Local names of the QNames of a type reference attribute value (`memberTypes` is a list). */
function typeRefNames(value: string): string[] {
  return utf8(value)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((q) => q.replace(/^.*:/, ''));
}

/**
 * The top-level named element declarations and complex / simple type definitions (children of `xs:schema`) of a
 * masked schema text, each with the type names its own text references, and the type names referenced outside them.
 */
function topLevelDeclarations(masked: string): {
  elements: TopLevelDeclaration[];
  types: TopLevelDeclaration[];
  otherTypeRefs: string[];
} {
  const elements: TopLevelDeclaration[] = [];
  const types: TopLevelDeclaration[] = [];
  let depth = 0;
  let open: { start: number; name: string; kind: 'element' | 'type' } | undefined;
  const tag = new RegExp(TAG.source, 'g');
  const all: TopLevelDeclaration[] = [];
  const close = (d: TopLevelDeclaration, kind: 'element' | 'type') => {
    all.push(d);
    (kind === 'element' ? elements : types).push(d);
  };
  let m: RegExpExecArray | null;
  while ((m = tag.exec(masked)) !== null) {
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (closing) {
      depth--;
      if (open && depth === 1) {
        close({ name: open.name, start: open.start, end: m.index + m[0].length }, open.kind);
        open = undefined;
      }
      continue;
    }
    if (depth === 1 && !open) {
      const local = m[2]!.replace(/^.*:/, '');
      const kind =
        local === 'element' ? 'element' : local === 'complexType' || local === 'simpleType' ? 'type' : undefined;
      const name = kind ? attr(m[3] ?? '', 'name') : undefined;
      if (kind && name) {
        const n = utf8(name.value).trim();
        if (selfClosing) close({ name: n, start: m.index, end: m.index + m[0].length }, kind);
        else open = { start: m.index, name: n, kind };
      }
    }
    if (!selfClosing) depth++;
  }
  // one pass over the type references: each goes to the declaration it is inside (declarations are disjoint and in
  // document order), or to those of the never-pruned rest
  const otherTypeRefs: string[] = [];
  let i = 0;
  for (const m of masked.matchAll(new RegExp(TYPE_REF.source, 'g'))) {
    while (i < all.length && all[i]!.end <= m.index) i++;
    const d = i < all.length && all[i]!.start <= m.index ? all[i]! : undefined;
    const names = typeRefNames(m[2]!);
    if (d) (d.typeRefs ??= []).push(...names);
    else otherTypeRefs.push(...names);
  }
  return { elements, types, otherTypeRefs };
}

/**
 * The local names of the type definitions that must stay for an instance using the `keep` elements: the types the
 * kept element declarations and the never-pruned parts of the schemas (attribute, attribute group and model group
 * definitions, which may in turn be referenced from kept types) reference, and transitively what those type
 * definitions reference (base types, list item and union member types, the types of their local elements and
 * attributes). By local name, over every namespace: a superset of the components an instance's validation can reach
 * without `xsi:type` (XML Schema Part 1 sections 3.3.2, 3.4.2, 3.14.2), so validity against the pruned set is
 * validity against the full one; a type definition libxml2 would have reported as faulty, but that nothing uses, is
 * no longer compiled (as for the pruned element declarations).
 */
function typeKeepSet(schemas: readonly ScannedSchema[], keep: Set<string>): Set<string> {
  const byName = new Map<string, TopLevelDeclaration[]>();
  const out = new Set<string>();
  const queue: string[] = [];
  const add = (names: readonly string[] | undefined) => {
    if (names)
      for (const n of names)
        if (!out.has(n)) {
          out.add(n);
          queue.push(n);
        }
  };
  for (const s of schemas) {
    for (const t of s.typeDefinitions) {
      const list = byName.get(t.name);
      if (list) list.push(t);
      else byName.set(t.name, [t]);
    }
    add(s.otherTypeRefs);
    for (const d of s.declarations) if (keep.has(d.name)) add(d.typeRefs);
  }
  while (queue.length) for (const t of byName.get(queue.pop()!) ?? []) add(t.typeRefs);
  return out;
}

/**
 * `bytes` with the `cuts` blanked (every byte but a line feed becomes a space, see `blank`) and each of the `edits`
 * (byte ranges, disjoint from the cuts and from each other, in document order) replaced by its latin1-encoded
 * replacement: the bytes of the string `blank`/`pruneElements` and the splicing would give, made with one copy.
 */
function editedBytes(
  bytes: Uint8Array,
  cuts: readonly { start: number; end: number }[],
  edits: readonly { start: number; end: number; replacement: string }[],
): Uint8Array {
  let size = bytes.length;
  for (const e of edits) size += e.replacement.length - (e.end - e.start);
  // a plain Uint8Array and a latin1 loop, not Buffer.allocUnsafe / write: the portal bundle's Buffer
  // (src/portal/shim-buffer.ts) has neither, and the replacements are short (attribute values)
  const out = new Uint8Array(size);
  let pos = 0; // in bytes
  let at = 0; // in out
  const copyTo = (end: number) => {
    out.set(bytes.subarray(pos, end), at);
    at += end - pos;
    pos = end;
  };
  let c = 0;
  const blankUpTo = (offset: number) => {
    for (; c < cuts.length && cuts[c]!.start < offset; c++) {
      const { start, end } = cuts[c]!;
      copyTo(start);
      // spaces, then the line feeds put back (native fill and search: no per-byte loop to wait for the JIT on)
      out.fill(0x20, at, at + end - start);
      // (in the declaration's own bytes: a search of the whole document would read on to its next line feed)
      const declaration = bytes.subarray(start, end);
      for (let i = declaration.indexOf(0x0a); i >= 0; i = declaration.indexOf(0x0a, i + 1)) out[at + i] = 0x0a;
      at += end - start;
      pos = end;
    }
  };
  for (const e of edits) {
    blankUpTo(e.start);
    copyTo(e.start);
    const r = e.replacement;
    for (let i = 0; i < r.length; i++) out[at + i] = r.charCodeAt(i) & 0xff;
    at += r.length;
    pos = e.end;
  }
  blankUpTo(Infinity);
  copyTo(bytes.length);
  return out;
}

/** Spaces for every character but line feeds (line numbers hold). */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
