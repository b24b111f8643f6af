/**
 * Discovery and compilation of formula linkbases into the plain-data `FormulaModel` (src/formula/model.ts).
 *
 * Formula resources are the generic-link resources of the DTS in the formula namespaces (Variables 1.0 section 3:
 * variable sets, fact and general variables, parameters, filters, preconditions, assertions, formulas, custom
 * function signatures; Generic Messages 1.0; Assertion Severity 2.0; Custom Function Implementation 1.0). The arcs
 * between them are read from the compiled relationship networks, so XLink prohibition and override (XBRL 2.1 section
 * 3.5.3.9.7) apply to formula arcs as to any other (Variables 1.0 section 3.2 relies on it).
 *
 * Static checks made here carry the specs' own codes (xbrlve:, xbrlfe:, xbrlmsge:, seve:, xbrlcfie:, err:XPST...),
 * each at the linkbase element's file and line.
 */
import type { CompiledTaxonomy, Relationship } from '../compile/types.js';
import type { Dts } from '../dts/discover.js';
import { NS, XLINK_LABEL, XLINK_ROLE, XLINK_TYPE, XML_LANG } from '../dts/namespaces.js';
import { finding, type Finding, type MessageParams, type SourceLocation } from '../findings.js';
import { attr, clark, deepText, resolveQName, type XmlElement } from '../xml/parse.js';
import type { Expr, FunctionDef, FunctionLibrary, StaticContext } from '../xpath/types.js';
import { XPathError } from '../xpath/types.js';
import { formulaFunctionSignatures } from './functions/index.js';
import type {
  Aspect,
  AspectRules,
  ClarkName,
  ConsistencyAssertion,
  CustomFunction,
  Filter,
  FilterUse,
  FormulaModel,
  Message,
  Parameter,
  QNameOrExpr,
  Variable,
  VariableSet,
  XPathSource,
} from './model.js';
import { FARCROLE, FILTER_NAMESPACES, FNS, FORMULA_RESOURCE_NAMESPACES } from './namespaces.js';
import { xpathEngine } from './xpath.js';
import { xmlOf } from './produce.js';
import { coveredAspects } from './filters.js';
import { elementKey } from '../instance/equality.js';

const XBRLDI = 'http://xbrl.org/2006/xbrldi';

const SPEC_VARIABLES = 'Variables 1.0';

function loc(el: XmlElement): SourceLocation {
  return { file: el.doc.url, line: el.line, column: el.column };
}

function locKey(l: SourceLocation): string {
  return `${l.file}\u0000${l.line}\u0000${l.column}`;
}

/** The namespace of an expanded name `{ns}local` ('' for `local`). */
function clarkNamespace(name: string): string {
  return name.charCodeAt(0) === 123 /* { */ ? name.slice(1, name.indexOf('}')) : '';
}

/** In-scope namespaces of an element as a plain object (the element's scope is prototype-chained). */
function namespacesOf(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = { xml: NS.xml };
  for (const k in el.scope) out[k] = el.scope[k]!;
  return out;
}

interface Rel {
  to: XmlElement | undefined;
  toKey: string;
  arc: XmlElement | undefined;
  rel: Relationship;
  arcrole: string;
}

/** The compile state shared by the helpers of this module. */
class FormulaCompiler {
  readonly findings: Finding[] = [];
  /** Resource key (`#resource:n`) to its element. */
  readonly elements = new Map<string, XmlElement>();
  readonly keyOf = new Map<XmlElement, string>();
  /** Arc elements by location. */
  readonly arcs = new Map<string, XmlElement>();
  /** ELR of each resource's extended link. */
  readonly elr = new Map<XmlElement, string>();
  /** Outgoing formula relationships by source key, arcrole-tagged, in arc order. */
  readonly out = new Map<string, Rel[]>();
  readonly incoming = new Map<string, Rel[]>();
  readonly functions: FunctionLibrary;
  customSignatures = new Map<string, FunctionDef>();

  constructor(
    readonly dts: Dts,
    readonly taxonomy: CompiledTaxonomy,
  ) {
    const builtins = formulaFunctionSignatures();
    this.functions = {
      lookup: (ns, local, arity) =>
        this.customSignatures.get(`{${ns}}${local}#${arity}`) ?? builtins.lookup(ns, local, arity),
      hasName: (ns, local) =>
        [...this.customSignatures.keys()].some((k) => k.startsWith(`{${ns}}${local}#`)) ||
        (builtins.hasName?.(ns, local) ?? false),
    };
  }

  report(code: string, message: string, at: XmlElement | SourceLocation | undefined, spec = SPEC_VARIABLES): void {
    const l = at === undefined ? undefined : 'doc' in at ? loc(at) : at;
    const f = finding(code, 'error', message, l, spec);
    // the message catalogs (src/messages/formula-codes.ts) render the code's meaning with this detail in each language
    const params: MessageParams = { detail: message };
    if (at && 'doc' in at) {
      params['element'] = at.local;
      const label = attr(at, XLINK_LABEL);
      if (label !== undefined) params['label'] = label;
    }
    f.params = params;
    this.findings.push(f);
  }

  /**
   * Reads every formula resource and arc element of the DTS linkbases. Only the documents that hold a resource in a
   * formula namespace, an arc of a formula relationship or a resource at either end of one are walked: nothing is
   * looked up in the others (the label, reference and presentation linkbases that are most of a DTS; issue 14).
   */
  scan(): number {
    const arcroles = new Set<string>(Object.values(FARCROLE));
    const resources = this.taxonomy.resources;
    const files = new Set<string>();
    for (const r of resources) if (FORMULA_RESOURCE_NAMESPACES.has(clarkNamespace(r.element))) files.add(r.file);
    const endpointFile = (key: string) => {
      if (!key.startsWith('#resource:')) return;
      const r = resources[Number(key.slice(10))];
      if (r) files.add(r.file);
    };
    for (const n of this.taxonomy.networks) {
      if (!arcroles.has(n.arcrole)) continue;
      for (const r of n.relationships) {
        files.add(r.file);
        endpointFile(r.from);
        endpointFile(r.to);
      }
    }
    const byLoc = new Map<string, number>();
    resources.forEach((r, i) => {
      if (files.has(r.file)) byLoc.set(locKey(r), i);
    });
    let count = 0;
    for (const d of this.dts.documents.values()) {
      if (!files.has(d.doc.url)) continue;
      const linkbases: XmlElement[] = [];
      if (d.kind === 'linkbase') linkbases.push(d.doc.root);
      else if (d.kind === 'schema') {
        for (const ann of d.doc.root.children) {
          if (ann.ns !== NS.xs || ann.local !== 'annotation') continue;
          for (const ai of ann.children)
            for (const lb of ai.children) if (lb.ns === NS.link && lb.local === 'linkbase') linkbases.push(lb);
        }
      }
      for (const lb of linkbases) {
        for (const link of lb.children) {
          if (attr(link, XLINK_TYPE) !== 'extended') continue;
          const role = attr(link, XLINK_ROLE) ?? '';
          for (const c of link.children) {
            const t = attr(c, XLINK_TYPE);
            if (t === 'arc') this.arcs.set(locKey(loc(c)), c);
            else if (t === 'resource') {
              const i = byLoc.get(locKey(loc(c)));
              if (i === undefined) continue;
              const key = `#resource:${i}`;
              this.elements.set(key, c);
              this.keyOf.set(c, key);
              this.elr.set(c, role);
              if (FORMULA_RESOURCE_NAMESPACES.has(c.ns)) count++;
            }
          }
        }
      }
    }
    for (const n of this.taxonomy.networks) {
      if (!arcroles.has(n.arcrole)) continue;
      for (const r of n.relationships) {
        const rel: Rel = {
          to: this.elements.get(r.to),
          toKey: r.to,
          arc: this.arcs.get(locKey(r)),
          rel: r,
          arcrole: n.arcrole,
        };
        let l = this.out.get(r.from);
        if (!l) this.out.set(r.from, (l = []));
        l.push(rel);
        let inc = this.incoming.get(r.to);
        if (!inc) this.incoming.set(r.to, (inc = []));
        inc.push({ ...rel, to: this.elements.get(r.from), toKey: r.from });
      }
    }
    for (const l of this.out.values()) l.sort((a, b) => a.rel.order - b.rel.order);
    return count;
  }

  rels(el: XmlElement, arcrole: string): Rel[] {
    const k = this.keyOf.get(el);
    return k ? (this.out.get(k) ?? []).filter((r) => r.arcrole === arcrole) : [];
  }

  relsIn(el: XmlElement, arcrole: string): Rel[] {
    const k = this.keyOf.get(el);
    return k ? (this.incoming.get(k) ?? []).filter((r) => r.arcrole === arcrole) : [];
  }

