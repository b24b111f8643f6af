/**
 * XML Schema validation of XBRL instances (and compilation checks of taxonomy schemas) with libxml2,
 * through xmllint-wasm run in-process (see `schema-engine.ts`).
 *
 * Each call instantiates the already-compiled wasm module, writes the instance and the schemas it needs
 * (the import/include closure of the root schemas, with schemaLocations rewritten to in-memory paths, see
 * `schema-prepare.ts`) into Emscripten's MEMFS and runs `xmllint --schema top.xsd --noout --nonet doc`.
 * libxml2 compiles the schemas on every run (xmllint keeps no state between runs); to validate several
 * instances against one DTS pay that once with `validateManyAgainstSchemas`.
 *
 * libxml2's diagnostics are mapped to findings: file = the original URL, line from libxml2, column of the
 * element's start tag when it can be found on that line (0 otherwise), code by kind of problem.
 */
import type { Finding, MessageParams, Severity } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { runXmllint, type XmllintInputFile } from './schema-engine.js';
import { prepareSchemas, toBytes, unescapeAttr } from './schema-prepare.js';

/** url = the identity used in schemaLocation / import references (absolute http URL or file path). */
export interface SchemaDoc {
  url: string;
  bytes: Uint8Array | string;
  /** The bytes never change (schema-prepare.ts `SchemaInput.immutable`): their scan is kept with them. */
  immutable?: boolean;
}

const SPEC = 'XML Schema 1.0 Part 1';

/**
 * Validates `doc` against the schemas: `schemas` holds every schema document of the DTS keyed by their
 * URL; `rootSchemas` are the URLs the instance's schemaRefs point to. Findings: `xmlSchema:valueError`
 * (simple type / facet failures), `xmlSchema:elementUnexpected`, `xmlSchema:elementOccurrencesError`,
 * `xmlSchema:attributesExtraneous`, `xmlSchema:attributesRequired`, `xmlSchema:noDeclaration`,
 * `xmlSchema:contentError`, `xmlSchema:identityConstraint`, `xmlSchema:validityError` (other),
 * `xml:malformed` (the instance is not well-formed), `xmlSchema:schemaError` / `xmlSchema:schemaWarning`
 * on the schema file when the schemas do not compile, `xmlSchema:internalError` when libxml2 fails.
 * `options.moreDocuments` are validated in the same run (one schema compilation); their findings are
 * returned too, on their own files.
 */
