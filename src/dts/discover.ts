/**
 * DTS discovery (XBRL 2.1 section 3.2): starting from entry points (an instance's schemaRef / linkbaseRef /
 * roleRef / arcroleRef, or taxonomy schemas given directly), follow every discovering reference:
 * - schemas: `xs:import` and `xs:include` schemaLocation, `link:linkbaseRef` in `xs:appinfo`, linkbases embedded in `xs:appinfo`;
 * - linkbases: `link:loc` href, `link:roleRef` and `link:arcroleRef` href.
 * Each document is read through a `DocumentSource` (the resolver), parsed once, and kept with its URL.
 * A document that cannot be read or parsed becomes an error finding at the place that referenced it, and
 * discovery goes on with what resolved (as Arelle does).
 */
import { paramFinding } from '../messages/index.js';
import { FatalInputError, type Finding, type SourceLocation } from '../findings.js';
import { attr, baseUrl, resolveUrl, type XmlDocument, type XmlElement } from '../xml/parse.js';
import { parseXmlSharedBytes } from '../xml/document-cache.js';
import { NS, XLINK_HREF, XLINK_TYPE } from './namespaces.js';
import type { WhereParam } from '../messages/en-sbr.js';

/** Where DTS documents come from: the resolver, or any other byte source (tests, browser). */
export interface DocumentSource {
  /** Bytes of the document at `url` (URL or file path), or undefined when it cannot be found. */
  read(url: string): Uint8Array | undefined;
  /** Where `url` was looked for, for messages. */
  describe?(url: string): string;
  /** Where `url` was looked for, as plain data (the `where` param of sbr:documentNotFound; src/resolve Resolver). */
  whereParts?(url: string): WhereParam;
  /** The URL under XBRL International's other host name that `read(url)` took the document from (src/resolve/host-alias.ts), if it did. */
  aliasOf?(url: string): string | undefined;
  /**
   * The document at `url` already parsed (with `parseXml(bytes, url)`: same URL), used in place of `read` + parse;
   * undefined = read and parse it. The parsed document is shared, so it must never be modified (nothing downstream of
   * discovery does). A validator artifact gives its stubs of base documents this way (src/artifact/layer.ts).
   */
  parsed?(url: string): { doc: XmlDocument; bytes: Uint8Array } | undefined;
}

export interface DtsDocument {
  /** The URL by which the document was first referenced (fragment removed). */
  url: string;
  doc: XmlDocument;
  bytes: Uint8Array;
  kind: 'schema' | 'linkbase' | 'other';
  /** Target namespace of a schema; for an included schema without one, the includer's (chameleon include). */
  targetNamespace?: string;
  /** The first place that referenced it. */
  referencedFrom?: SourceLocation;
}

export interface Dts {
  entryPoints: string[];
  /** Documents by identity key (see `documentKey`). */
  documents: Map<string, DtsDocument>;
  findings: Finding[];
  /** Keys (see `documentKey`) of documents that were referenced but could not be read or parsed (already reported). */
  unresolved?: Set<string>;
}

export interface DtsStart {
  href: string;
  /** Base URL for a relative href; defaults to the href itself being absolute or a path. */
  base?: string;
  from?: SourceLocation;
  /**
   * The entry document itself, already read and parsed (`parseXml(bytes, url)` under the start's URL): a taxonomy
   * schema or linkbase given for validation. Discovery does not look at it; a taxonomy source may give it to discovery
   * (`DocumentSource.parsed`) instead of reading and parsing the document a second time (src/validate/core.ts
   * `liveTaxonomySource`; a multi-megabyte document parsed twice was most of the fuzz harness's memory, issue 17).
   */
  document?: { doc: XmlDocument; bytes: Uint8Array };
}

/**
 * Identity of a document URL: fragment removed, `https:` taken as `http:` (taxonomies mix the two for the same
 * document; the cache layout does too), and XBRL International's `xbrl.org` host taken as `www.xbrl.org` (it serves
 * its documents under both; src/resolve/host-alias.ts).
 */