  /** An XPath expression of `el` (its attribute or text), parsed when the engine is available. */
  xpath(el: XmlElement, text: string, variables?: (name: string) => boolean): XPathSource {
    const src: XPathSource = { text, namespaces: namespacesOf(el), ...loc(el) };
    const xmlBase = xmlBasesOf(el);
    if (xmlBase.length) src.xmlBase = xmlBase;
    const parse = xpathEngine().parse;
    if (parse) {
      const context: StaticContext = {
        namespaces: src.namespaces,
        variables: variables ? (q) => variables(q.ns ? `{${q.ns}}${q.local}` : q.local) : () => true,
        functions: this.functions,
      };
      try {
        src.ast = parse(text, context);
      } catch (e) {
        if (e instanceof XPathError) {
          // Variables 1.0 section 3.5.4: calling a function outside the standard namespaces that has no signature
          const m = e.code === 'err:XPST0017' ? /unknown function ([\w.-]+):/.exec(e.message) : null;
          const fnNs = m ? src.namespaces[m[1]!] : undefined;
          if (fnNs && ![FNS.xfi, FNS.xff, 'http://www.w3.org/2005/xpath-functions', NS.xs].includes(fnNs as never)) {
            this.report(
              'xbrlve:noCustomFunctionSignature',
              `The expression "${shorten(text)}" of this ${el.local} calls ${m![1]}:..., a function without a custom function signature`,
              el,
            );
            return src;
          }
          this.report(
            e.code,
            `The XPath expression "${shorten(text)}" of this ${el.local} is not valid: ${e.message}`,
            el,
            'XPath 2.0',
          );
        } else throw e;
      }
    }
    return src;
  }

  qname(el: XmlElement, value: string | undefined, useDefault = true): ClarkName | undefined {
    if (value === undefined) return undefined;
    const q = resolveQName(el, value, useDefault);
    return q ? clark(q.ns, q.local) : undefined;
  }

  /** The `qname` or `qnameExpression` child of a filter part (the filter specifications' common pattern). */
  qnameOrExpr(el: XmlElement | undefined): QNameOrExpr | undefined {
    if (!el) return undefined;
    for (const c of el.children) {
      if (c.local === 'qname') {
        const q = this.qname(c, c.text.trim());
        if (q === undefined) {
          this.report('xbrlve:invalidQName', `"${c.text.trim()}" is not a QName with a declared prefix`, c);
          return undefined;
        }
        return { qname: q };
      }
      if (c.local === 'qnameExpression') return { expr: this.xpath(c, c.text.trim()) };
    }
    return undefined;
  }
}

/** The xml:base attributes on an element and its ancestors, outermost first (XML Base section 4.2). */
function xmlBasesOf(el: XmlElement): string[] {
  const out: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    const b = e.attrs.get(`{${NS.xml}}base`);
    if (b !== undefined) out.unshift(b);
  }
  return out;
}

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 77) + '...' : t;
}

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  const t = v.trim();
  return t === 'true' || t === '1';
}

/**
 * Variable references of an expression: `$name` as Clark names (from the AST when there is one, else from the text
 * with string literals and comments removed). Used for dependency ordering (Variables 1.0 section 3.1).
 */
export function referencedVariables(src: XPathSource | undefined): ClarkName[] {
  if (!src) return [];
  const out = new Set<string>();
  if (src.ast) {
    const walk = (e: unknown): void => {
      if (!e || typeof e !== 'object') return;
      if (Array.isArray(e)) {
        for (const x of e) walk(x);
        return;
      }
      const o = e as Record<string, unknown>;
      if (o.kind === 'varRef') {
        const n = o.name as { ns: string; local: string };
        out.add(n.ns ? `{${n.ns}}${n.local}` : n.local);
      }
      // bound variables of for/some/every are excluded below by their names
      for (const v of Object.values(o)) if (v && typeof v === 'object') walk(v);
    };
    walk(src.ast);
    const bound = new Set<string>();
    const collect = (e: unknown): void => {
      if (!e || typeof e !== 'object') return;
      if (Array.isArray(e)) return e.forEach(collect);
      const o = e as { kind?: string; bindings?: { name: { ns: string; local: string } }[] };
      if ((o.kind === 'for' || o.kind === 'quantified') && o.bindings)
        for (const b of o.bindings) bound.add(b.name.ns ? `{${b.name.ns}}${b.name.local}` : b.name.local);
      for (const v of Object.values(o)) if (v && typeof v === 'object') collect(v);
    };
    collect(src.ast);
    for (const b of bound) out.delete(b);
    return [...out];
  }
  const text = src.text.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, ' ').replace(/\(:[\s\S]*?:\)/g, ' ');
  const bound = new Set<string>();
  for (const m of text.matchAll(/(?:for|some|every)\s+\$([\p{L}_][\p{L}\p{N}_.-]*(?::[\p{L}_][\p{L}\p{N}_.-]*)?)/gu))
    bound.add(m[1]!);
  for (const m of text.matchAll(/,\s*\$([\p{L}_][\p{L}\p{N}_.-]*(?::[\p{L}_][\p{L}\p{N}_.-]*)?)\s+in\b/gu))
    bound.add(m[1]!);
  for (const m of text.matchAll(/\$([\p{L}_][\p{L}\p{N}_.-]*(?::[\p{L}_][\p{L}\p{N}_.-]*)?)/gu)) {
    const name = m[1]!;
    if (bound.has(name)) continue;
    const i = name.indexOf(':');
    if (i < 0) out.add(name);
    else {
      const ns = src.namespaces[name.slice(0, i)];
      out.add(ns === undefined ? name : `{${ns}}${name.slice(i + 1)}`);
    }
  }
  return [...out];
}

/**
 * Compiles the formula linkbases of a DTS.
 *
 * @param dts the discovered DTS (its linkbase XML is read here; nothing of it is kept)
 * @param taxonomy the compiled taxonomy of that DTS (its networks give the formula arcs after prohibition)
 * @returns the formula model and static findings; `model` is undefined when the DTS has no formula resources
 */
export function compileFormula(dts: Dts, taxonomy: CompiledTaxonomy): { model?: FormulaModel; findings: Finding[] } {
  const c = new FormulaCompiler(dts, taxonomy);
  const resourceCount = c.scan();
  if (resourceCount === 0) return { findings: [] };

  const all = [...c.elements.values()].filter((e) => FORMULA_RESOURCE_NAMESPACES.has(e.ns));

  // Custom function signatures (Variables 1.0 section 3.5.4) and implementations (CFI 1.0 section 3)
  const customFunctions = compileCustomFunctions(c, all);

  // Parameters (Variables 1.0 section 3.5.1): global, by their own name
  const parameters: Parameter[] = [];
  const paramByEl = new Map<XmlElement, Parameter>();
  for (const el of all) {
    if (el.ns !== FNS.variable || el.local !== 'parameter') continue;
    const name = c.qname(el, attr(el, 'name'), false);
    if (!name) {
      c.report(
        'xbrlve:invalidQName',
        `The parameter's name "${attr(el, 'name') ?? ''}" is not a QName with a declared prefix`,
        el,
      );
      continue;
    }
    const p: Parameter = {
      name,
      display: (attr(el, 'name') ?? '').trim(),
      required: bool(attr(el, 'required'), false),
      ...loc(el),
    };
    const sel = attr(el, 'select');
    if (sel !== undefined) p.select = c.xpath(el, sel);
    const as = attr(el, 'as');
    if (as !== undefined) {
      const t = c.qname(el, as);
      if (t) p.as = t;
    }
    const id = attr(el, 'id');
    if (id) p.id = id;
    if (parameters.some((q) => q.name === p.name)) {
      c.report('xbrlve:parameterNameClash', `Two parameters are named ${p.display}`, el);
    }
    parameters.push(p);
    paramByEl.set(el, p);
  }
  const parameterNames = new Set(parameters.map((p) => p.name));
  checkParameterCycles(c, parameters, parameterNames);

  // Variable sets (Variables 1.0 section 3.4)
  const variableSets: VariableSet[] = [];
  const setIndex = new Map<XmlElement, number>();
  for (const el of all) {
    const kind =
      el.ns === FNS.va && el.local === 'valueAssertion'
        ? 'valueAssertion'
        : el.ns === FNS.ea && el.local === 'existenceAssertion'
          ? 'existenceAssertion'
          : el.ns === FNS.formula && el.local === 'formula'
            ? 'formula'
            : undefined;
    if (!kind) continue;
    const before = c.findings.length;
    const vs = compileVariableSet(c, el, kind, paramByEl, parameterNames);
    if (vs && c.findings.length > before) vs.staticError = c.findings[before]!.code;
    if (vs) {
      setIndex.set(el, variableSets.length);
      variableSets.push(vs);
    }
  }

  // Consistency assertions (Consistency Assertion 1.0 section 2)
  const consistencyAssertions: ConsistencyAssertion[] = [];
  for (const el of all) {
    if (el.ns !== FNS.ca || el.local !== 'consistencyAssertion') continue;
    const ca: ConsistencyAssertion = {
      elr: c.elr.get(el) ?? '',
      strict: bool(attr(el, 'strict'), false),
      formulas: [],
      ...messagesOf(c, el),
      ...loc(el),
    };
    const id = attr(el, 'id');
    if (id) ca.id = id;
    const abs = attr(el, 'absoluteAcceptanceRadius');
    const prop = attr(el, 'proportionalAcceptanceRadius');
    if (abs !== undefined && prop !== undefined) {
      c.report(
        'xbrlcae:acceptanceRadiusConflict',
        'A consistency assertion has both an absolute and a proportional acceptance radius',
        el,
        'Consistency Assertion 1.0 section 2',
      );
    }
    // consistency-assertion-parameter arcs name parameters the radius expressions may use (section 2)
    const before = c.findings.length;
    for (const r of c.rels(el, FARCROLE.consistencyAssertionParameter)) {
      const p = r.to ? paramByEl.get(r.to) : undefined;
      const name = r.arc ? c.qname(r.arc, r.rel.attributes['name'] ?? '', false) : undefined;
      if (p && name) (ca.parameters ??= []).push({ name, parameter: p.name });
      else if (r.to && r.to.ns === FNS.variable && r.to.local !== 'parameter')
        c.report(
          'xbrlcae:variablesNotAllowed',
          `A consistency-assertion-parameter arc leads to a ${r.to.local}; a consistency assertion may only have parameters`,
          r.rel,
          'Consistency Assertion 1.0 section 2',
        );
    }
    if (abs !== undefined) ca.absoluteAcceptanceRadius = c.xpath(el, abs);
    if (prop !== undefined) ca.proportionalAcceptanceRadius = c.xpath(el, prop);
    const sev = severityOf(c, el);
    if (sev) ca.severity = sev;
    if (c.findings.length > before) ca.staticError = c.findings[before]!.code;
    for (const r of c.rels(el, FARCROLE.consistencyAssertionFormula)) {
      const i = r.to ? setIndex.get(r.to) : undefined;
      if (i !== undefined && variableSets[i]!.kind === 'formula') {
        ca.formulas.push(i);
        (variableSets[i]!.consistencyAssertions ??= []).push(consistencyAssertions.length);
      }
    }
    consistencyAssertions.push(ca);
  }

  // Assertion sets (Validation 1.0 section 2)
  for (const el of all) {
    if (el.ns !== FNS.validation || el.local !== 'assertionSet') continue;
    const id = attr(el, 'id') ?? attr(el, `{${NS.xlink}}label`) ?? '';
    for (const r of c.rels(el, FARCROLE.assertionSet)) {
      const i = r.to ? setIndex.get(r.to) : undefined;
      if (i !== undefined) (variableSets[i]!.assertionSets ??= []).push(id);
    }
  }

  // Severity arcs whose source is not an assertion (Assertion Severity 2.0 section 2)
  for (const el of all) {
    if (el.ns !== FNS.sev) continue;
    for (const r of c.relsIn(el, FARCROLE.unsatisfiedSeverity)) {
      const src = r.to;
      const isAssertion =
        src &&
        ((src.ns === FNS.va && src.local === 'valueAssertion') ||
          (src.ns === FNS.ea && src.local === 'existenceAssertion') ||
          (src.ns === FNS.ca && src.local === 'consistencyAssertion'));
      if (!isAssertion)
        c.report(
          'seve:assertionSeveritySourceError',
          'An assertion-unsatisfied-severity arc starts at something that is not an assertion',
          r.rel,
          'Assertion Severity 2.0 section 2',
        );
    }
  }

  return {
    model: { parameters, variableSets, consistencyAssertions, customFunctions, resourceCount },
    findings: c.findings,
  };
}

