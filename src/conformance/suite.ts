/**
 * Readers for XBRL International conformance suites.
 *
 * Understands the index document (`<testcases><testcase uri="..."/></testcases>`) and the testcase documents
 * in the three shapes used by XBRL International suites:
 *  - no namespace (XBRL 2.1 suite): `<result expected="valid|invalid">[output instance]</result>`;
 *  - `http://xbrl.org/2005/conformance` (XDT suite): `<result><error>xbrldte:...</error><file>out.xml</file></result>`,
 *    an empty `<result/>` meaning valid;
 *  - `http://xbrl.org/2008/conformance` (formula, later suites): `<name>`/`<description>` children,
 *    `<result expected=...>` with `<error>`, `<assertionTests>`, `<file>`, `<instance>` outputs.
 * Each variation is normalised to a {@link Variation} with absolute file paths.
 */

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FatalInputError, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';

export const CONFORMANCE_NAMESPACES = [
  '', // XBRL 2.1 suite: no namespace
  'http://xbrl.org/2005/conformance',
  'http://xbrl.org/2008/conformance',
] as const;

export interface DataFile {
  /** Local name of the data element: `xsd`, `schema`, `instance`, `linkbase`, `inlineXBRL`, ... */
  kind: string;
  /** Absolute file path (or an http(s) URL when the testcase points outside the file system). */
  path: string;
  readMeFirst: boolean;
}

export interface AssertionTest {
  assertionID: string;
  countSatisfied?: number;
  countNotSatisfied?: number;
}

export interface Variation {
  /** Unique within a suite: `<testcase file basename>:<variation id>` (suffixed `#2`, `#3` if still not unique). */
  id: string;
  /** The variation id as written in the testcase file. */
  variationId: string;
  /** Absolute path of the testcase file. */
  testcase: string;
  name?: string;
  description?: string;
  /** Absolute paths of the data files marked readMeFirst, in document order. */
  readMeFirst: string[];
  data: DataFile[];
  expected: 'valid' | 'invalid';
  /** Expected error codes as written, e.g. `xbrldie:PrimaryItemDimensionallyInvalidError`; may repeat. */
  expectedErrors: string[];
  /** Expected output files (`<result>out.xml</result>`, `<file>`, `<instance>` in the result), absolute paths. */
  resultFiles?: string[];
  /** Formula-style expected assertion results (`<assertionTests>`). */
  assertionTests?: AssertionTest[];
  /** Formula parameters given by the variation (`<data><parameter name value/>`), by QName as written. */
  parameters?: Record<string, string>;
}

const INDEX_CODE = 'sbr:conformanceIndex';

/** `sbr:conformanceIndex` with the variant `k` of what is wrong with `file` (src/messages/en-app.ts). */
function fail(k: string, file: string, params: MessageParams = {}): never {
  throw new FatalInputError(paramFinding(INDEX_CODE, 'error', { file, k, ...params }, { file }));
}

// ---------------------------------------------------------------------------------------------
// Minimal namespace-aware element tree over fast-xml-parser's preserveOrder output.

interface El {
  /** Name as written (with prefix). */
  qname: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  children: El[];
  /** Concatenated text content of this element and its descendants. */
  text: string;
}

type PoNode = Record<string, unknown>;

const ATTR_PREFIX = '@_';

function buildTree(nodes: PoNode[], scope: Map<string, string>): { els: El[]; text: string } {
  const els: El[] = [];
  let text = '';
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        text += String(value);
        continue;
      }
      if (key.startsWith('?') || key.startsWith('!')) continue;
      const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
      const attrs: Record<string, string> = {};
      let inner = scope;
      for (const [k, v] of Object.entries(rawAttrs)) {
        const name = k.startsWith(ATTR_PREFIX) ? k.slice(ATTR_PREFIX.length) : k;
        const val = v === true ? '' : String(v);
        attrs[name] = val;
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (inner === scope) inner = new Map(scope);
          inner.set(name === 'xmlns' ? '' : name.slice(6), val);
        }
      }
      const colon = key.indexOf(':');
      const prefix = colon >= 0 ? key.slice(0, colon) : '';
      const local = colon >= 0 ? key.slice(colon + 1) : key;
      const sub = buildTree(Array.isArray(value) ? (value as PoNode[]) : [], inner);
      els.push({ qname: key, local, ns: inner.get(prefix) ?? '', attrs, children: sub.els, text: sub.text });
      text += sub.text;
    }
  }
  return { els, text };
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
});