export async function validateAgainstSchemas(
  doc: SchemaDoc,
  schemas: SchemaDoc[],
  rootSchemas: string[],
  options: ValidateOptions & { moreDocuments?: SchemaDoc[] } = {},
): Promise<Finding[]> {
  const { moreDocuments, ...rest } = options;
  if (!moreDocuments?.length) {
    const [result] = await validateManyAgainstSchemas([doc], schemas, rootSchemas, rest);
    return result!;
  }
  // Several documents in one run: schema problems are repeated in each document's findings, keep them once.
  const all = (await validateManyAgainstSchemas([doc, ...moreDocuments], schemas, rootSchemas, rest)).flat();
  const seen = new Set<string>();
  return all.filter((f) => {
    const k = `${f.code}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Validates several instances against one set of schemas in a single xmllint run, so the schemas are
 * compiled once. Returns one findings array per document (schema problems are repeated in each).
 */
export interface ValidateOptions {
  /**
   * Hand libxml2 only the global element declarations whose local name the documents use (plus any
   * referenced by `ref`/`substitutionGroup`); default true. Much faster on large taxonomies; errors in
   * the blanked declarations themselves are then not reported (use `checkSchemas` for the taxonomy).
   */
  pruneUnusedElements?: boolean;
}

/**
 * The namespace names the documents declare, as XML reads them (references decoded: schema-prepare escapes them
 * again). An absurdly long one (a mutated filing's megabytes of '&amp;') names no taxonomy and would be copied,
 * escaped, into the xbrli schema libxml2 compiles (a 5 MB one cost 170 MB more, issue 17): it is left out, and facts
 * in it are still reported by the XBRL 2.1 rules (xbrl.4.6:undeclaredConcept).
 */
export function instanceNamespacesOf(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(/\sxmlns(?::[^\s=]+)?\s*=\s*(["'])([^"']*)\1/g))
      if (m[2]!.length <= MAX_NAMESPACE_LENGTH) out.add(unescapeAttr(m[2]!));
  return out;
}

/**
 * Whether a document may name a type with `xsi:type` (XML Schema Part 1 section 2.6.1): an attribute `P:type` with a
 * prefix P bound to the XML Schema instance namespace anywhere in it (or any prefix, when the namespace is bound to a
 * prefix that the scan cannot tell). Such a document gets every type definition (schema-prepare.ts `pruneUnusedTypes`).
 */
export function usesXsiType(text: string): boolean {
  for (const m of text.matchAll(/\sxmlns(?::([^\s=]+))?\s*=\s*(["'])([^"']*)\2/g)) {
    if (unescapeAttr(m[3]!) !== XSI) continue;
    // the default namespace never applies to attributes; a bound prefix is looked for as written
    if (m[1] === undefined) continue;
    if (new RegExp(`\\s${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:type\\s*=`).test(text)) return true;
  }
  return false;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Namespace names longer than this (characters) are not handed to libxml2's xbrli:xbrl wildcard. */
export const MAX_NAMESPACE_LENGTH = 4096;

export async function validateManyAgainstSchemas(
  docs: SchemaDoc[],
  schemas: SchemaDoc[],
  rootSchemas: string[],
  options: ValidateOptions = {},
): Promise<Finding[][]> {
  const texts = docs.map((d) => (typeof d.bytes === 'string' ? d.bytes : Buffer.from(d.bytes).toString('utf8')));
  let usedElementNames: Set<string> | undefined;
  if (options.pruneUnusedElements !== false) {
    usedElementNames = new Set<string>();
    for (const t of texts)
      for (const m of t.matchAll(/<([^\s>/!?]+)/g)) usedElementNames.add(m[1]!.replace(/^.*:/, ''));
  }
  const instanceNamespaces = instanceNamespacesOf(texts);
  const prep = prepareSchemas(
    schemas,
    rootSchemas,
    usedElementNames
      ? { usedElementNames, instanceNamespaces, pruneUnusedTypes: !texts.some(usesXsiType) }
      : { instanceNamespaces },
  );
  const schemaFindings: Finding[] = prep.missingRoots.map((u) =>
    paramFinding('xmlSchema:schemaError', 'error', { missing: u }, { file: u }, SPEC),
  );
  const files: XmllintInputFile[] = prep.files.map((f) => ({ fileName: f.fileName, contents: f.contents }));
  const docPaths: string[] = [];
  docs.forEach((d, i) => {
    const p = `/doc/${i}/${safeDocName(d.url)}`;
    docPaths.push(p);
    files.push({ fileName: p.slice(1), contents: toBytes(d.bytes) });
    prep.pathToUrl.set(p, d.url);
  });
  // --huge: our own parser already limits depth (1000) and size; libxml2's default depth limit of 256 would
  // otherwise report deep but well-formed documents as malformed.
  const run = await runXmllint(files, ['--nonet', '--noout', '--huge', '--schema', prep.top, ...docPaths]);
  const parsed = parseXmllintOutput(run.stderr);

  const perDoc: Finding[][] = docs.map(() => []);
  const docIndex = new Map(docPaths.map((p, i) => [p, i]));
  // What the mapping reads of each document (prefixes, line starts) is computed once, on its first diagnostic.
  const docTexts = texts.map((t) => new DocumentText(t));
  for (const d of parsed) {
    const i = docIndex.get(d.path);
    if (i !== undefined) perDoc[i]!.push(...docDiagnosticToFindings(d, docs[i]!.url, docTexts[i]!));
    else schemaFindings.push(schemaDiagnosticToFinding(d, prep.pathToUrl));
  }
  const compileFailed = /failed to compile/.test(run.stderr) || run.exitCode === 5;
  if (compileFailed && !schemaFindings.some((f) => f.severity === 'error')) {
    schemaFindings.push(
      paramFinding(
        'xmlSchema:schemaError',
        'error',
        { notCompiled: true },
        {
          file: rootSchemas[0] ?? '',
        },
        SPEC,
      ),
    );
  }
  if (run.exitCode !== 0 && run.exitCode !== 3 && run.exitCode !== 4 && run.exitCode !== 5 && run.exitCode !== 1) {
    const detail = run.stderr
      .split('\n')
      .filter((l) => /WASM|memory|internal/i.test(l))
      .join(' ')
      .trim();
    for (let i = 0; i < docs.length; i++) {
      perDoc[i]!.push(
        paramFinding(
          'xmlSchema:internalError',
          'error',
          { exitCode: run.exitCode, ...(detail ? { detail } : {}) },
          {
            file: docs[i]!.url,
          },
        ),
      );
    }
  }
  return perDoc.map((f) => dedupeSchemaFindings([...schemaFindings, ...f]));
}

/**
 * Compiles the schemas reachable from `rootSchemas` (a taxonomy entry point) without an instance and
 * returns `xmlSchema:schemaError` / `xmlSchema:schemaWarning` findings on the schema files.
 */
export async function checkSchemas(schemas: SchemaDoc[], rootSchemas: string[]): Promise<Finding[]> {
  const dummy: SchemaDoc = { url: 'sbr:schema-check.xml', bytes: '<sbr-schema-check/>' };
  const [res] = await validateManyAgainstSchemas([dummy], schemas, rootSchemas, { pruneUnusedElements: false });
  // (the dummy declares no namespaces, so only the roots' closure is compiled)
  return res!.filter((f) => f.file !== dummy.url);
}

// ---------------------------------------------------------------------------------------------------
// xmllint output

interface Diagnostic {
  path: string;
  line: number;
  /** 'Schemas validity', 'Schemas parser', 'parser', 'namespace', 'validity', ... */
  domain: string;
  level: 'error' | 'warning';
  /** Element local name from the old `element x:` prefix, when present. */
  element?: string;
  message: string;
}

/**
 * Parses xmllint's stderr: `path:line: [element x: ]Domain error|warning : message` (libxml2 messages are
 * one line each); parser errors' source-context and caret lines and xmllint's summaries are skipped.
 */
export function parseXmllintOutput(stderr: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of stderr.split('\n')) {
    const m = /^(\/[^:]*):(\d+): (?:element ([^:]+): )?(.*?) ?(error|warning) : (.*)$/.exec(l);
    if (m) {
      const message = m[6]!;
      const d: Diagnostic = {
        path: m[1]!,
        line: Number(m[2]),
        domain: m[4]!.trim(),
        level: m[5] as 'error' | 'warning',
        message: message.trim(),
      };
      if (m[3]) d.element = m[3];
      out.push(d);
      continue;
    }
    const nameless = /^(.*?) ?(error|warning) : (.*)$/.exec(l);
    if (nameless && /Schemas|parser|I\/O/.test(nameless[1]!)) {
      out.push({
        path: '',
        line: 0,
        domain: nameless[1]!.trim(),
        level: nameless[2] as 'error' | 'warning',
        message: nameless[3]!.trim(),
      });
    }
  }
  return out;
}

function schemaDiagnosticToFinding(d: Diagnostic, pathToUrl: Map<string, string>): Finding {
  const url = pathToUrl.get(d.path);
  const message = mapPaths(tidy(d.message), pathToUrl)
    .replace(/\{http:\/\/www\.w3\.org\/2001\/XMLSchema\}/g, 'xs:')
    .replace(/^Element '(xs:[\w]+)'(, attribute '[^']*')?: /, 'Schema component $1$2: ');
  const severity: Severity = d.level === 'warning' ? 'warning' : 'error';
  return paramFinding(
    severity === 'warning' ? 'xmlSchema:schemaWarning' : 'xmlSchema:schemaError',
    severity,
    { text: message },
    { file: url ?? '', line: url ? d.line : 0, column: 0 },
    SPEC,
  );
}

function mapPaths(message: string, pathToUrl: Map<string, string>): string {
  return message.replace(/\/(?:x|missing|doc)\/[^\s'",)]+/g, (p) => {
    const u = pathToUrl.get(p);
    return u ? u : u === '' ? '(generated wrapper schema)' : p;
  });
}

/**
 * A validated document's text with what the diagnostics' mapping looks up in it, each computed once and only when
 * asked for: the namespace prefixes and the offsets where lines start. One diagnostic then costs the length of the
 * few lines `locateStartTag` reads, not of the document (8,000 diagnostics scanned the whole text twice each).
 */
class DocumentText {
  private prefixMap?: Map<string, string>;
  private starts?: number[];
  constructor(readonly text: string) {}

  /** Namespace → first prefix declared for it (see `namespacePrefixes`). */
  get prefixes(): Map<string, string> {
    return (this.prefixMap ??= namespacePrefixes(this.text));
  }

  /** Line `n` (1-based, lines split at '\n' as `String.split` does, a '\r' kept), or undefined past the last line. */
  line(n: number): string | undefined {
    if (this.starts === undefined) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    if (n < 1 || n > this.starts.length) return undefined;
    const end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    return this.text.slice(this.starts[n - 1], end);
  }
}

function docDiagnosticToFindings(d: Diagnostic, url: string, doc: DocumentText): Finding[] {
  if (/^parser|namespace/i.test(d.domain) && !/Schemas/.test(d.domain)) {
    return [
      paramFinding(
        'xml:malformed',
        'error',
        { reason: 'parser', detail: tidy(d.message) },
        {
          file: url,
          line: d.line,
          column: 0,
        },
      ),
    ];
  }
  const prefixes = doc.prefixes;
  const raw = d.message;
  const em = /^Element '([^']*)'(?:, attribute '([^']*)')?: (.*)$/s.exec(raw);
  const elementClark = em?.[1];
  const attribute = em?.[2];
  const body = em ? em[3]! : raw;
  const code = classify(body, attribute !== undefined);
  const params: MessageParams = {
    ...(elementClark ? { element: qname(elementClark, prefixes) } : {}),
    ...(elementClark && attribute !== undefined ? { attribute: qname(attribute, prefixes) } : {}),
    ...rewriteBody(body, prefixes),
  };
  const severity: Severity = d.level === 'warning' ? 'warning' : 'error';
  const pos = elementClark ? locateStartTag(doc, d.line, localOf(elementClark)) : { line: d.line, column: 0 };
  const f = paramFinding(code, severity, params, { file: url, line: pos.line, column: pos.column }, SPEC);
  const former = FORMER_NAMES[code];
  if (former) f.related = [former];
  return [f];
}

/**
 * Codes renamed to Arelle's for the same condition (issue 11 item 11; Arelle's XmlValidate), with their former names,
 * which the findings carry under `related` for one release (docs/codes.md).
 */
const FORMER_NAMES: Record<string, string> = {
  'xmlSchema:elementOccurrencesError': 'xmlSchema:missingChild',
  'xmlSchema:attributesRequired': 'xmlSchema:attributeMissing',
  'xmlSchema:attributesExtraneous': 'xmlSchema:attributeNotAllowed',
};

function classify(body: string, isAttribute: boolean): string {
  if (/^\[facet '/.test(body) || /is not a valid value of/.test(body) || /^The value '.*' (?:is not|has)/s.test(body))
    return 'xmlSchema:valueError';
  if (/This element is not expected/.test(body)) return 'xmlSchema:elementUnexpected';
  if (/Missing child element/.test(body)) return 'xmlSchema:elementOccurrencesError';
  if (/The attribute '.*' is not allowed|is not allowed\.$/.test(body) && isAttribute)
    return 'xmlSchema:attributesExtraneous';
  if (/attribute '.*' is required but missing/.test(body)) return 'xmlSchema:attributesRequired';
  if (/No matching global (?:element )?declaration/.test(body)) return 'xmlSchema:noDeclaration';
  if (/Character content|element-only|is not allowed, because the content type|content type is 'empty'/.test(body))
    return 'xmlSchema:contentError';
  if (/Duplicate key-sequence|No match found for key-sequence|keyref/.test(body)) return 'xmlSchema:identityConstraint';
  if (/abstract/.test(body)) return 'xmlSchema:elementAbstract';
  return 'xmlSchema:validityError';
}

/**
 * Readable wording of libxml2's message bodies: `text` (English, as the message shows it) and, for the bodies
 * recognised, `detail` (plain data the other languages' messages are written from, src/messages/en-xbrl.ts
 * SchemaDetailParam).
 */
function rewriteBody(body: string, prefixes: Map<string, string>): { text: string; detail?: MessageParams } {
  let s = tidy(body);
  const qnames = (list: string) =>
    list
      .trim()
      .split(/\s*,\s*/)
      .map((q) => qname(q, prefixes));
  let detail: MessageParams | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.?$/s.exec(s)))
    detail = { kind: 'pattern', value: m[1]!, pattern: m[2]! };
  else if ((m = /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.?$/s.exec(s)))
    detail = { kind: 'enumeration', value: m[1]!, values: m[2]! };
  else if ((m = /This element is not expected\. Expected is (?:one of )?\( ?(.*?) ?\)\.?$/s.exec(s)))
    detail = { kind: 'notExpected', expected: qnames(m[1]!) };
  else if (/^This element is not expected\.$/.test(s)) detail = { kind: 'notExpected' };
  else if ((m = /Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)\.?$/s.exec(s)))
    detail = { kind: 'missingChild', expected: qnames(m[1]!) };
  s = s.replace(
    /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\.?$/s,
    "the value '$1' does not match the required pattern '$2'.",
  );
  s = s.replace(
    /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.?$/s,
    "the value '$1' is not one of the allowed values ($2).",
  );
  s = s.replace(/^\[facet '(\w+)'\] /, '');
  s = s.replace(
    /This element is not expected\. Expected is (?:one of )?\( ?(.*?) ?\)\.?$/s,
    (_, list: string) =>
      `this element is not allowed here; expected ${list
        .split(/\s*,\s*/)
        .map((q) => qname(q, prefixes))
        .join(', ')}.`,
  );
  s = s.replace(/^This element is not expected\.$/, 'this element is not allowed here.');
  s = s.replace(
    /Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)\.?$/s,
    (_, list: string) =>
      `required child element missing; expected ${list
        .split(/\s*,\s*/)
        .map((q) => qname(q, prefixes))
        .join(', ')}.`,
  );
  s = s.replace(/'(\{[^}]*\}[^']*)'/g, (_, q: string) => `'${qname(q, prefixes)}'`);
  s = s.replace(/\{http:\/\/www\.w3\.org\/2001\/XMLSchema\}/g, 'xs:');
  return { text: s.charAt(0).toUpperCase() + s.slice(1), ...(detail ? { detail } : {}) };
}

/** Strips libxml2 noise: trailing '.', doubled spaces, generated paths. */
function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function localOf(clark: string): string {
  const i = clark.lastIndexOf('}');
  return i >= 0 ? clark.slice(i + 1) : clark;
}

function qname(clark: string, prefixes: Map<string, string>): string {
  const m = /^\{([^}]*)\}(.*)$/.exec(clark.trim());
  if (!m) return clark.trim();
  const p = prefixes.get(m[1]!);
  if (p === undefined) return clark.trim();
  return p ? `${p}:${m[2]}` : m[2]!;
}

/** Namespace → first prefix declared for it in the document ('' for a default namespace). */
function namespacePrefixes(text: string): Map<string, string> {
  const map = new Map<string, string>([['http://www.w3.org/2001/XMLSchema', 'xs']]);
  for (const m of text.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])([^"']*)\2/g)) {
    if (!map.has(m[3]!) || map.get(m[3]!) === '') map.set(m[3]!, m[1] ?? '');
  }
  return map;
}

/** Finds `<[prefix:]local` on `line` (libxml2 gives the line where the start tag ends) or up to 50 lines before. */
function locateStartTag(doc: DocumentText, line: number, local: string): { line: number; column: number } {
  if (line <= 0 || !local) return { line, column: 0 };
  const esc = local.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`<(?:[\\w.-]+:)?${esc}(?=[\\s/>]|$)`, 'g');
  for (let l = line; l >= 1 && l > line - 50; l--) {
    const src = doc.line(l);
    if (src === undefined) break;
    let last: RegExpExecArray | null = null;
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((m = re.exec(src)) !== null) last = m;
    if (last) return { line: l, column: [...src.slice(0, last.index)].length + 1 };
  }
  return { line, column: 0 };
}

function safeDocName(url: string): string {
  const last = url.split(/[\\/]/).filter(Boolean).pop() ?? 'instance.xml';
  return last.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[-.]+/, '') || 'instance.xml';
}

/**
 * libxml2 reports a facet failure and then, for the same element, that the value is not valid for the
 * type; keep the first (more specific) of consecutive value errors on the same place and subject.
 */
function dedupeSchemaFindings(fs: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of fs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      f.code === 'xmlSchema:valueError' &&
      prev.code === 'xmlSchema:valueError' &&
      prev.file === f.file &&
      prev.line === f.line &&
      prev.column === f.column &&
      subjectOf(prev.message) === subjectOf(f.message)
    ) {
      continue;
    }
    if (prev && prev.code === f.code && prev.file === f.file && prev.line === f.line && prev.message === f.message)
      continue;
    out.push(f);
  }
  return out;
}

function subjectOf(message: string): string {
  const i = message.indexOf(': ');
  return i >= 0 ? message.slice(0, i) : message;
}