/** Parameter defaults may refer to other parameters: no cycles (Variables 1.0 section 3.5.1, xbrlve:parameterCyclicDependencies). */
function checkParameterCycles(c: FormulaCompiler, parameters: Parameter[], names: Set<string>): void {
  const deps = new Map<string, string[]>();
  for (const p of parameters)
    deps.set(
      p.name,
      referencedVariables(p.select).filter((n) => names.has(n)),
    );
  const state = new Map<string, 1 | 2>();
  const visit = (n: string): boolean => {
    const s = state.get(n);
    if (s === 2) return false;
    if (s === 1) return true;
    state.set(n, 1);
    for (const d of deps.get(n) ?? []) if (visit(d)) return true;
    state.set(n, 2);
    return false;
  };
  for (const p of parameters) {
    state.clear();
    if (visit(p.name)) {
      c.report(
        'xbrlve:parameterCyclicDependencies',
        `The parameter ${p.display} depends on itself through the parameters its select refers to`,
        p,
      );
      return;
    }
  }
  for (const p of parameters) {
    for (const r of referencedVariables(p.select)) {
      if (!names.has(r))
        c.report(
          'xbrlve:unresolvedDependency',
          `The parameter ${p.display} refers to $${r}, which is not a parameter`,
          p,
        );
    }
  }
}

function messagesOf(
  c: FormulaCompiler,
  el: XmlElement,
): Pick<VariableSet, 'satisfiedMessages' | 'unsatisfiedMessages' | 'labels'> {
  const read = (arcrole: string, isMessage: boolean): Message[] => {
    const out: Message[] = [];
    for (const r of c.rels(el, arcrole)) {
      const m = r.to;
      if (!m) continue;
      const lang = (m.attrs.get(XML_LANG) ?? inheritedLang(m) ?? '').toLowerCase();
      const text = deepText(m).replace(/\s+/g, ' ').trim();
      const msg: Message = { lang, text, ...loc(m) };
      const role = attr(m, XLINK_ROLE);
      if (role) msg.role = role;
      if (isMessage && m.ns === FNS.msg) {
        const parts = messageParts(c, m, text);
        if (parts) msg.parts = parts;
      }
      out.push(msg);
    }
    return out;
  };
  return {
    satisfiedMessages: read(FARCROLE.satisfiedMessage, true),
    unsatisfiedMessages: read(FARCROLE.unsatisfiedMessage, true),
    labels: read(FARCROLE.elementLabel, false),
  };
}

function inheritedLang(el: XmlElement): string | undefined {
  for (let e = el.parent; e; e = e.parent) {
    const l = e.attrs.get(XML_LANG);
    if (l !== undefined) return l;
  }
  return undefined;
}

/**
 * Splits a message into literal text and `{expression}` placeholders (Generic Messages 1.0 section 2.1: `{{` and
 * `}}` stand for literal brackets; an unmatched bracket is xbrlmsge:missingRightCurlyBracketInMessage /
 * xbrlmsge:missingLeftCurlyBracketInMessage).
 */
function messageParts(c: FormulaCompiler, el: XmlElement, text: string): Message['parts'] | undefined {
  const parts: NonNullable<Message['parts']> = [];
  let lit = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{' && text[i + 1] === '{') {
      lit += '{';
      i += 2;
    } else if (ch === '}' && text[i + 1] === '}') {
      lit += '}';
      i += 2;
    } else if (ch === '{') {
      const j = text.indexOf('}', i + 1);
      if (j < 0) {
        c.report(
          'xbrlmsge:missingRightCurlyBracketInMessage',
          'A "{" in this message has no matching "}"',
          el,
          'Generic Messages 1.0 section 2.1',
        );
        return undefined;
      }
      if (lit) parts.push({ literal: lit });
      lit = '';
      parts.push({ expr: c.xpath(el, text.slice(i + 1, j)) });
      i = j + 1;
    } else if (ch === '}') {
      c.report(
        'xbrlmsge:missingLeftCurlyBracketInMessage',
        'A "}" in this message has no matching "{"',
        el,
        'Generic Messages 1.0 section 2.1',
      );
      return undefined;
    } else {
      lit += ch;
      i++;
    }
  }
  if (lit) parts.push({ literal: lit });
  return parts;
}

/** Assertion Severity 2.0 section 2: at most one unsatisfied-severity arc, to a severity resource. */
function severityOf(c: FormulaCompiler, el: XmlElement): 'OK' | 'WARNING' | 'ERROR' | undefined {
  const rels = c.rels(el, FARCROLE.unsatisfiedSeverity);
  if (rels.length > 1) {
    c.report(
      'seve:multipleSeveritiesForAssertionError',
      `The assertion ${attr(el, 'id') ?? ''} has ${rels.length} unsatisfied-severity arcs; at most one is allowed`,
      el,
      'Assertion Severity 2.0 section 2',
    );
    return undefined;
  }
  const t = rels[0]?.to;
  if (!rels[0]) return undefined;
  if (!t || t.ns !== FNS.sev || !['ok', 'warning', 'error'].includes(t.local)) {
    c.report(
      'seve:assertionSeverityTargetError',
      'An assertion-unsatisfied-severity arc leads to something other than sev:ok, sev:warning or sev:error',
      rels[0].rel,
      'Assertion Severity 2.0 section 2',
    );
    return undefined;
  }
  return t.local.toUpperCase() as 'OK' | 'WARNING' | 'ERROR';
}