export function documentKey(url: string): string {
  const i = url.indexOf('#');
  let u = i >= 0 ? url.slice(0, i) : url;
  if (u.startsWith('https://')) u = 'http://' + u.slice(8);
  return u.startsWith('http://xbrl.org/') ? 'http://www.xbrl.org/' + u.slice(16) : u;
}

export function stripFragment(url: string): string {
  const i = url.indexOf('#');
  return i >= 0 ? url.slice(0, i) : url;
}

/** A reference by which a document is discovered, with its location. */
interface Ref {
  url: string;
  from?: SourceLocation;
  /** For xs:include: the includer's target namespace. */
  chameleonNamespace?: string;
}

function loc(el: XmlElement): SourceLocation {
  return { file: el.doc.url, line: el.line, column: el.column };
}

/**
 * Discovers the DTS.
 *
 * @param starts entry points: hrefs (absolute URLs or paths, or relative to `base`) and where they were referenced
 * @param source reads document bytes
 * @throws never: unreadable documents become findings (`sbr:documentNotFound`, or the parser's `xml:*` code)
 */
export function discoverDts(starts: DtsStart[], source: DocumentSource): Dts {
  const documents = new Map<string, DtsDocument>();
  const findings: Finding[] = [];
  const queue: Ref[] = [];
  const entryPoints: string[] = [];
  for (const s of starts) {
    const url = stripFragment(s.base ? resolveUrl(s.href, s.base) : s.href);
    entryPoints.push(url);
    queue.push({ url, from: s.from });
  }
  const failed = new Set<string>();
  let aliasReported = false;

  /**
   * The document part (before '#') of the last href pushed and the base it was resolved against: the locators of a
   * linkbase mostly point into one schema, one after the other, and the same document part against the same base is
   * the same document, queued already or read (the first reference stays the one that queued it).
   */
  let lastDocPart: string | undefined;
  let lastBase: string | undefined;
  const push = (href: string | undefined, el: XmlElement, chameleonNamespace?: string) => {
    if (href === undefined || href.trim() === '') return;
    const base = baseUrl(el);
    const hash = href.indexOf('#');
    if (
      hash > 0 &&
      chameleonNamespace === undefined &&
      base === lastBase &&
      lastDocPart !== undefined &&
      hash === lastDocPart.length &&
      href.startsWith(lastDocPart)
    )
      return;
    const url = stripFragment(resolveUrl(href, base));
    if (url === '') return; // same-document reference
    if (chameleonNamespace === undefined && hash > 0) {
      lastDocPart = href.slice(0, hash);
      lastBase = base;
    }
    const key = documentKey(url);
    if (documents.has(key) || failed.has(key)) return;
    queue.push({ url, from: loc(el), chameleonNamespace });
  };

  while (queue.length) {
    const ref = queue.shift()!;
    const key = documentKey(ref.url);
    if (documents.has(key) || failed.has(key)) continue;
    const pre = source.parsed?.(ref.url);
    let bytes: Uint8Array | undefined = pre?.bytes;
    if (!pre)
      try {
        bytes = source.read(ref.url);
      } catch (e) {
        if (e instanceof FatalInputError) {
          findings.push({
            ...e.finding,
            file: ref.from?.file ?? e.finding.file,
            line: ref.from?.line ?? e.finding.line,
            column: ref.from?.column ?? e.finding.column,
          });
          failed.add(key);
          continue;
        }
        throw e;
      }
    if (!bytes) {
      failed.add(key);
      const described = source.whereParts ? undefined : source.describe ? source.describe(ref.url) : '';
      const where = source.whereParts
        ? source.whereParts(ref.url)
        : described
          ? described.startsWith(ref.url + ': ')
            ? described.slice(ref.url.length + 2)
            : described
          : undefined;
      findings.push(
        paramFinding(
          'sbr:documentNotFound',
          'error',
          { url: ref.url, where },
          ref.from ?? { file: ref.url },
          'XBRL 2.1 section 3.2',
        ),
      );
      continue;
    }
    const alias = source.aliasOf?.(ref.url);
    if (alias !== undefined && !aliasReported) {
      aliasReported = true;
      findings.push(
        paramFinding(
          'sbr:documentHostAlias',
          'info',
          { url: ref.url, alias },
          ref.from ?? { file: ref.url },
          'XBRL 2.1 section 3.2',
        ),
      );
    }
    let doc: XmlDocument;
    if (pre) doc = pre.doc;
    else
      try {
        // the bytes the document cache keeps for equal ones: one array per document content across DTSs
        ({ doc, bytes } = parseXmlSharedBytes(bytes, ref.url));
      } catch (e) {
        if (e instanceof FatalInputError) {
          failed.add(key);
          findings.push(e.finding);
          continue;
        }
        throw e;
      }
    const root = doc.root;
    const kind: DtsDocument['kind'] =
      root.ns === NS.xs && root.local === 'schema'
        ? 'schema'
        : root.ns === NS.link && root.local === 'linkbase'
          ? 'linkbase'
          : 'other';
    const dd: DtsDocument = { url: ref.url, doc, bytes, kind, referencedFrom: ref.from };
    if (kind === 'schema') {
      const tns = attr(root, 'targetNamespace');
      dd.targetNamespace = tns ?? ref.chameleonNamespace;
    }
    documents.set(key, dd);
    if (kind === 'schema') scanSchema(root, dd.targetNamespace, push);
    else if (kind === 'linkbase') scanLinkbase(root, push);
    else if (root.ns === NS.xbrli && root.local === 'xbrl' && ref.from === undefined) {
      // An instance given as an entry point: its schemaRef, linkbaseRef, roleRef and arcroleRef start the DTS
      // (XBRL 2.1 section 3.2); the instance itself is not part of it.
      for (const c of root.children) {
        if (
          c.ns === NS.link &&
          (c.local === 'schemaRef' || c.local === 'linkbaseRef' || c.local === 'roleRef' || c.local === 'arcroleRef')
        ) {
          push(attr(c, XLINK_HREF), c);
        }
      }
    }
  }
  return { entryPoints, documents, findings, unresolved: failed };
}