function readXml(file: string): El {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (e) {
    fail('unreadable', file, { reason: (e as Error).message });
  }
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  const ok = XMLValidator.validate(xml);
  if (ok !== true) fail('malformed', file, { reason: ok.err.msg, line: ok.err.line });
  let nodes: PoNode[];
  try {
    nodes = parser.parse(xml) as PoNode[];
  } catch (e) {
    fail('unparsable', file, { reason: (e as Error).message });
  }
  const root = buildTree(nodes, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])).els[0];
  if (!root) fail('noRoot', file);
  return root;
}

// ---------------------------------------------------------------------------------------------

function isConformanceNs(ns: string): boolean {
  return (CONFORMANCE_NAMESPACES as readonly string[]).includes(ns);
}

function childrenNamed(el: El, local: string): El[] {
  return el.children.filter((c) => c.local === local && isConformanceNs(c.ns));
}

function normSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Base URL of an element's content given the document URL and any xml:base on the way. */
function withBase(base: URL, el: El): URL {
  const b = el.attrs['xml:base'];
  return b ? new URL(b, base) : base;
}

function resolveRef(ref: string, base: URL): string {
  const u = new URL(ref.trim(), base);
  return u.protocol === 'file:' ? fileURLToPath(u) : u.href;
}

function isTrue(v: string | undefined): boolean {
  return v !== undefined && v.trim().toLowerCase() === 'true';
}

/** Reads a testcase document; `ids` tracks ids used so far in the suite to keep them unique. */
function readTestcase(file: string, root: El, ids: Map<string, number>): Variation[] {
  const docBase = withBase(pathToFileURL(file), root);
  // Expected output documents live next to the testcase or in its `outpath` directory (`out` in XII suites).
  const outBase = root.attrs.outpath ? new URL(root.attrs.outpath.trim().replace(/\/?$/, '/'), docBase) : undefined;
  const resolveOutput = (ref: string, base: URL): string => {
    const here = resolveRef(ref, base);
    if (!outBase || /^https?:/.test(here) || existsSync(here)) return here;
    const there = resolveRef(ref, outBase);
    return existsSync(there) ? there : here;
  };
  const out: Variation[] = [];
  const variations = childrenNamed(root, 'variation');
  variations.forEach((v, index) => {
    const base = withBase(docBase, v);
    const variationId = v.attrs.id?.trim() || `#${index + 1}`;
    const where = `${file} variation ${variationId}`;

    const nameEl = childrenNamed(v, 'name')[0];
    const name = v.attrs.name ?? (nameEl ? normSpace(nameEl.text) : undefined);
    const descEl = childrenNamed(v, 'description')[0];
    const description = descEl ? normSpace(descEl.text) : undefined;

    const data: DataFile[] = [];
    let parameters: Record<string, string> | undefined;
    for (const dataEl of childrenNamed(v, 'data')) {
      const dBase = withBase(base, dataEl);
      for (const d of dataEl.children) {
        const ref = d.text.trim();
        if (d.local === 'parameter' && d.attrs.name !== undefined) {
          // formula suite: <parameter name="QName" datatype="xs:..." value="..."/> (Variables 1.0 section 3.5.1)
          (parameters ??= {})[d.attrs.name.trim()] = d.attrs.value ?? '';
          continue;
        }
        if (!ref) continue;
        data.push({
          kind: d.local,
          path: resolveRef(ref, withBase(dBase, d)),
          readMeFirst: isTrue(d.attrs.readMeFirst),
        });
      }
    }

    const expectedErrors: string[] = [];
    const resultFiles: string[] = [];
    const assertionTests: AssertionTest[] = [];
    let expectedAttr: string | undefined;
    const results = childrenNamed(v, 'result');
    if (results.length === 0) fail('noResult', file, { where });
    for (const r of results) {
      const rBase = withBase(base, r);
      if (r.attrs.expected !== undefined) expectedAttr = r.attrs.expected.trim();
      for (const c of r.children) {
        const text = c.text.trim();
        if (c.local === 'error') {
          if (text) expectedErrors.push(text);
        } else if (c.local === 'assertionTests') {
          const t: AssertionTest = { assertionID: c.attrs.assertionID ?? '' };
          if (c.attrs.countSatisfied !== undefined) t.countSatisfied = Number(c.attrs.countSatisfied);
          if (c.attrs.countNotSatisfied !== undefined) t.countNotSatisfied = Number(c.attrs.countNotSatisfied);
          assertionTests.push(t);
        } else if (text) {
          // <file>, <instance>, <table>, ... : expected output documents
          resultFiles.push(resolveOutput(text, withBase(rBase, c)));
        }
      }
      // XBRL 2.1 suite: <result expected="valid">303-01-PeriodInstantValidOut.xml</result>
      const own = r.children.length === 0 ? r.text.trim() : '';
      if (own) resultFiles.push(resolveOutput(own, rBase));
    }

    let expected: 'valid' | 'invalid';
    if (expectedAttr === undefined) expected = expectedErrors.length > 0 ? 'invalid' : 'valid';
    else if (expectedAttr.toLowerCase() === 'valid') expected = 'valid';
    else if (expectedAttr.toLowerCase() === 'invalid') expected = 'invalid';
    else fail('unknownExpected', file, { where, expected: expectedAttr });

    const tcName = basename(file).replace(/\.xml$/i, '');
    let id = `${tcName}:${variationId}`;
    const seen = ids.get(id) ?? 0;
    ids.set(id, seen + 1);
    if (seen > 0) id = `${id}#${seen + 1}`;

    const variation: Variation = {
      id,
      variationId,
      testcase: file,
      readMeFirst: data.filter((d) => d.readMeFirst).map((d) => d.path),
      data,
      expected,
      expectedErrors,
    };
    if (name !== undefined) variation.name = name;
    if (description !== undefined) variation.description = description;
    if (resultFiles.length) variation.resultFiles = resultFiles;
    if (assertionTests.length) variation.assertionTests = assertionTests;
    if (parameters) variation.parameters = parameters;
    out.push(variation);
  });
  return out;
}