function compileVariableSet(
  c: FormulaCompiler,
  el: XmlElement,
  kind: VariableSet['kind'],
  paramByEl: Map<XmlElement, Parameter>,
  parameterNames: Set<string>,
): VariableSet | undefined {
  const aspectModel = (attr(el, 'aspectModel') ?? 'dimensional').trim();
  if (aspectModel !== 'dimensional' && aspectModel !== 'non-dimensional') {
    c.report(
      'xbrlve:unknownAspectModel',
      `The aspect model "${aspectModel}" is neither dimensional nor non-dimensional`,
      el,
      'Variables 1.0 section 2.3',
    );
  }
  const vs: VariableSet = {
    kind,
    elr: c.elr.get(el) ?? '',
    aspectModel: aspectModel === 'non-dimensional' ? 'non-dimensional' : 'dimensional',
    implicitFiltering: bool(attr(el, 'implicitFiltering'), true),
    variables: [],
    filters: [],
    preconditions: [],
    ...messagesOf(c, el),
    ...loc(el),
  };
  const id = attr(el, 'id');
  if (id) vs.id = id;
  const sev = severityOf(c, el);
  if (sev) vs.severity = sev;

  // Variable arcs (section 3.4): each names a variable or parameter of this set
  const variables: Variable[] = [];
  const names = new Map<string, string>();
  for (const r of c.rels(el, FARCROLE.variableSet)) {
    const v = r.to;
    const rawName = r.rel.attributes['name'] ?? '';
    const name = r.arc ? c.qname(r.arc, rawName, false) : undefined;
    if (!v || !name) {
      // section 3.4: the name is a QName resolved against the arc's namespaces
      if (!name)
        c.report(
          'xbrlve:variableNameResolutionFailure',
          `The variable arc's name "${rawName}" is not a QName with a declared prefix`,
          r.rel,
        );
      continue;
    }
    if (names.has(name)) {
      c.report(
        'xbrlve:duplicateVariableNames',
        `Two variables of ${id ?? 'this variable set'} are named ${rawName}`,
        r.rel,
        'Variables 1.0 section 3.4',
      );
      continue;
    }
    names.set(name, rawName);
    const common = { name, display: rawName.trim(), ...loc(v) } as const;
    const vid = attr(v, 'id');
    if (v.ns === FNS.variable && v.local === 'factVariable') {
      const fv: Variable = {
        ...common,
        kind: 'fact',
        bindAsSequence: bool(attr(v, 'bindAsSequence'), false),
        nils: bool(attr(v, 'nils'), false),
        matches: bool(attr(v, 'matches'), false),
        filters: filterUses(c, v, FARCROLE.variableFilter, true),
      };
      const fb = attr(v, 'fallbackValue');
      if (fb !== undefined) fv.fallbackValue = c.xpath(v, fb);
      if (vid) fv.id = vid;
      variables.push(fv);
    } else if (v.ns === FNS.variable && v.local === 'generalVariable') {
      const gv: Variable = {
        ...common,
        kind: 'general',
        bindAsSequence: bool(attr(v, 'bindAsSequence'), false),
        select: c.xpath(v, attr(v, 'select') ?? ''),
      };
      if (vid) gv.id = vid;
      variables.push(gv);
    } else if (v.ns === FNS.variable && v.local === 'parameter') {
      const p = paramByEl.get(v);
      if (p) variables.push({ ...common, kind: 'parameter', parameter: p.name });
    } else {
      // a variable-set relationship to anything else is not a variable of the set (conformance 21291 V-01)
    }
  }
  vs.filters = filterUses(c, el, FARCROLE.variableSetFilter, false);
  checkVariableFilters(c, vs, variables);
  for (const r of c.rels(el, FARCROLE.variableSetPrecondition)) {
    const p = r.to;
    if (p && p.ns === FNS.variable && p.local === 'precondition')
      vs.preconditions.push(c.xpath(p, attr(p, 'test') ?? ''));
  }
  if (kind === 'valueAssertion' || kind === 'existenceAssertion') {
    const t = attr(el, 'test');
    if (t !== undefined) vs.test = c.xpath(el, t);
  } else {
    const v = attr(el, 'value');
    if (v !== undefined) vs.value = c.xpath(el, v);
    const rules = compileAspectRules(c, el);
    vs.aspectRules = rules;
    for (const ch of el.children) {
      if (ch.ns === FNS.formula && ch.local === 'precision') vs.precision = c.xpath(ch, ch.text.trim());
      if (ch.ns === FNS.formula && ch.local === 'decimals') vs.decimals = c.xpath(ch, ch.text.trim());
    }
  }
  vs.variables = orderVariables(c, vs, variables, parameterNames);
  if (kind === 'existenceAssertion' && vs.test) {
    // Existence Assertion 1.0 section 2: the test runs on the count of evaluations, not within one
    for (const r of referencedVariables(vs.test)) {
      const v = vs.variables.find((x) => x.name === r);
      if (v && v.kind !== 'parameter')
        c.report(
          'xbrleae:variableReferenceNotAllowed',
          `The test of existence assertion${id ? ` ${id}` : ''} refers to the ${v.kind} variable $${v.display}`,
          vs.test,
          'Existence Assertion 1.0 section 2',
        );
    }
  }
  if (kind === 'formula' && vs.aspectRules) checkFormulaRules(c, el, vs, vs.aspectRules);
  return vs;
}

/**
 * Static checks of the filters of a variable set's fact variables:
 * - Variables 1.0 section 3.5.2.2 (xbrlve:filterAspectModelMismatch): a filter of a fact variable that can cover an
 *   aspect must cover aspects of the set's aspect model (dimensions and the non-XDT segment/scenario belong to the
 *   dimensional model, the complete segment/scenario to the non-dimensional one);
 * - Variables 1.0 section 3.6 (xbrlve:factVariableReferenceNotAllowed): a variable-set filter applies to every fact
 *   variable, so its expressions may not refer to the set's fact or general variables.
 */
function checkVariableFilters(c: FormulaCompiler, vs: VariableSet, variables: Variable[]): void {
  for (const v of variables) {
    if (v.kind !== 'fact') continue;
    // "can cover": judged whatever the arc's cover attribute (conformance 50210 V-03)
    for (const u of v.filters) {
      const wrong = modelMismatch(u.filter, vs.aspectModel);
      if (wrong)
        c.report(
          'xbrlve:filterAspectModelMismatch',
          `The filter ${u.filter.element} of ${v.display} covers the ${wrong} aspect, which is not in the ${vs.aspectModel} aspect model of ${vs.id ?? 'its variable set'}`,
          u.filter,
          'Variables 1.0 section 3.5.2.2',
        );
    }
  }
  const variableNames = new Map(variables.filter((v) => v.kind !== 'parameter').map((v) => [v.name, v] as const));
  for (const u of vs.filters) {
    for (const r of u.filter.references ?? []) {
      const v = variableNames.get(r);
      if (v)
        c.report(
          'xbrlve:factVariableReferenceNotAllowed',
          `The variable-set filter ${u.filter.element} refers to the ${v.kind} variable $${v.display}; variable-set filters may refer only to parameters`,
          u.filter,
          'Variables 1.0 section 3.6',
        );
    }
  }
}

/** The aspect a filter covers that is outside `model`, if any (aspect cover filters name aspects themselves and are not judged here). */
function modelMismatch(f: Filter, model: VariableSet['aspectModel']): string | undefined {
  const dimensional = model === 'dimensional';
  switch (f.kind) {
    case 'explicitDimension':
    case 'typedDimension':
      return dimensional ? undefined : 'dimension';
    case 'segment':
    case 'scenario':
      return dimensional ? `complete ${f.kind}` : undefined;
    case 'match':
      if (f.aspect.startsWith('dimension:') || f.aspect === 'nonXDTSegment' || f.aspect === 'nonXDTScenario')
        return dimensional ? undefined : f.aspect.startsWith('dimension:') ? 'dimension' : f.aspect;
      if (f.aspect === 'completeSegment' || f.aspect === 'completeScenario') return dimensional ? f.aspect : undefined;
      return undefined;
    case 'andFilter':
    case 'orFilter':
      for (const s of f.subFilters) {
        const w = modelMismatch(s.filter, model);
        if (w) return w;
      }
      return undefined;
    default:
      return undefined;
  }
}

const UNCOVERED = `{${FNS.formula}}uncovered`;

/**
 * Static checks of a formula's aspect rules (Formula 1.0 sections 2.1.1-2.1.3 and the aspect rule sections 2.2-2.10):
 * sources name variables of the set, required rules are there or a source supplies the default, rules are complete.
 */
