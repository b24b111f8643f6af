/**
 * The W3C XQuery/XPath test suite (QT3, catalog namespace `http://www.w3.org/2010/09/qt-fots-catalog`) run against
 * this project's XPath 2.0 engine: reads catalog.xml -> test-set files -> test-case elements, selects the cases that
 * apply to XPath 2.0 (spec dependency XP20 or XP20+, or no spec dependency), skips those needing features this
 * processor does not have (schema import/validation, higher-order functions, XPath 1.0 compatibility, the namespace
 * axis, static typing, collections, ...; each skip is counted with its reason), and judges each result with the QT3
 * assertions: assert-eq, assert-deep-eq, assert-true, assert-false, assert-empty, assert-count, assert-type,
 * assert-string-value, assert, error (any error code by default, or the exact code), any-of, all-of, not,
 * assert-permutation, assert-xml (compared as parsed XML), assert-serialization-error, serialization-matches.
 *
 * Shapes: `readQt3Catalog(path)` -> `Qt3Case[]`; `runQt3(cases, options)` -> `Qt3Outcome[]` (status pass | fail |
 * skip); `formatQt3(outcomes)` -> report text; baselines use the runner's `Baseline` JSON shape (id = `set/case`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { valueCompare } from '../xpath/atomic/index.js';
import { evaluate } from '../xpath/evaluate.js';
import { deepEqual, deepEqualItems } from '../xpath/functions/sequence.js';
import { stringOf } from '../xpath/functions/node.js';
import { parseXPath } from '../xpath/static.js';
import { buildTree, type TDocument } from '../xpath/tree.js';
import type { AtomicValue, DateTimeValue, Item, QName, Sequence, StaticContext, XNode } from '../xpath/types.js';
import { XPathError, clark, isNode } from '../xpath/types.js';
import { ebv } from '../xpath/xdm.js';
import { XDecimal } from '../xpath/decimal.js';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { readBaseline, type Baseline } from './runner.js';

export const QT3_NS = 'http://www.w3.org/2010/09/qt-fots-catalog';

/** True when the file's root element is a QT3 `catalog` (reads the first 4 KiB only). */
export function isQt3Catalog(path: string): boolean {
  try {
    const head = readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 4096);
    return /<catalog\b[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2010\/09\/qt-fots-catalog["']/.test(head);
  } catch {
    return false;
  }
}

interface Source {
  role?: string;
  file: string;
  uri?: string;
  validation?: string;
}
interface Param {
  name: string;
  select?: string;
  as?: string;
}
export interface Qt3Environment {
  name?: string;
  sources: Source[];
  params: Param[];
  namespaces: Record<string, string>;
  staticBaseUri?: string;
  contextItem?: string;
  /** Why cases in this environment cannot run here (schema, collection, missing file), if so. */
  unsupported?: string;
}
export interface Qt3Dependency {
  type: string;
  value: string;
  satisfied: boolean;
}
export interface Qt3Case {
  /** `test-set/test-case` */
  id: string;
  set: string;
  name: string;
  test: string;
  environment?: Qt3Environment;
  /** Why the case cannot even be set up (unknown environment, unreadable test file). */
  broken?: string;
  dependencies: Qt3Dependency[];
  result: XNode;
  /** The test-set file (base URI of the test). */
  file: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

function elems(n: XNode, local?: string): XNode[] {
  return n
    .children()
    .filter((c) => c.nodeKind === 'element' && c.nodeName!.ns === QT3_NS && (!local || c.nodeName!.local === local));
}
function attr(n: XNode, name: string): string | undefined {
  for (const a of n.attributes()) if (a.nodeName!.local === name && a.nodeName!.ns === '') return a.stringValue();
  return undefined;
}
const docCache = new Map<string, TDocument>();
function loadTree(path: string): TDocument {
  let d = docCache.get(path);
  if (!d) {
    d = buildTree(readFileSync(path), pathToFileURL(path).href);
    docCache.set(path, d);
  }
  return d;
}

function readEnvironment(e: XNode, dir: string): Qt3Environment {
  const env: Qt3Environment = { sources: [], params: [], namespaces: {} };
  const name = attr(e, 'name');
  if (name) env.name = name;
  for (const c of elems(e)) {
    const local = c.nodeName!.local;
    switch (local) {
      case 'source': {
        const file = attr(c, 'file');
        if (!file) {
          env.unsupported ??= 'environment source without a file';
          break;
        }
        const s: Source = { file: resolvePath(dir, file) };
        const role = attr(c, 'role');
        const uri = attr(c, 'uri');
        const validation = attr(c, 'validation');
        if (role) s.role = role;
        if (uri) s.uri = uri;
        if (validation) s.validation = validation;
        if (validation && validation !== 'skip') env.unsupported ??= 'feature schemaValidation (validated source)';
        if (!existsSync(s.file)) env.unsupported ??= 'missing environment file';
        env.sources.push(s);
        break;
      }
      case 'param': {
        const p: Param = { name: attr(c, 'name') ?? '' };
        const select = attr(c, 'select');
        const as = attr(c, 'as');
        if (select !== undefined) p.select = select;
        if (as) p.as = as;
        env.params.push(p);
        break;
      }
      case 'namespace':
        env.namespaces[attr(c, 'prefix') ?? ''] = attr(c, 'uri') ?? '';
        break;
      case 'static-base-uri': {
        const u = attr(c, 'uri');
        if (u) env.staticBaseUri = u;
        break;
      }
      case 'context-item': {
        const s = attr(c, 'select');
        if (s) env.contextItem = s;
        break;
      }
      case 'schema':
        env.unsupported ??= 'feature schemaImport (environment schema)';
        break;
      case 'collection':
        env.unsupported ??= 'collections';
        break;
      case 'resource':
        env.unsupported ??= 'resources (unparsed text)';
        break;
      case 'decimal-format':
        env.unsupported ??= 'decimal formats (XQuery/XPath 3.0)';
        break;
      case 'collation':
        env.unsupported ??= 'collations';
        break;
    }
  }
  return env;
}

function readDependencies(n: XNode): Qt3Dependency[] {
  return elems(n, 'dependency').map((d) => ({
    type: attr(d, 'type') ?? '',
    value: (attr(d, 'value') ?? '').trim(),
    satisfied: attr(d, 'satisfied') !== 'false',
  }));
}

/**
 * Reads the catalog and every test set it names. Test-set dependencies are merged into each case (a case's own
 * spec dependency replaces the set's). Throws XPathError err:FODC0002 when the catalog itself cannot be parsed.
 */
export function readQt3Catalog(catalogPath: string): Qt3Case[] {
  const catalog = loadTree(resolvePath(catalogPath));
  const root = elems(catalog, 'catalog')[0];
  if (!root) throw new XPathError('err:FODC0002', `${catalogPath} is not a QT3 catalog`);
  const dir = dirname(resolvePath(catalogPath));
  const globalEnvs = new Map<string, Qt3Environment>();
  for (const e of elems(root, 'environment')) {
    const env = readEnvironment(e, dir);
    if (env.name) globalEnvs.set(env.name, env);
  }
  const cases: Qt3Case[] = [];
  for (const ts of elems(root, 'test-set')) {
    const setName = attr(ts, 'name') ?? '';
    const file = resolvePath(dir, attr(ts, 'file') ?? '');
    let setDoc: TDocument;
    try {
      setDoc = buildTree(readFileSync(file), pathToFileURL(file).href);
    } catch {
      continue;
    }
    const set = elems(setDoc, 'test-set')[0];
    if (!set) continue;
    const setDir = dirname(file);
    const envs = new Map(globalEnvs);
    for (const e of elems(set, 'environment')) {
      const env = readEnvironment(e, setDir);
      if (env.name) envs.set(env.name, env);
    }
    const setDeps = readDependencies(set);
    for (const tc of elems(set, 'test-case')) {
      const name = attr(tc, 'name') ?? '';
      const own = readDependencies(tc);
      const dependencies = own.some((d) => d.type === 'spec')
        ? [...setDeps.filter((d) => d.type !== 'spec'), ...own]
        : [...setDeps, ...own];
      const c: Qt3Case = {
        id: `${setName}/${name}`,
        set: setName,
        name,
        test: '',
        dependencies,
        result: elems(tc, 'result')[0] ?? tc,
        file,
      };
      const envEl = elems(tc, 'environment')[0];
      if (envEl) {
        const ref = attr(envEl, 'ref');
        if (ref) {
          const env = envs.get(ref);
          if (env) c.environment = env;
          else c.broken = `unknown environment "${ref}"`;
        } else c.environment = readEnvironment(envEl, setDir);
      }
      const testEl = elems(tc, 'test')[0];
      if (testEl) {
        const tf = attr(testEl, 'file');
        if (tf) {
          try {
            c.test = readFileSync(resolvePath(setDir, tf), 'utf8');
          } catch {
            c.broken = `missing test file ${tf}`;
          }
        } else c.test = testEl.stringValue();
      }
      cases.push(c);
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Selection

/** Features this processor supports (QT3 `dependency type="feature"`). */
const SUPPORTED_FEATURES = new Set<string>([]);

/** Why a case does not apply to this XPath 2.0 processor, or undefined when it should run. */
export function skipReason(c: Qt3Case): string | undefined {
  for (const d of c.dependencies) {
    const tokens = d.value.split(/\s+/);
    switch (d.type) {
      case 'spec': {
        const xp20 = tokens.some((t) => t === 'XP20' || t === 'XP20+');
        if (xp20 !== d.satisfied) return `spec ${d.value}`;
        break;
      }
      case 'feature': {
        const has = tokens.every((t) => SUPPORTED_FEATURES.has(t));
        if (has !== d.satisfied) return `feature ${d.value}`;
        break;
      }
      case 'xsd-version':
        if (tokens.includes('1.0') !== d.satisfied) return `xsd-version ${d.value}`;
        break;
      case 'xml-version':
        if ((tokens.includes('1.0') || tokens.includes('1.0:5+')) !== d.satisfied) return `xml-version ${d.value}`;
        break;
      case 'language':
      case 'default-language':
        if (tokens.includes('en') !== d.satisfied) return `${d.type} ${d.value}`;
        break;
      default:
        return `${d.type} ${d.value}`;
    }
  }
  if (c.broken) return c.broken;
  if (c.environment?.unsupported) return c.environment.unsupported;
  if (/^\s*(xquery\s+version|declare\s|import\s+(module|schema))/.test(c.test)) return 'XQuery prolog';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Running

export interface Qt3Outcome {
  id: string;
  status: 'pass' | 'fail' | 'skip';
  /** Why it failed or was skipped. */
  reason?: string;
  /** A pass by the lenient error check although the error code differs from the expected one. */
  otherErrorCode?: string;
  ms: number;
}

export interface Qt3Options {
  /** Only cases whose id (`set/case`) contains this text. */
  filter?: string;
  /** Expected error codes must match exactly (default: any error passes an `error` assertion). */
  exactErrors?: boolean;
  onResult?: (o: Qt3Outcome) => void;
}

const BASE_NAMESPACES: Record<string, string> = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  fn: 'http://www.w3.org/2005/xpath-functions',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  err: 'http://www.w3.org/2005/xqt-errors',
  math: 'http://www.w3.org/2005/xpath-functions/math',
  map: 'http://www.w3.org/2005/xpath-functions/map',
  array: 'http://www.w3.org/2005/xpath-functions/array',
  local: 'http://www.w3.org/2005/xquery-local-functions',
};

/** A fixed current dateTime for all cases (QT3 results must not depend on it). */
const NOW: DateTimeValue = { year: 2026, month: 1, day: 15, hour: 12, minute: 0, second: new XDecimal(0), tz: 0 };

interface Result {
  value?: Sequence;
  error?: unknown;
}

class CaseRunner {
  readonly namespaces: Record<string, string>;
  readonly vars = new Map<string, Sequence>();
  contextItem: Item | undefined;
  readonly docs = new Map<string, XNode>();
  readonly lazy = new Map<string, string>();
  readonly baseURI: string;
  constructor(readonly c: Qt3Case) {
    const env = c.environment;
    this.namespaces = { ...BASE_NAMESPACES, ...(env?.namespaces ?? {}) };
    this.baseURI = env?.staticBaseUri ?? pathToFileURL(c.file).href;
    for (const s of env?.sources ?? []) {
      if (!s.role) {
        // a document reachable by fn:doc only: parsed when asked for (it may be deliberately malformed)
        this.lazy.set(pathToFileURL(s.file).href, s.file);
        if (s.uri) {
          this.lazy.set(s.uri, s.file);
          try {
            this.lazy.set(new URL(s.uri, this.baseURI).href, s.file);
          } catch {
            /* not a URI */
          }
        }
        continue;
      }
      const d = loadTree(s.file);
      this.docs.set(pathToFileURL(s.file).href, d);
      if (s.uri) {
        this.docs.set(s.uri, d);
        try {
          this.docs.set(new URL(s.uri, this.baseURI).href, d);
        } catch {
          /* not a URI */
        }
      }
      if (s.role === '.') this.contextItem = d;
      else if (s.role?.startsWith('$')) this.vars.set(clarkOf(s.role.slice(1), this.namespaces), [d]);
    }
    for (const p of env?.params ?? []) {
      if (p.select === undefined) continue;
      this.vars.set(clarkOf(p.name, this.namespaces), this.eval(p.select, new Map(), undefined));
    }
    if (env?.contextItem) this.contextItem = this.eval(env.contextItem, new Map(), undefined)[0];
  }

  staticContext(vars: Map<string, Sequence>): StaticContext {
    return { namespaces: this.namespaces, variables: (q: QName) => vars.has(clark(q)) };
  }

  eval(text: string, vars: Map<string, Sequence>, ctxItem: Item | undefined): Sequence {
    const ast = parseXPath(text, this.staticContext(vars));
    return evaluate(ast, {
      variables: vars,
      ...(ctxItem !== undefined ? { contextItem: ctxItem } : {}),
      currentDateTime: NOW,
      implicitTimezone: 0,
      baseURI: this.baseURI,
      loadDocument: (uri) => this.loadDocument(uri),
      limits: { maxSteps: 10_000_000, maxSequenceLength: 2_000_000 },
    });
  }

  loadDocument(uri: string): XNode | undefined {
    const d = this.docs.get(uri);
    if (d) return d;
    const f = this.lazy.get(uri);
    if (f) return loadTree(f);
    if (uri.startsWith('file:')) {
      const p = fileURLToPath(uri);
      if (existsSync(p)) return loadTree(p);
    }
    return undefined;
  }

  run(): Result {
    try {
      return { value: this.eval(this.c.test, this.vars, this.contextItem) };
    } catch (error) {
      return { error };
    }
  }

  /** The value of an expected-result expression, with $result bound when given. */
  expected(text: string, result?: Sequence): Sequence {
    const vars = new Map<string, Sequence>();
    if (result) vars.set('result', result);
    return this.eval(text, vars, undefined);
  }
}

function clarkOf(name: string, ns: Record<string, string>): string {
  const i = name.indexOf(':');
  if (i < 0) return name;
  const uri = ns[name.slice(0, i)] ?? '';
  return uri ? `{${uri}}${name.slice(i + 1)}` : name.slice(i + 1);
}

function errorText(e: unknown): string {
  if (e instanceof XPathError) return e.message;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
function codeOf(e: unknown): string | undefined {
  return e instanceof XPathError ? e.code : undefined;
}

function show(seq: Sequence): string {
  const s = seq
    .slice(0, 5)
    .map((i) => (isNode(i) ? `${i.nodeKind}(${i.nodeName?.local ?? ''})` : `${i.type}(${safeString(i)})`))
    .join(', ');
  return `(${s}${seq.length > 5 ? `, ... ${seq.length} items` : ''})`;
}
function safeString(i: Item): string {
  try {
    return stringOf(i).slice(0, 60);
  } catch {
    return '?';
  }
}

/** Error-code mismatches accepted by the lenient error check of the case being judged. */
let mismatches: string[] = [];

/** Checks one assertion element; returns undefined on success, else why it failed. */
function check(a: XNode, r: Result, run: CaseRunner, opts: Qt3Options): string | undefined {
  const kind = a.nodeName!.local;
  const text = a.stringValue();
  if (kind === 'any-of') {
    const reasons: string[] = [];
    for (const c of elems(a)) {
      const f = check(c, r, run, opts);
      if (f === undefined) return undefined;
      reasons.push(f);
    }
    return `none of: ${reasons.join(' | ')}`;
  }
  if (kind === 'all-of') {
    for (const c of elems(a)) {
      const f = check(c, r, run, opts);
      if (f !== undefined) return f;
    }
    return undefined;
  }
  if (kind === 'not') {
    const c = elems(a)[0];
    if (!c) return undefined;
    return check(c, r, run, opts) === undefined ? `not(${c.nodeName!.local}) failed` : undefined;
  }
  if (kind === 'error' || kind === 'assert-serialization-error') {
    const want = attr(a, 'code') ?? '*';
    if (r.error === undefined) return `expected error ${want}, got ${show(r.value!)}`;
    const code = codeOf(r.error);
    if (code === undefined || code === 'sbr:notImplemented') return `expected error ${want}, got ${errorText(r.error)}`;
    if (want !== '*' && code !== `err:${want}` && code !== want) {
      if (opts.exactErrors) return `expected error ${want}, got ${code}`;
      mismatches.push(`expected ${want}, got ${code}`);
    }
    return undefined;
  }
  if (r.error !== undefined) return `error ${errorText(r.error)}`;
  const v = r.value!;
  try {
    switch (kind) {
      case 'assert-empty':
        return v.length === 0 ? undefined : `expected empty, got ${show(v)}`;
      case 'assert-true':
      case 'assert-false': {
        const want = kind === 'assert-true';
        const ok =
          v.length === 1 &&
          !isNode(v[0]!) &&
          (v[0] as AtomicValue).type === 'xs:boolean' &&
          (v[0] as AtomicValue).value === want;
        return ok ? undefined : `expected ${want}, got ${show(v)}`;
      }
      case 'assert-count':
        return v.length === Number(text.trim()) ? undefined : `expected ${text.trim()} items, got ${v.length}`;
      case 'assert-eq': {
        const e = run.expected(text);
        if (v.length !== 1 || isNode(v[0]!) || e.length !== 1) return `expected ${text.trim()}, got ${show(v)}`;
        const x = v[0] as AtomicValue,
          y = e[0] as AtomicValue;
        const nan = (z: AtomicValue) => typeof z.value === 'number' && Number.isNaN(z.value);
        if (nan(x) && nan(y)) return undefined;
        return valueCompare('eq', x, y) ? undefined : `expected ${text.trim()}, got ${show(v)}`;
      }
      case 'assert-deep-eq': {
        const e = run.expected(text);
        return deepEqual(v, e) ? undefined : `expected ${text.trim().slice(0, 80)}, got ${show(v)}`;
      }
      case 'assert-permutation': {
        const e = run.expected(text);
        if (e.length !== v.length) return `expected a permutation of ${text.trim().slice(0, 80)}, got ${show(v)}`;
        const used = new Array<boolean>(v.length).fill(false);
        for (const x of e) {
          const k = v.findIndex((y, i) => !used[i] && deepEqualItems(x, y));
          if (k < 0) return `expected a permutation of ${text.trim().slice(0, 80)}, got ${show(v)}`;
          used[k] = true;
        }
        return undefined;
      }
      case 'assert-type': {
        const e = run.expected(`$result instance of ${text}`, v);
        return e.length === 1 && (e[0] as AtomicValue).value === true
          ? undefined
          : `expected type ${text.trim()}, got ${show(v)}`;
      }
      case 'assert': {
        const e = run.expected(text, v);
        return ebv(e) ? undefined : `assertion ${text.trim().slice(0, 80)} failed on ${show(v)}`;
      }
      case 'assert-string-value': {
        let s = v.map((i) => stringOf(i)).join(' ');
        let want = text;
        if (attr(a, 'normalize-space') === 'true') {
          s = s.replace(/[ \t\r\n]+/g, ' ').trim();
          want = want.replace(/[ \t\r\n]+/g, ' ').trim();
        }
        return s === want ? undefined : `expected string "${want.slice(0, 80)}", got "${s.slice(0, 80)}"`;
      }
      case 'assert-xml': {
        const file = attr(a, 'file');
        const want = file ? readFileSync(resolvePath(dirname(run.c.file), file), 'utf8') : text;
        const got = serialize(v);
        const strip = (s: string) => s.replace(/^\s*<\?xml[^>]*\?>/, '');
        const wrap = (s: string) => buildTree(`<w>${strip(s)}</w>`);
        try {
          return deepEqual([wrap(got)], [wrap(want)])
            ? undefined
            : `expected XML ${want.trim().slice(0, 80)}, got ${got.slice(0, 80)}`;
        } catch (e) {
          return got.trim() === want.trim() ? undefined : `XML comparison failed: ${errorText(e)}`;
        }
      }
      case 'serialization-matches': {
        const re = new RegExp(
          text,
          attr(a, 'flags')
            ?.replace(/[^imsx]/g, '')
            .replace('x', '') ?? '',
        );
        return re.test(serialize(v)) ? undefined : `serialization does not match ${text.slice(0, 80)}`;
      }
      default:
        return `unsupported assertion ${kind}`;
    }
  } catch (e) {
    return `checking ${kind}: ${errorText(e)}`;
  }
}

function esc(s: string, attrValue = false): string {
  let r = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (attrValue) r = r.replace(/"/g, '&quot;');
  return r;
}

/** A small XML serialization of a result (XSLT and XQuery Serialization, xml method, no indentation). */
export function serialize(seq: Sequence): string {
  let out = '';
  let prevAtomic = false;
  for (const it of seq) {
    if (isNode(it)) {
      out += serializeNode(it, {});
      prevAtomic = false;
    } else {
      out += (prevAtomic ? ' ' : '') + esc(stringOf(it));
      prevAtomic = true;
    }
  }
  return out;
}

function serializeNode(n: XNode, scope: Record<string, string>): string {
  switch (n.nodeKind) {
    case 'document':
      return n
        .children()
        .map((c) => serializeNode(c, scope))
        .join('');
    case 'text':
      return esc(n.stringValue());
    case 'comment':
      return `<!--${n.stringValue()}-->`;
    case 'processing-instruction':
      return `<?${n.nodeName!.local} ${n.stringValue()}?>`;
    case 'attribute':
      return esc(n.stringValue());
    case 'namespace':
      return '';
    case 'element': {
      const q = n.nodeName!;
      const name = q.prefix ? `${q.prefix}:${q.local}` : q.local;
      const s = { ...scope };
      let decls = '';
      const declare = (prefix: string, uri: string): void => {
        if (prefix === 'xml') return;
        if (s[prefix] !== uri) {
          s[prefix] = uri;
          decls += prefix ? ` xmlns:${prefix}="${esc(uri, true)}"` : ` xmlns="${esc(uri, true)}"`;
        }
      };
      declare(q.prefix ?? '', q.ns);
      let attrs = '';
      for (const a of n.attributes()) {
        const an = a.nodeName!;
        if (an.ns && an.prefix) declare(an.prefix, an.ns);
        attrs += ` ${an.prefix ? `${an.prefix}:` : ''}${an.local}="${esc(a.stringValue(), true)}"`;
      }
      const kids = n.children();
      const body = kids.map((c) => serializeNode(c, s)).join('');
      return kids.length ? `<${name}${decls}${attrs}>${body}</${name}>` : `<${name}${decls}${attrs}/>`;
    }
  }
}

/** Runs the selected cases (synchronously, one after the other). Outcomes are in catalog order. */
export function runQt3(cases: readonly Qt3Case[], opts: Qt3Options = {}): Qt3Outcome[] {
  const out: Qt3Outcome[] = [];
  for (const c of cases) {
    if (opts.filter && !c.id.includes(opts.filter)) continue;
    const t0 = performance.now();
    const skip = skipReason(c);
    let o: Qt3Outcome;
    if (skip) o = { id: c.id, status: 'skip', reason: skip, ms: 0 };
    else {
      let reason: string | undefined;
      try {
        mismatches = [];
        const run = new CaseRunner(c);
        const r = run.run();
        reason = check(
          c.result.nodeKind === 'element' && c.result.nodeName!.local === 'result'
            ? (elems(c.result)[0] ?? c.result)
            : c.result,
          r,
          run,
          opts,
        );
      } catch (e) {
        reason = `setting up the environment: ${errorText(e)}`;
      }
      o =
        reason === undefined
          ? { id: c.id, status: 'pass', ms: performance.now() - t0 }
          : { id: c.id, status: 'fail', reason, ms: performance.now() - t0 };
      if (reason === undefined && mismatches.length) o.otherErrorCode = mismatches[0]!;
    }
    out.push(o);
    opts.onResult?.(o);
  }
  return out;
}

/** Counts of an outcome list. */
export function qt3Counts(outcomes: readonly Qt3Outcome[]): {
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: Map<string, number>;
} {
  let passed = 0,
    failed = 0,
    skipped = 0;
  const skipReasons = new Map<string, number>();
  for (const o of outcomes) {
    if (o.status === 'pass') passed++;
    else if (o.status === 'fail') failed++;
    else {
      skipped++;
      const k = o.reason ?? '';
      skipReasons.set(k, (skipReasons.get(k) ?? 0) + 1);
    }
  }
  return { passed, failed, skipped, skipReasons };
}

/**
 * The report: one `FAIL id: reason` line per failing case, then `N passed, N failed`, then on its own line
 * `N skipped: count reason; ...` (most frequent reasons first).
 */
export function formatQt3(outcomes: readonly Qt3Outcome[], failures = true): string {
  const lines: string[] = [];
  if (failures)
    for (const o of outcomes)
      if (o.status === 'fail') lines.push(`FAIL ${o.id}: ${(o.reason ?? '').replace(/\s+/g, ' ').slice(0, 300)}`);
  const { passed, failed, skipped, skipReasons } = qt3Counts(outcomes);
  const other = outcomes.filter((o) => o.otherErrorCode).length;
  if (other)
    lines.push(
      `(${other} of the passes raised an error with another code than the expected one; --exact-errors fails them)`,
    );
  lines.push(`${passed} passed, ${failed} failed`);
  const reasons = [...skipReasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} ${r}`);
  lines.push(`${skipped} skipped: ${reasons.join('; ')}`);
  return lines.join('\n');
}

/** Regressions against a baseline: failing cases not among its known failures, and fewer passes than minPassed. */
export function compareQt3WithBaseline(outcomes: readonly Qt3Outcome[], baseline: Baseline): string[] {
  const out: string[] = [];
  let passed = 0;
  for (const o of outcomes) {
    if (o.status === 'pass') passed++;
    else if (o.status === 'fail' && !Object.prototype.hasOwnProperty.call(baseline.knownFailures, o.id))
      out.push(`new failure ${o.id}: ${o.reason ?? ''}`);
  }
  if (passed < baseline.minPassed)
    out.push(`${passed} passed, below the baseline minimum of ${baseline.minPassed} for ${baseline.suite}`);
  return out;
}

/** A baseline recording a run (reasons shortened to keep the file small). */
export function makeQt3Baseline(outcomes: readonly Qt3Outcome[]): Baseline {
  const knownFailures: Record<string, string> = {};
  for (const o of outcomes)
    if (o.status === 'fail') knownFailures[o.id] = (o.reason ?? '').replace(/\s+/g, ' ').slice(0, 120);
  return { suite: 'QT3 (XPath 2.0)', minPassed: outcomes.filter((o) => o.status === 'pass').length, knownFailures };
}

/**
 * `sbr conformance <qt3 catalog.xml> [--filter TEXT] [--baseline FILE]`: runs the suite, prints one FAIL line per
 * failing case, `N passed, N failed`, and the skipped count with reasons on its own line; timing on stderr.
 * Returns the exit code: with a baseline 1 only on regressions (printed as REGRESSION lines on stderr), else 1 when
 * any case failed. Throws FatalInputError `sbr:noVariations` when the filter selects nothing, and the baseline
 * reader's `sbr:conformanceBaseline`.
 */
export function runQt3Command(
  catalog: string,
  o: { filter?: string; baseline?: string; exactErrors?: boolean },
  io: { out: (s: string) => void; err: (s: string) => void },
): number {
  const baseline = o.baseline ? readBaseline(o.baseline) : undefined;
  const t0 = performance.now();
  const cases = readQt3Catalog(catalog);
  const selected = o.filter ? cases.filter((c) => c.id.includes(o.filter!)) : cases;
  if (selected.length === 0) {
    throw new FatalInputError(
      paramFinding(
        'sbr:noVariations',
        'error',
        o.filter ? { qt3: true, filter: o.filter, count: cases.length } : { qt3: true },
        { file: catalog },
      ),
    );
  }
  const outcomes = runQt3(selected, o.exactErrors ? { exactErrors: true } : {});
  io.out(formatQt3(outcomes) + '\n');
  io.err(`time: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  if (baseline) {
    const regressions = compareQt3WithBaseline(outcomes, baseline);
    for (const r of regressions) io.err(`REGRESSION ${r}\n`);
    return regressions.length ? 1 : 0;
  }
  return outcomes.some((x) => x.status === 'fail') ? 1 : 0;
}