function readDocument(file: string, ids: Map<string, number>, visiting: Set<string>): Variation[] {
  if (visiting.has(file)) fail('includesItself', file);
  const root = readXml(file);
  if (!isConformanceNs(root.ns)) {
    fail('unknownNamespace', file, { root: `{${root.ns}}${root.local}` });
  }
  if (root.local === 'testcase') return readTestcase(file, root, ids);
  // The formula suite's index: <documentation> holding one <testcases root="..."> per section.
  const groups = root.local === 'documentation' ? childrenNamed(root, 'testcases') : [root];
  if (root.local !== 'testcases' && root.local !== 'documentation') {
    fail('unknownRoot', file, { root: root.qname });
  }
  visiting.add(file);
  const base = withBase(pathToFileURL(file), root);
  const out: Variation[] = [];
  for (const group of groups) {
    // Some indexes give a root directory for the testcase uris.
    const rootBase = group.attrs.root ? new URL(group.attrs.root.replace(/\/?$/, '/'), base) : base;
    for (const tc of childrenNamed(group, 'testcase')) {
      const uri = tc.attrs.uri ?? tc.attrs.href;
      if (!uri) fail('noUri', file);
      const path = resolveRef(uri, withBase(rootBase, tc));
      if (/^https?:/.test(path)) fail('notLocal', file, { uri });
      out.push(...readDocument(path, ids, visiting));
    }
  }
  visiting.delete(file);
  return out;
}

/**
 * Reads a conformance suite index (or a single testcase document) and returns its variations in document order.
 * Throws {@link FatalInputError} with code `sbr:conformanceIndex` when a document cannot be read or has an unknown format.
 */
export function readSuite(indexPath: string): Variation[] {
  const abs = resolvePath(indexPath);
  return readDocument(abs, new Map(), new Set());
}

/** Directory of the suite index, handy for printing paths relative to it. */
export function suiteDir(indexPath: string): string {
  return dirname(resolvePath(indexPath));
}