function checkFormulaRules(c: FormulaCompiler, el: XmlElement, vs: VariableSet, rules: AspectRules): void {
  const spec = 'Formula 1.0 section 2.1';
  const byName = new Map(vs.variables.map((v) => [v.name, v]));
  const sources: ClarkName[] = [];
  if (rules.source) sources.push(rules.source);
  for (const r of [
    rules.concept,
    rules.entityIdentifier,
    rules.period,
    rules.unit,
    ...(rules.occ ?? []),
    ...(rules.explicitDimensions ?? []),
    ...(rules.typedDimensions ?? []),
  ])
    if (r?.source) sources.push(r.source);
  for (const m of [...(rules.unit?.multiplyBy ?? []), ...(rules.unit?.divideBy ?? [])])
    if (m.source) sources.push(m.source);
  for (const s of new Set(sources)) {
    if (s === UNCOVERED) {
      if (!vs.implicitFiltering)
        c.report(
          'xbrlfe:illegalUseOfUncoveredQName',
          'A source is formula:uncovered but the formula does not use implicit filtering',
          el,
          spec,
        );
      continue;
    }
    const v = byName.get(s);
    if (!v) {
      c.report(
        'xbrlfe:nonexistentSourceVariable',
        `The source ${s.replace(/^\{[^}]*\}/, '')} is not a variable of this formula`,
        el,
        spec,
      );
      continue;
    }
    if (v.kind === 'fact' && v.fallbackValue)
      c.report(
        'xbrlfe:bindEmptySourceVariable',
        `The source ${v.display} is a fact variable that can bind to an empty sequence (it has a fallback value)`,
        el,
        spec,
      );
    else if (v.kind === 'fact' && v.bindAsSequence && s === rules.source && !vs.implicitFiltering)
      c.report('xbrlfe:defaultAspectValueConflicts', `The formula's source ${v.display} binds to a sequence`, el, spec);
    else if (v.kind !== 'fact')
      c.report('xbrlfe:nonexistentSourceVariable', `The source ${v.display} is not a fact variable`, el, spec);
  }
  const has = (x: { source?: ClarkName } | undefined) => !!(x?.source ?? rules.source);
  if (!rules.concept && !rules.source)
    c.report(
      'xbrlfe:missingConceptRule',
      'The formula has no concept rule and no source to take the concept from',
      el,
      'Formula 1.0 section 2.2',
    );
  else if (rules.concept && !rules.concept.qname && !rules.concept.expr && !has(rules.concept))
    c.report(
      'xbrlfe:incompleteConceptRule',
      'The concept rule names no concept and has no source',
      el,
      'Formula 1.0 section 2.2',
    );
  if (!rules.entityIdentifier && !rules.source)
    c.report(
      'xbrlfe:missingEntityIdentifierRule',
      'The formula has no entity identifier rule and no source',
      el,
      'Formula 1.0 section 2.3',
    );
  else if (
    rules.entityIdentifier &&
    !has(rules.entityIdentifier) &&
    (!rules.entityIdentifier.scheme || !rules.entityIdentifier.value)
  )
    c.report(
      'xbrlfe:incompleteEntityIdentifierRule',
      'The entity identifier rule lacks a scheme or value and has no source',
      el,
      'Formula 1.0 section 2.3',
    );
  if (!rules.period && !rules.source)
    c.report('xbrlfe:missingPeriodRule', 'The formula has no period rule and no source', el, 'Formula 1.0 section 2.4');
  else if (
    rules.period &&
    !has(rules.period) &&
    !rules.period.forever &&
    !rules.period.instant &&
    !rules.period.start &&
    !rules.period.end
  )
    c.report(
      'xbrlfe:incompletePeriodRule',
      'The period rule gives no period and has no source',
      el,
      'Formula 1.0 section 2.4',
    );
  const outputConcepts = staticOutputConcepts(c, vs, rules);
  const conceptKey = outputConcepts?.length === 1 ? outputConcepts[0] : undefined;
  const concept = conceptKey ? c.taxonomy.concepts[conceptKey] : undefined;
  const declared = (outputConcepts ?? []).map((q) => c.taxonomy.concepts[q]);
  const allKnown = declared.length > 0 && declared.every((d) => d !== undefined);
  if (allKnown && declared.every((d) => d!.numeric) && !rules.unit && !rules.source)
    c.report(
      'xbrlfe:missingUnitRule',
      `The output concept ${declared[0]!.name} is numeric but the formula has no unit rule and no source`,
      el,
      'Formula 1.0 section 2.1.2.8',
    );
  if (allKnown && declared.every((d) => !d!.numeric) && rules.unit)
    c.report(
      'xbrlfe:conflictingAspectRules',
      `The output concept ${declared[0]!.name} is not numeric but the formula has a unit rule`,
      el,
      'Formula 1.0 section 2.1.2',
    );
  checkSequenceSources(c, el, vs, rules);
  if (rules.unit && !has(rules.unit) && rules.unit.multiplyBy.length === 0 && rules.unit.divideBy.length === 0)
    c.report(
      'xbrlfe:missingSAVForUnitRule',
      'The unit rule has no measures and no source',
      el,
      'Formula 1.0 section 2.5',
    );
  if (concept && rules.period && concept.periodType) {
    const isInstant = !!rules.period.instant;
    const isDuration = !!rules.period.forever || !!rules.period.start || !!rules.period.end;
    if ((concept.periodType === 'instant' && isDuration) || (concept.periodType === 'duration' && isInstant)) {
      c.report(
        'xbrlfe:conflictingAspectRules',
        `The output concept ${concept.name} is a ${concept.periodType} concept but the period rule gives ${isInstant ? 'an instant' : 'a duration'}`,
        el,
        spec,
      );
    }
  }
  const dims = c.taxonomy.dimensions?.dimensions ?? {};
  for (const d of rules.explicitDimensions ?? []) {
    if (vs.aspectModel === 'non-dimensional')
      c.report(
        'xbrlfe:unrecognisedAspectRule',
        'A dimension rule in a formula of the non-dimensional aspect model',
        el,
        'Formula 1.0 section 2.1.1',
      );
    else if (!d.member && !d.omit && !has(d))
      c.report(
        'xbrlfe:missingSAVForExplicitDimensionRule',
        `The explicit dimension rule for ${d.dimension} has no member and no source`,
        el,
        'Formula 1.0 section 2.7',
      );
    if (dims[d.dimension] && !dims[d.dimension]!.explicit)
      c.report(
        'xbrlfe:badUsageOfExplicitDimensionRule',
        `${d.dimension} is a typed dimension`,
        el,
        'Formula 1.0 section 2.7',
      );
  }
  for (const d of rules.typedDimensions ?? []) {
    if (vs.aspectModel === 'non-dimensional')
      c.report(
        'xbrlfe:unrecognisedAspectRule',
        'A dimension rule in a formula of the non-dimensional aspect model',
        el,
        'Formula 1.0 section 2.1.1',
      );
    else if (!d.xpath && d.value === undefined && !d.omit && !has(d))
      c.report(
        'xbrlfe:missingSAVForTypedDimensionRule',
        `The typed dimension rule for ${d.dimension} has no value and no source`,
        el,
        'Formula 1.0 section 2.8',
      );
    if (dims[d.dimension] && dims[d.dimension]!.explicit)
      c.report(
        'xbrlfe:badUsageOfTypedDimensionRule',
        `${d.dimension} is an explicit dimension`,
        el,
        'Formula 1.0 section 2.8',
      );
  }
}

/**
 * The concepts a formula's output fact can have, when that is known statically (Formula 1.0 section 2.1.2.3): the
 * concept rule's QName, or, when the concept comes from a source fact variable, the concepts that variable's
 * concept-name filters (not complemented, QNames only) allow. Undefined when it depends on the instance.
 */
function staticOutputConcepts(c: FormulaCompiler, vs: VariableSet, rules: AspectRules): ClarkName[] | undefined {
  if (rules.concept?.qname) return [rules.concept.qname];
  if (rules.concept?.expr) return undefined;
  const source = rules.concept?.source ?? rules.source;
  const v = source ? vs.variables.find((x) => x.name === source) : undefined;
  if (!v || v.kind !== 'fact') return undefined;
  let out: ClarkName[] | undefined;
  for (const u of [...v.filters, ...vs.filters]) {
    if (u.complement || u.filter.kind !== 'conceptName') continue;
    if (!u.filter.concepts.every((q) => 'qname' in q)) continue;
    const names = u.filter.concepts.map((q) => (q as { qname: ClarkName }).qname);
    out = out ? out.filter((n) => names.includes(n)) : names;
  }
  return out;
}

/**
 * Formula 1.0 section 2.1.2.1: a source that is a fact variable binding as a sequence gives no single source aspect
 * value for an aspect that variable's filters cover: xbrlfe:sequenceSAVConflicts for an aspect rule taking its value
 * from such a source, xbrlfe:defaultAspectValueConflicts for the formula's own source when a covered aspect has no
 * rule (its default rule would copy it).
 */
function checkSequenceSources(c: FormulaCompiler, el: XmlElement, vs: VariableSet, rules: AspectRules): void {
  const covered = (name: ClarkName | undefined): Set<Aspect> | undefined => {
    const v = name ? vs.variables.find((x) => x.name === name) : undefined;
    if (!v || v.kind !== 'fact' || !v.bindAsSequence) return undefined;
    const out = new Set<Aspect>();
    for (const u of v.filters)
      if (u.cover) for (const a of coveredAspects(u.filter, { index: { dimensions: [] } })) out.add(a);
    return out;
  };
  const usesSav: [Aspect, { source?: ClarkName } | undefined, boolean][] = [
    ['concept', rules.concept, !!rules.concept && !rules.concept.qname && !rules.concept.expr],
    [
      'entityIdentifier',
      rules.entityIdentifier,
      !!rules.entityIdentifier && (!rules.entityIdentifier.scheme || !rules.entityIdentifier.value),
    ],
    [
      'period',
      rules.period,
      !!rules.period && !rules.period.forever && !rules.period.instant && !rules.period.start && !rules.period.end,
    ],
    ['unit', rules.unit, !!rules.unit?.augment],
    ...(rules.explicitDimensions ?? []).map(
      (d) => [`dimension:${d.dimension}` as Aspect, d, !d.member && !d.omit] as [Aspect, typeof d, boolean],
    ),
    ...(rules.typedDimensions ?? []).map(
      (d) =>
        [`dimension:${d.dimension}` as Aspect, d, !d.xpath && d.valueKey === undefined && !d.omit] as [
          Aspect,
          typeof d,
          boolean,
        ],
    ),
  ];
  for (const [aspect, rule, sav] of usesSav) {
    if (!rule || !sav) continue;
    const cov = covered(rule.source ?? rules.source);
    if (cov?.has(aspect))
      c.report(
        'xbrlfe:sequenceSAVConflicts',
        `The ${aspect.replace(/^dimension:/, 'dimension ')} rule takes its value from a variable that binds as a sequence and whose filters cover that aspect`,
        el,
        'Formula 1.0 section 2.1.2.1',
      );
  }
  const own = covered(rules.source);
  if (own && vs.implicitFiltering) {
    const ruled = new Set<Aspect>(usesSav.filter(([, r]) => !!r).map(([a]) => a));
    const unruled = [...own].filter((a) => !ruled.has(a));
    if (unruled.length)
      c.report(
        'xbrlfe:defaultAspectValueConflicts',
        `The formula's source binds as a sequence and its filters cover ${unruled.join(', ')}, for which the formula has no rule`,
        el,
        'Formula 1.0 section 2.1.2.1',
      );
  }
}