type Push = (href: string | undefined, el: XmlElement, chameleonNamespace?: string) => void;

function scanSchema(root: XmlElement, tns: string | undefined, push: Push): void {
  for (const c of root.children) {
    if (c.ns !== NS.xs) continue;
    if (c.local === 'import') push(attr(c, 'schemaLocation'), c);
    else if (c.local === 'include' || c.local === 'redefine') push(attr(c, 'schemaLocation'), c, tns);
    else if (c.local === 'annotation') scanAnnotation(c, push);
    else if (
      c.local === 'element' ||
      c.local === 'complexType' ||
      c.local === 'simpleType' ||
      c.local === 'attribute'
    ) {
      // annotations may sit on any component
      for (const a of c.children) if (a.ns === NS.xs && a.local === 'annotation') scanAnnotation(a, push);
    }
  }
}

function scanAnnotation(ann: XmlElement, push: Push): void {
  for (const ai of ann.children) {
    if (ai.ns !== NS.xs || ai.local !== 'appinfo') continue;
    for (const c of ai.children) {
      if (c.ns === NS.link && c.local === 'linkbaseRef') push(attr(c, XLINK_HREF), c);
      else if (c.ns === NS.link && c.local === 'linkbase') scanLinkbase(c, push);
    }
  }
}

function scanLinkbase(lb: XmlElement, push: Push): void {
  for (const c of lb.children) {
    if (c.ns === NS.link && (c.local === 'roleRef' || c.local === 'arcroleRef')) {
      push(attr(c, XLINK_HREF), c);
      continue;
    }
    if (attr(c, XLINK_TYPE) !== 'extended') continue;
    for (const l of c.children) {
      // only link:loc elements discover documents (conformance 230 V-02), not other locator-type elements
      if (l.ns === NS.link && l.local === 'loc' && attr(l, XLINK_TYPE) === 'locator') push(attr(l, XLINK_HREF), l);
    }
  }
}