/** Filters of a variable or variable set through arcs of `arcrole`, with their complement/cover (Variables 1.0 sections 3.5.2.2, 3.6). */
function filterUses(c: FormulaCompiler, from: XmlElement, arcrole: string, hasCover: boolean): FilterUse[] {
  const out: FilterUse[] = [];
  for (const r of c.rels(from, arcrole)) {
    const f = r.to;
    if (!f || !FILTER_NAMESPACES.has(f.ns)) continue;
    const filter = compileFilter(c, f, new Set());
    if (!filter) continue;
    out.push({
      filter,
      complement: bool(r.rel.attributes['complement'], false),
      cover: hasCover ? bool(r.rel.attributes['cover'], true) : false,
    });
  }
  return out;
}

const ASPECT_NAMES: Record<string, Aspect> = {
  concept: 'concept',
  'entity-identifier': 'entityIdentifier',
  period: 'period',
  unit: 'unit',
  'complete-segment': 'completeSegment',
  'complete-scenario': 'completeScenario',
  'non-XDT-segment': 'nonXDTSegment',
  'non-XDT-scenario': 'nonXDTScenario',
  location: 'location',
  segment: 'completeSegment',
  scenario: 'completeScenario',
  entityIdentifier: 'entityIdentifier',
};

/** One filter resource into plain data (the filter specifications, each section cited at its kind). */
function compileFilter(c: FormulaCompiler, f: XmlElement, visiting: Set<XmlElement>): Filter | undefined {
  const common = { element: `${f.prefix ? f.prefix + ':' : ''}${f.local}`, ...loc(f) } as {
    element: string;
    id?: string;
    file: string;
    line: number;
    column: number;
  };
  const id = attr(f, 'id');
  if (id) common.id = id;
  const k = f.local;
  const ns = f.ns;
  const xa = (name: string) => {
    const v = attr(f, name);
    return v === undefined ? undefined : c.xpath(f, v);
  };
  const varName = (name: string) => c.qname(f, attr(f, name) ?? '', false) ?? '';
  let filter: Filter | undefined;
  if (ns === FNS.cf) {
    // Concept Filters 1.0 section 3
    if (k === 'conceptName')
      filter = {
        ...common,
        kind: 'conceptName',
        concepts: f.children
          .filter((x) => x.local === 'concept')
          .map((x) => c.qnameOrExpr(x))
          .filter((x): x is QNameOrExpr => !!x),
      };
    else if (k === 'conceptPeriodType')
      filter = {
        ...common,
        kind: 'conceptPeriodType',
        periodType: (attr(f, 'periodType') ?? 'instant').trim() as 'instant' | 'duration',
      };
    else if (k === 'conceptBalance')
      filter = {
        ...common,
        kind: 'conceptBalance',
        balance: (attr(f, 'balance') ?? 'none').trim() as 'debit' | 'credit' | 'none',
      };
    else if (k === 'conceptCustomAttribute') {
      const a = c.qnameOrExpr(f.children.find((x) => x.local === 'attribute'));
      if (a)
        filter = {
          ...common,
          kind: 'conceptCustomAttribute',
          attribute: a,
          ...(attr(f, 'value') !== undefined ? { value: xa('value')! } : {}),
        };
    } else if (k === 'conceptDataType') {
      const t = c.qnameOrExpr(f.children.find((x) => x.local === 'type'));
      if (t) filter = { ...common, kind: 'conceptDataType', type: t, strict: bool(attr(f, 'strict'), false) };
    } else if (k === 'conceptSubstitutionGroup') {
      const g = c.qnameOrExpr(f.children.find((x) => x.local === 'substitutionGroup'));
      if (g) filter = { ...common, kind: 'conceptSubstitutionGroup', group: g, strict: bool(attr(f, 'strict'), false) };
    }
  } else if (ns === FNS.bf && (k === 'andFilter' || k === 'orFilter')) {
    // Boolean Filters 1.0 section 2: sub-filters through boolean-filter arcs
    if (visiting.has(f)) {
      c.report('xbrlve:cyclicDependencies', 'This boolean filter contains itself through boolean-filter arcs', f);
      return undefined;
    }
    visiting.add(f);
    const subFilters: FilterUse[] = [];
    for (const r of c.rels(f, FARCROLE.booleanFilter)) {
      if (!r.to || !FILTER_NAMESPACES.has(r.to.ns)) continue;
      const sub = compileFilter(c, r.to, visiting);
      if (sub)
        subFilters.push({
          filter: sub,
          complement: bool(r.rel.attributes['complement'], false),
          cover: bool(r.rel.attributes['cover'], false),
        });
    }
    visiting.delete(f);
    filter = { ...common, kind: k, subFilters };
  } else if (ns === FNS.df) {
    // Dimension Filters 1.0 sections 2, 3
    const dim = c.qnameOrExpr(f.children.find((x) => x.local === 'dimension'));
    if (dim && k === 'explicitDimension') {
      const members = f.children
        .filter((x) => x.local === 'member')
        .map((m) => {
          const out: {
            member?: QNameOrExpr;
            variable?: ClarkName;
            linkrole?: string;
            arcrole?: string;
            axis?: string;
          } = {};
          const q = c.qnameOrExpr(m);
          if (q) out.member = q;
          for (const ch of m.children) {
            const t = ch.text.trim();
            if (ch.local === 'variable') out.variable = c.qname(ch, t, false) ?? t;
            else if (ch.local === 'linkrole') out.linkrole = t;
            else if (ch.local === 'arcrole') out.arcrole = t;
            else if (ch.local === 'axis') out.axis = t;
          }
          return out;
        });
      filter = { ...common, kind: 'explicitDimension', dimension: dim, members };
    } else if (dim && k === 'typedDimension') {
      const test = xa('test');
      filter = { ...common, kind: 'typedDimension', dimension: dim, ...(test ? { test } : {}) };
    }
  } else if (ns === FNS.ef) {
    // Entity Filters 1.0 section 2
    if (k === 'identifier') filter = { ...common, kind: 'identifier', test: xa('test')! };
    else if (k === 'specificScheme') filter = { ...common, kind: 'specificScheme', scheme: xa('scheme')! };
    else if (k === 'specificIdentifier')
      filter = { ...common, kind: 'specificIdentifier', scheme: xa('scheme')!, value: xa('value')! };
    else if (k === 'regexpScheme' || k === 'regexpIdentifier')
      filter = { ...common, kind: k, pattern: attr(f, 'pattern') ?? '' };
  } else if (ns === FNS.gf && k === 'general') {
    const test = xa('test');
    filter = { ...common, kind: 'general', ...(test ? { test } : {}) };
  } else if (ns === FNS.mf) {
    // Match Filters 1.0 section 2
    const variable = varName('variable');
    const matchAny = bool(attr(f, 'matchAny'), false);
    const aspects: Record<string, Aspect> = {
      matchConcept: 'concept',
      matchLocation: 'location',
      matchUnit: 'unit',
      matchEntityIdentifier: 'entityIdentifier',
      matchPeriod: 'period',
      matchSegment: 'completeSegment',
      matchScenario: 'completeScenario',
      matchNonXDTSegment: 'nonXDTSegment',
      matchNonXDTScenario: 'nonXDTScenario',
    };
    if (k === 'matchDimension') {
      const d = c.qname(f, attr(f, 'dimension') ?? '');
      if (d) filter = { ...common, kind: 'match', aspect: `dimension:${d}`, variable, matchAny };
    } else if (aspects[k]) filter = { ...common, kind: 'match', aspect: aspects[k]!, variable, matchAny };
  } else if (ns === FNS.pf) {
    // Period Filters 1.0 section 2
    if (k === 'period') filter = { ...common, kind: k, test: xa('test')! };
    else if (k === 'forever') filter = { ...common, kind: 'forever' };
    else if (k === 'periodStart' || k === 'periodEnd' || k === 'periodInstant') {
      // sections 2.2-2.4: the date-time.model of the schema, @date and an optional @time
      const time = xa('time');
      filter = { ...common, kind: k, date: xa('date')!, ...(time ? { time } : {}) };
    } else if (k === 'instantDuration')
      filter = {
        ...common,
        kind: 'instantDuration',
        variable: varName('variable'),
        boundary: (attr(f, 'boundary') ?? 'start').trim() as 'start' | 'end',
      };
  } else if (ns === FNS.rf && k === 'relativeFilter')
    filter = { ...common, kind: 'relative', variable: varName('variable') };
  else if (ns === FNS.ssf && (k === 'segment' || k === 'scenario')) {
    const test = xa('test');
    filter = { ...common, kind: k, ...(test ? { test } : {}) };
  } else if (ns === FNS.tf) {
    // Tuple Filters 1.0 section 2
    if (k === 'parentFilter' || k === 'ancestorFilter') {
      const q = c.qnameOrExpr(f.children.find((x) => x.local === 'parent' || x.local === 'ancestor'));
      if (q) filter = { ...common, kind: k === 'parentFilter' ? 'parent' : 'ancestor', concept: q };
    } else if (k === 'siblingFilter') filter = { ...common, kind: 'sibling', variable: varName('variable') };
    else if (k === 'locationFilter')
      filter = { ...common, kind: 'location', variable: varName('variable'), location: xa('location')! };
  } else if (ns === FNS.uf) {
    // Unit Filters 1.0 section 2
    if (k === 'singleMeasure') {
      const q = c.qnameOrExpr(f.children.find((x) => x.local === 'measure'));
      if (q) filter = { ...common, kind: 'singleMeasure', measure: q };
    } else if (k === 'generalMeasures') filter = { ...common, kind: 'generalMeasures', test: xa('test')! };
  } else if (ns === FNS.vf) {
    if (k === 'nil') filter = { ...common, kind: 'nil' };
    else if (k === 'precision') filter = { ...common, kind: 'precision', minimum: (attr(f, 'minimum') ?? '0').trim() };
  } else if (ns === FNS.acf && k === 'aspectCover') {
    // Aspect Cover Filters 1.0 section 2
    const aspects: Aspect[] = [];
    let allDimensions = false;
    const dimensions: QNameOrExpr[] = [];
    const excludeDimensions: QNameOrExpr[] = [];
    for (const ch of f.children) {
      if (ch.local === 'aspect') {
        const a = ch.text.trim();
        if (a === 'all') {
          aspects.push(
            'concept',
            'entityIdentifier',
            'period',
            'unit',
            'completeSegment',
            'completeScenario',
            'nonXDTSegment',
            'nonXDTScenario',
            'location',
          );
          allDimensions = true;
        } else if (a === 'dimensions') allDimensions = true;
        else if (ASPECT_NAMES[a]) aspects.push(ASPECT_NAMES[a]!);
      } else if (ch.local === 'dimension') {
        const q = c.qnameOrExpr(ch);
        if (q) dimensions.push(q);
      } else if (ch.local === 'excludeDimension') {
        const q = c.qnameOrExpr(ch);
        if (q) excludeDimensions.push(q);
      }
    }
    filter = { ...common, kind: 'aspectCover', aspects, dimensions, excludeDimensions, allDimensions };
  } else if (ns === FNS.crf && k === 'conceptRelation') {
    // Concept Relation Filters 1.0 section 2
    const source: { qname?: ClarkName; variable?: ClarkName; expr?: XPathSource; xfiRoot?: boolean } = {};
    const cr: Extract<Filter, { kind: 'conceptRelation' }> = {
      ...common,
      kind: 'conceptRelation',
      source,
      axis: 'child',
    };
    for (const ch of f.children) {
      const t = ch.text.trim();
      if (ch.local === 'qname') {
        const q = c.qname(ch, t);
        if (q === '{http://www.xbrl.org/2008/function/instance}root') source.xfiRoot = true;
        else if (q) source.qname = q;
      } else if (ch.local === 'variable') source.variable = c.qname(ch, t, false) ?? t;
      else if (ch.local === 'qnameExpression') source.expr = c.xpath(ch, t);
      else if (ch.local === 'linkrole') cr.linkrole = t;
      else if (ch.local === 'linkroleExpression') cr.linkroleExpr = c.xpath(ch, t);
      else if (ch.local === 'arcrole') cr.arcrole = t;
      else if (ch.local === 'arcroleExpression') cr.arcroleExpr = c.xpath(ch, t);
      else if (ch.local === 'linkname') {
        const q = c.qname(ch, t);
        if (q) cr.linkname = q;
      } else if (ch.local === 'linknameExpression') cr.linknameExpr = c.xpath(ch, t);
      else if (ch.local === 'arcname') {
        const q = c.qname(ch, t);
        if (q) cr.arcname = q;
      } else if (ch.local === 'arcnameExpression') cr.arcnameExpr = c.xpath(ch, t);
      else if (ch.local === 'axis') cr.axis = t;
      else if (ch.local === 'generations') cr.generations = Number(t);
    }
    const test = xa('test');
    if (test) cr.test = test;
    filter = cr;
  }
  if (!filter) filter = { ...common, kind: 'unsupported' };
  filter.references = filterReferences(filter);
  return filter;
}

/** Variables a filter depends on (its expressions' `$` references and its `variable` attributes). */
function filterReferences(f: Filter): ClarkName[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.namespaces === 'object') {
      for (const r of referencedVariables(o as unknown as XPathSource)) out.add(r);
      return;
    }
    for (const [k, x] of Object.entries(o)) {
      if (k === 'variable' && typeof x === 'string' && x) out.add(x);
      else if (k !== 'references') visit(x);
    }
  };
  visit(f);
  return [...out];
}

/** Formula 1.0 section 2.1.1: aspect rules of a formula, with the `source` attributes resolved to variable names. */
function compileAspectRules(c: FormulaCompiler, el: XmlElement): AspectRules {
  const rules: AspectRules = {};
  const src = (e: XmlElement): ClarkName | undefined => {
    const s = attr(e, 'source');
    return s === undefined ? undefined : (c.qname(e, s, false) ?? s.trim());
  };
  const fs = src(el);
  if (fs) rules.source = fs;
  // Formula 1.0 section 2.1.2: two rules for the same aspect conflict, even when they give the same value
  const ruled = new Set<string>();
  for (const aspects of el.children) {
    if (aspects.ns !== FNS.formula || aspects.local !== 'aspects') continue;
    const outer = src(aspects);
    for (const r of aspects.children) {
      const source = src(r) ?? outer;
      const withSource = <T extends object>(o: T): T & { source?: ClarkName } => (source ? { ...o, source } : o);
      if (r.ns !== FNS.formula) {
        c.report(
          'xbrlfe:unrecognisedAspectRule',
          `The aspect rule ${r.local} is not one of Formula 1.0`,
          r,
          'Formula 1.0 section 2.1.1',
        );
        continue;
      }
      const ruleAspect = ['concept', 'entityIdentifier', 'period', 'unit'].includes(r.local)
        ? r.local
        : r.local === 'explicitDimension' || r.local === 'typedDimension'
          ? `dimension:${c.qname(r, attr(r, 'dimension') ?? '') ?? ''}`
          : undefined;
      if (ruleAspect !== undefined) {
        if (ruled.has(ruleAspect))
          c.report(
            'xbrlfe:conflictingAspectRules',
            `The formula has more than one ${r.local} rule${ruleAspect.startsWith('dimension:') ? ` for ${(attr(r, 'dimension') ?? '').trim()}` : ''}`,
            r,
            'Formula 1.0 section 2.1.2',
          );
        ruled.add(ruleAspect);
      }
      switch (r.local) {
        case 'concept': {
          const q = r.children.find((x) => x.local === 'qname');
          const e = r.children.find((x) => x.local === 'qnameExpression');
          rules.concept = withSource({
            ...(q ? { qname: c.qname(q, q.text.trim()) ?? '' } : {}),
            ...(e ? { expr: c.xpath(e, e.text.trim()) } : {}),
          });
          break;
        }
        case 'entityIdentifier': {
          const scheme = attr(r, 'scheme');
          const value = attr(r, 'value');
          rules.entityIdentifier = withSource({
            ...(scheme !== undefined ? { scheme: c.xpath(r, scheme) } : {}),
            ...(value !== undefined ? { value: c.xpath(r, value) } : {}),
          });
          break;
        }
        case 'period': {
          const p: NonNullable<AspectRules['period']> = {};
          for (const ch of r.children) {
            if (ch.local === 'forever') p.forever = true;
            else if (ch.local === 'instant') p.instant = c.xpath(ch, attr(ch, 'value') ?? '');
            else if (ch.local === 'duration') {
              const s = attr(ch, 'start');
              const e = attr(ch, 'end');
              if (s !== undefined) p.start = c.xpath(ch, s);
              if (e !== undefined) p.end = c.xpath(ch, e);
            }
          }
          rules.period = withSource(p);
          break;
        }
        case 'unit': {
          const u: NonNullable<AspectRules['unit']> = {
            augment: bool(attr(r, 'augment'), true),
            multiplyBy: [],
            divideBy: [],
          };
          for (const ch of r.children) {
            const m = attr(ch, 'measure');
            const s = src(ch);
            const part = { ...(m !== undefined ? { measure: c.xpath(ch, m) } : {}), ...(s ? { source: s } : {}) };
            if (ch.local === 'multiplyBy') u.multiplyBy.push(part);
            else if (ch.local === 'divideBy') u.divideBy.push(part);
          }
          rules.unit = withSource(u);
          break;
        }
        case 'occEmpty':
        case 'occFragments':
        case 'occXpath': {
          const container = (attr(r, 'occ') ?? 'segment').trim() as 'segment' | 'scenario';
          const kind = r.local === 'occEmpty' ? 'empty' : r.local === 'occFragments' ? 'fragments' : 'xpath';
          const sel = attr(r, 'select');
          // Formula 1.0 section 2.1.2.7: in the dimensional aspect model an OCC holds no XDT content
          if (
            kind === 'fragments' &&
            (attr(el, 'aspectModel') ?? 'dimensional').trim() === 'dimensional' &&
            r.children.some((x) => x.ns === XBRLDI)
          )
            c.report(
              'xbrlfe:badSubsequentOCCValue',
              `The ${container} fragments of this OCC rule hold dimension members, which the dimensional aspect model takes from dimension rules`,
              r,
              'Formula 1.0 section 2.1.2.7',
            );
          (rules.occ ??= []).push(
            withSource({ container, kind, ...(sel !== undefined ? { select: c.xpath(r, sel) } : {}) }) as NonNullable<
              AspectRules['occ']
            >[number],
          );
          break;
        }
        case 'explicitDimension': {
          const dimension = c.qname(r, attr(r, 'dimension') ?? '') ?? '';
          const m = r.children.find((x) => x.local === 'member');
          const q = m?.children.find((x) => x.local === 'qname');
          const e = m?.children.find((x) => x.local === 'qnameExpression');
          const omit = r.children.some((x) => x.local === 'omit');
          const member = q
            ? { qname: c.qname(q, q.text.trim()) ?? '' }
            : e
              ? { expr: c.xpath(e, e.text.trim()) }
              : undefined;
          (rules.explicitDimensions ??= []).push(withSource({ dimension, omit, ...(member ? { member } : {}) }));
          break;
        }
        case 'typedDimension': {
          const dimension = c.qname(r, attr(r, 'dimension') ?? '') ?? '';
          const x = r.children.find((ch) => ch.local === 'xpath');
          const v = r.children.find((ch) => ch.local === 'value');
          const omit = r.children.some((ch) => ch.local === 'omit');
          (rules.typedDimensions ??= []).push(
            withSource({
              dimension,
              omit,
              ...(x ? { xpath: c.xpath(x, x.text.trim()) } : {}),
              ...(v ? { value: deepText(v) } : {}),
              ...(v?.children[0] ? { valueKey: elementKey(v.children[0]), valueXml: xmlOf(v.children[0]) } : {}),
            }),
          );
          break;
        }
        default:
          c.report(
            'xbrlfe:unrecognisedAspectRule',
            `The aspect rule ${r.local} is not one of Formula 1.0`,
            r,
            'Formula 1.0 section 2.1.1',
          );
      }
    }
  }
  return rules;
}

/**
 * Orders the variables of a set so that each comes after the variables it refers to (Variables 1.0 section 3.1:
 * evaluation order by dependency). Reports xbrlve:cyclicDependencies and xbrlve:unresolvedDependency.
 */
function orderVariables(
  c: FormulaCompiler,
  vs: VariableSet,
  variables: Variable[],
  parameterNames: Set<string>,
): Variable[] {
  const byName = new Map(variables.map((v) => [v.name, v]));
  const deps = new Map<string, string[]>();
  for (const v of variables) {
    const refs = new Set<string>();
    if (v.kind === 'fact') {
      for (const f of [...v.filters, ...vs.filters]) for (const r of f.filter.references ?? []) refs.add(r);
      if (v.fallbackValue) {
        for (const r of referencedVariables(v.fallbackValue)) {
          // section 3.5.2.3: a fallback value may refer to parameters only, not to fact or general variables
          const target = byName.get(r);
          if (target && target.kind !== 'parameter') {
            c.report(
              'xbrlve:fallbackValueVariableReferenceNotAllowed',
              `The fallback value of ${v.display} refers to the ${target.kind} variable $${r}`,
              v,
            );
          }
          refs.add(r);
        }
      }
    } else if (v.kind === 'general') {
      for (const r of referencedVariables(v.select)) refs.add(r);
    }
    refs.delete(v.name);
    for (const r of refs) {
      if (!byName.has(r) && !parameterNames.has(r)) {
        c.report(
          'xbrlve:unresolvedDependency',
          `The variable ${v.display} of ${vs.id ?? 'this variable set'} refers to $${r}, which is neither a variable of the set nor a parameter`,
          v,
        );
      }
    }
    deps.set(
      v.name,
      [...refs].filter((r) => byName.has(r)),
    );
  }
  // references in the set's own expressions must resolve too
  const own = [vs.test, vs.value, ...vs.preconditions].filter((x): x is XPathSource => !!x);
  for (const e of own) {
    for (const r of referencedVariables(e)) {
      if (!byName.has(r) && !parameterNames.has(r)) {
        c.report(
          'xbrlve:unresolvedDependency',
          `${vs.id ?? 'This variable set'} refers to $${r}, which is neither a variable of the set nor a parameter`,
          e,
        );
      }
    }
  }
  const out: Variable[] = [];
  const state = new Map<string, 1 | 2>();
  let cyclic = false;
  const visit = (v: Variable): void => {
    const s = state.get(v.name);
    if (s === 2) return;
    if (s === 1) {
      if (!cyclic)
        c.report(
          'xbrlve:cyclicDependencies',
          `The variables of ${vs.id ?? 'this variable set'} depend on each other in a cycle through ${v.display}`,
          v,
        );
      cyclic = true;
      return;
    }
    state.set(v.name, 1);
    for (const d of deps.get(v.name) ?? []) visit(byName.get(d)!);
    state.set(v.name, 2);
    out.push(v);
  };
  for (const v of variables) visit(v);
  return out;
}

/** Custom function signatures (Variables 1.0 section 3.5.4) and their implementations (CFI 1.0 sections 3, 4). */
function compileCustomFunctions(c: FormulaCompiler, all: XmlElement[]): CustomFunction[] {
  const out: CustomFunction[] = [];
  const sigOf = new Map<XmlElement, CustomFunction>();
  for (const el of all) {
    if (el.ns !== FNS.variable || el.local !== 'function') continue;
    const name = c.qname(el, attr(el, 'name'));
    if (!name) continue;
    const inputs = el.children.filter((x) => x.local === 'input').map((x) => (attr(x, 'type') ?? 'item()*').trim());
    const cf: CustomFunction = {
      name,
      display: (attr(el, 'name') ?? '').trim(),
      inputs,
      output: (attr(el, 'output') ?? 'item()*').trim(),
      ...loc(el),
    };
    const ns = name.startsWith('{') ? name.slice(1, name.indexOf('}')) : '';
    if ([FNS.xfi, FNS.xff, 'http://www.w3.org/2005/xpath-functions', NS.xs].includes(ns as never)) {
      c.report(
        'xbrlve:noProhibitedNamespaceForCustomFunction',
        `The custom function ${cf.display} is declared in a namespace reserved for standard functions`,
        el,
      );
    }
    out.push(cf);
    sigOf.set(el, cf);
  }
  // Signatures become known to the static context of every later expression.
  for (const f of out) {
    const ns = f.name.startsWith('{') ? f.name.slice(1, f.name.indexOf('}')) : '';
    const local = f.name.slice(f.name.indexOf('}') + 1);
    c.customSignatures.set(`${f.name}#${f.inputs.length}`, {
      ns,
      local,
      minArgs: f.inputs.length,
      maxArgs: f.inputs.length,
      impl: () => {
        throw new XPathError(
          'err:XPST0017',
          `The custom function ${f.display} has a signature but no implementation (Custom Function Implementation 1.0 section 3: the function is not available)`,
        );
      },
    });
  }
  for (const el of all) {
    if (el.ns !== FNS.cfi || el.local !== 'implementation') continue;
    const rels = c.relsIn(el, FARCROLE.functionImplementation);
    if (rels.length === 0) {
      c.report(
        'xbrlcfie:missingCFIRelationship',
        'This custom function implementation is not linked to a function signature',
        el,
        'Custom Function Implementation 1.0 section 3',
      );
      continue;
    }
    if (rels.length > 1) {
      c.report(
        'xbrlcfie:tooManyCFIRelationships',
        'This custom function implementation is linked to more than one signature',
        el,
        'Custom Function Implementation 1.0 section 3',
      );
      continue;
    }
    const sig = rels[0]!.to ? sigOf.get(rels[0]!.to) : undefined;
    if (!sig) continue;
    if (sig.implementation) {
      c.report(
        'xbrlcfie:tooManyCFIRelationships',
        `The custom function ${sig.display} has more than one implementation`,
        el,
        'Custom Function Implementation 1.0 section 3',
      );
      continue;
    }
    const inputs = el.children
      .filter((x) => x.ns === FNS.cfi && x.local === 'input')
      .map((x) => c.qname(x, attr(x, 'name') ?? '', false) ?? '');
    if (inputs.length !== sig.inputs.length) {
      c.report(
        'xbrlcfie:inputMismatch',
        `The implementation of ${sig.display} has ${inputs.length} inputs; its signature has ${sig.inputs.length}`,
        el,
        'Custom Function Implementation 1.0 section 3',
      );
      continue;
    }
    const steps: { name: ClarkName; expr: XPathSource }[] = [];
    let output: XPathSource | undefined;
    for (const ch of el.children) {
      if (ch.ns !== FNS.cfi) continue;
      if (ch.local === 'step')
        steps.push({ name: c.qname(ch, attr(ch, 'name') ?? '', false) ?? '', expr: c.xpath(ch, deepText(ch).trim()) });
      else if (ch.local === 'output') output = c.xpath(ch, deepText(ch).trim());
    }
    if (!output) continue;
    sig.implementation = { inputs, steps, output, ...loc(el) };
  }
  return out;
}

/** The root expression of a compiled source, or undefined. */
export function astOf(src: XPathSource | undefined): Expr | undefined {
  return src?.ast;
}
