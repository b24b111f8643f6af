/**
 * Evaluation of the compiled formula model over an instance (Variables 1.0 section 3.7 variable-set evaluation,
 * Value/Existence Assertion 1.0, Generic Messages 1.0, Assertion Severity 2.0).
 *
 * Binding (where it is not quadratic): every fact variable starts from the aspect index — the facts of the concepts
 * its concept-name filters name, or every fact when it has none — and its filters that do not refer to other
 * variables are applied once per variable set, not per evaluation. Per evaluation only the filters that refer to
 * already-bound variables and the implicit filter (section 3.5.2.5: uncovered aspects must match those of the facts
 * bound before) run, over that precomputed candidate list. bindAsSequence variables are partitioned once by their
 * uncovered aspects.
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { ASSERTION_FACTS_LIMIT, finding, type AssertionFact, type Finding, type SourceLocation } from '../findings.js';
import { whatEn, type WhatParam } from '../messages/formula-codes.js';
import { paramFinding } from '../messages/index.js';
import type { Fact, Instance } from '../instance/types.js';
import { XDecimal } from '../xpath/decimal.js';
import {
  isNode,
  XPathError,
  type AtomicValue,
  type DynamicContext,
  type FunctionDef,
  type Item,
  type QName,
  type Sequence,
  type XNode,
} from '../xpath/types.js';
import * as atomic from '../xpath/atomic/index.js';
import { AspectIndex, aspectValue, modelAspects, type FactAspects } from './aspects.js';
import { withEnv, type FormulaDynamicContext, type FormulaEnv } from './env.js';
import { formulaFunctionSignatures, libraryOf } from './functions/index.js';
import type {
  Aspect,
  ClarkName,
  FilterUse,
  FormulaModel,
  Message,
  Variable,
  VariableSet,
  XPathSource,
} from './model.js';
import { ElementNode, NodeFactory } from './nodes.js';
import { coveredAspects, evaluateFilter, type FilterEnv } from './filters.js';
import { xpathEngine } from './xpath.js';
import { parseXml, resolveUrl } from '../xml/parse.js';
import { outputKey, produceFact, type OutputFact } from './produce.js';
import { elementKey } from '../instance/equality.js';

export interface FormulaRunOptions {
  /** Message language (Generic Messages 1.0: the message in this language, else any). */
  lang?: string;
  /** Parameter values by name (`prefix:local` resolved against the parameter's own namespaces, or `local`), as strings. */
  parameters?: Record<string, string>;
  /**
   * The bytes of a document outside the instance that an expression reads with fn:doc (F&O section 15.5.4), by its
   * absolute URL (a `file:` URL for local files), or undefined when it is not available; without it fn:doc fails with
   * err:FODC0002. The caller decides what is reachable (packages, catalogs, caches; offline by default).
   */
  readDocument?: (url: string) => Uint8Array | undefined;
}

export interface AssertionOutcome {
  id: string;
  kind: 'value' | 'existence' | 'consistency';
  elr: string;
  satisfied: number;
  unsatisfied: number;
  /** A dynamic error stopped this assertion. */
  error?: string;
}

export interface FormulaRunResult {
  findings: Finding[];
  assertions: AssertionOutcome[];
  /** Facts produced by the formulas (Formula 1.0), in evaluation order. */
  output: OutputFact[];
}

/** An evaluation stopped by a dynamic error (reported once per variable set). */
class SetError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
  }
}

/**
 * Runs every assertion of the model over the instance.
 *
 * @returns findings (unsatisfied assertions as `formula:<id>`, dynamic errors with their spec codes) and per-assertion counts
 */
export function runFormulas(
  model: FormulaModel,
  taxonomy: CompiledTaxonomy,
  instance: Instance,
  options: FormulaRunOptions = {},
): FormulaRunResult {
  const findings: Finding[] = [];
  const assertions: AssertionOutcome[] = [];
  const engine = xpathEngine();
  if (!engine.evaluate) {
    findings.push(
      paramFinding(
        'sbr:formulaXPathUnavailable',
        'warning',
        { count: model.variableSets.length },
        { file: instance.url, line: 1, column: 1 },
        'XBRL Formula 1.0',
      ),
    );
    return { findings, assertions, output: [] };
  }
  const evaluate = engine.evaluate;
  const index = new AspectIndex(instance, taxonomy);
  const nodes = new NodeFactory(instance.root, taxonomy);
  const factByElement = new Map(instance.facts.map((f) => [f.element, f] as const));
  const env: FormulaEnv = {
    instance,
    taxonomy,
    index,
    nodes,
    factOf: (n) => (n instanceof ElementNode ? factByElement.get(n.element) : undefined),
    fallbackBound: new Set(),
  };
  const customDefs: FunctionDef[] = [];
  // custom functions are looked up in `customDefs` when called (they are added below)
  let custom = libraryOf([]);
  const library: import('../xpath/types.js').FunctionLibrary = {
    lookup: (ns, local, arity) =>
      custom.lookup(ns, local, arity) ?? formulaFunctionSignatures().lookup(ns, local, arity),
    hasName: (ns, local) =>
      (custom.hasName?.(ns, local) ?? false) || (formulaFunctionSignatures().hasName?.(ns, local) ?? false),
  };
  const loadDocument = documentLoader(options.readDocument, taxonomy);
  const base: FormulaDynamicContext = {
    variables: new Map(),
    functions: library,
    formula: env,
    implicitTimezone: 0,
    ...(loadDocument ? { loadDocument } : {}),
  };
  const baseUris = new WeakMap<XPathSource, string>();

  // Variables 1.0 section 1.7.1.2: unless a specification names another, the context item is the xbrli:xbrl element
  const rootItem = nodes.node(instance.root);
  const ev = (src: XPathSource, variables: ReadonlyMap<string, Sequence>, contextItem?: Item): Sequence => {
    if (!src.ast) throw new XPathError('err:XPST0003', `The expression "${src.text}" could not be parsed`);
    let baseURI = baseUris.get(src);
    if (baseURI === undefined) baseUris.set(src, (baseURI = staticBaseUri(src)));
    const ctx: FormulaDynamicContext = {
      ...base,
      variables,
      ...(baseURI ? { baseURI } : {}),
      contextItem: contextItem ?? rootItem,
      position: 1,
      size: 1,
    };
    return withEnv(env, () => evaluate(src.ast!, ctx));
  };

  // Custom functions with implementations (CFI 1.0 section 4): inputs bound as variables, steps in order, output.
  for (const cf of model.customFunctions) {
    const i = cf.name.indexOf('}');
    const ns = cf.name.startsWith('{') ? cf.name.slice(1, i) : '';
    const local = cf.name.slice(i + 1);
    const impl = cf.implementation;
    customDefs.push({
      ns,
      local,
      minArgs: cf.inputs.length,
      maxArgs: cf.inputs.length,
      impl: (_ctx, args) => {
        if (!impl)
          throw new XPathError(
            'err:XPST0017',
            `The custom function ${cf.display} has a signature but no implementation (Custom Function Implementation 1.0 section 3: the function is not available)`,
          );
        const vars = new Map<string, Sequence>(globals);
        impl.inputs.forEach((n, k) => vars.set(n, args[k] ?? []));
        for (const s of impl.steps) vars.set(s.name, ev(s.expr, vars));
        return ev(impl.output, vars);
      },
    });
  }

  custom = libraryOf(customDefs);

  // Parameters (Variables 1.0 section 3.5.1): given values, else their select, in dependency order.
  const globals = new Map<string, Sequence>();
  for (const p of model.parameters) {
    try {
      const local = p.name.replace(/^\{[^}]*\}/, '');
      // by QName as written, by Clark name, else by local name (the caller's prefixes need not be the linkbase's)
      const given =
        options.parameters?.[p.display] ??
        options.parameters?.[p.name] ??
        options.parameters?.[local] ??
        Object.entries(options.parameters ?? {}).find(([k]) => k.replace(/^.*:/, '') === local)?.[1];
      let value: Sequence;
      if (given !== undefined) value = [{ type: 'xs:untypedAtomic', value: given }];
      else if (p.select) value = ev(p.select, globals);
      else {
        if (p.required)
          findings.push(
            withParams(
              finding(
                'xbrlve:missingParameterValue',
                'error',
                `The required parameter ${p.display} has no value`,
                p,
                'Variables 1.0 section 3.5.1',
              ),
            ),
          );
        continue;
      }
      if (p.as) {
        const t = p.as.startsWith('{http://www.w3.org/2001/XMLSchema}') ? `xs:${p.as.slice(34)}` : undefined;
        if (t) {
          try {
            value = value.map((v) =>
              isNode(v) ? atomic.castAs({ type: 'xs:untypedAtomic', value: v.stringValue() }, t) : atomic.castAs(v, t),
            );
          } catch (e) {
            findings.push(
              withParams(
                finding(
                  'xbrlve:parameterTypeMismatch',
                  'error',
                  `The value of parameter ${p.display} is not of its declared type ${t}: ${(e as Error).message}`,
                  p,
                  'Variables 1.0 section 3.5.1',
                ),
              ),
            );
            continue;
          }
        }
      }
      globals.set(p.name, value);
    } catch (e) {
      findings.push(dynamicError(e, p, { kind: 'parameter', id: p.display }));
    }
  }

  const filterEnv: FilterEnv = { env, ev, index };
  for (const vs of model.variableSets) {
    if (vs.kind === 'formula') continue; // formulas are evaluated for the consistency assertions they feed (below)
    const id = vs.id ?? `${vs.kind}@${vs.line}`;
    const outcome: AssertionOutcome = {
      id,
      kind: vs.kind === 'valueAssertion' ? 'value' : 'existence',
      elr: vs.elr,
      satisfied: 0,
      unsatisfied: 0,
    };
    assertions.push(outcome);
    if (vs.staticError) {
      outcome.error = vs.staticError; // reported when the taxonomy was compiled
      continue;
    }
    try {
      let count = 0;
      // an existence assertion's evaluations' facts (distinct), for its finding
      const seen = new Set<Fact>();
      evaluateVariableSet(vs, globals, filterEnv, ev, (vars, facts) => {
        for (const pre of vs.preconditions) if (!ebv(ev(pre, vars), pre)) return;
        count++;
        if (vs.kind !== 'valueAssertion') {
          for (const fa of facts) seen.add(fa.fact);
          return;
        }
        const ok = vs.test ? ebv(ev(vs.test, vars), vs.test) : true;
        if (ok) outcome.satisfied++;
        else {
          outcome.unsatisfied++;
          findings.push(unsatisfiedFinding(vs, id, 'value', messageScope(vs, vars), facts, ev, options.lang ?? 'en'));
        }
      });
      if (vs.kind === 'existenceAssertion') {
        // Existence Assertion 1.0 section 2 (with the 2016 test attribute): the test runs on the evaluation count
        const countItem: AtomicValue = { type: 'xs:integer', value: new XDecimal(count) };
        // the set's parameters (by their variable-arc names) are in scope; its fact variables are not
        const scope = new Map(globals);
        for (const v of vs.variables)
          if (v.kind === 'parameter' && globals.has(v.parameter)) scope.set(v.name, globals.get(v.parameter)!);
        const ok = vs.test ? ebv(ev(vs.test, scope, countItem), vs.test) : count > 0;
        if (ok) outcome.satisfied++;
        else {
          outcome.unsatisfied++;
          const f = unsatisfiedFinding(
            vs,
            id,
            'existence',
            messageScope(vs, scope),
            [],
            ev,
            options.lang ?? 'en',
            countItem,
          );
          // located at the assertion as before; the facts its evaluations bound are listed (count > 0)
          if (seen.size) Object.assign(f.assertion!, assertionFacts([...seen]));
          findings.push(f);
        }
      }
    } catch (e) {
      const f = e instanceof SetError ? e.finding : dynamicError(e, vs, { kind: 'assertion', id });
      outcome.error = f.code;
      findings.push(f);
    }
  }
  // Formulas (Formula 1.0 section 2): one output fact per evaluation
  const output: OutputFact[] = [];
  for (const vs of model.variableSets) {
    if (vs.kind !== 'formula' || vs.staticError) continue;
    try {
      evaluateVariableSet(vs, globals, filterEnv, ev, (vars, facts, uncovered) => {
        for (const pre of vs.preconditions) if (!ebv(ev(pre, vars), pre)) return;
        const sourceOf = (name: string) => {
          const n = (vars.get(name) ?? []).find(isNode);
          const f = n ? env.factOf(n) : undefined;
          return f ? index.byFact.get(f) : undefined;
        };
        output.push(produceFact(vs, vars, ev, env, sourceOf, facts[0], uncovered));
      });
    } catch (e) {
      findings.push(e instanceof SetError ? e.finding : dynamicError(e, vs, { kind: 'formula', id: vs.id ?? '' }));
    }
  }

  for (const ca of model.consistencyAssertions) {
    const id = ca.id ?? `consistencyAssertion@${ca.line}`;
    const outcome: AssertionOutcome = { id, kind: 'consistency', elr: ca.elr, satisfied: 0, unsatisfied: 0 };
    assertions.push(outcome);
    if (ca.staticError) {
      outcome.error = ca.staticError; // reported when the taxonomy was compiled
      continue;
    }
    try {
      runConsistencyAssertion(ca, id, model, globals, filterEnv, ev, outcome, findings, options.lang ?? 'en');
    } catch (e) {
      const f = e instanceof SetError ? e.finding : dynamicError(e, ca, { kind: 'consistency', id });
      outcome.error = f.code;
      findings.push(f);
    }
  }
  return { findings, assertions, output };
}

/**
 * The static base URI of an expression (Variables 1.0 section 1.7.1.1: that of the element it stands on, with its
 * xml:base attributes) as an absolute URL: a file path becomes a `file:` URL, so that fn:doc can resolve against it.
 */
function staticBaseUri(src: XPathSource): string {
  let b = src.file ?? '';
  for (const x of src.xmlBase ?? []) b = resolveUrl(x, b);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(b) && !/^[a-zA-Z]:[\\/]/.test(b)) return b;
  if (!b) return '';
  const path = b.replace(/\\/g, '/');
  return `file://${path.startsWith('/') ? '' : '/'}${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`;
}

/**
 * fn:doc's documents (F&O section 15.5.4): read through `read`, parsed (the parser's limits and DOCTYPE refusal
 * apply) and viewed as XDM nodes, once per URL (fn:doc is stable: the same URL gives the same document node). A
 * document that cannot be read or is not well-formed is not available (err:FODC0002).
 */
function documentLoader(
  read: FormulaRunOptions['readDocument'],
  taxonomy: CompiledTaxonomy,
): ((uri: string) => XNode | undefined) | undefined {
  if (!read) return undefined;
  const loaded = new Map<string, XNode | undefined>();
  return (uri) => {
    if (loaded.has(uri)) return loaded.get(uri);
    let node: XNode | undefined;
    try {
      const bytes = read(uri);
      if (bytes) node = new NodeFactory(parseXml(bytes, uri).root, taxonomy).document;
    } catch {
      node = undefined;
    }
    loaded.set(uri, node);
    return node;
  };
}

function toDecimal(v: Item | undefined): XDecimal | undefined {
  if (!v) return undefined;
  if (isNode(v)) {
    const t = v.stringValue().trim();
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? new XDecimal(t) : undefined;
  }
  if (v.value instanceof XDecimal || (typeof v.value === 'object' && v.value !== null && 'isZero' in v.value))
    return new XDecimal((v.value as XDecimal).toString());
  if (typeof v.value === 'number' && Number.isFinite(v.value)) return new XDecimal(v.value);
  if (typeof v.value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(v.value.trim()))
    return new XDecimal(v.value.trim());
  return undefined;
}

/** Rounds to `decimals` places, half away from zero... per XBRL 2.1 section 4.6.7 (half-even is not required; round half up on magnitude). */
function roundTo(d: XDecimal, decimals: number): XDecimal {
  return d.toDecimalPlaces(decimals, XDecimal.ROUND_HALF_UP) as XDecimal;
}

/**
 * Decimals of an accuracy given as decimals or precision (XBRL 2.1 section 4.6.6) for `value`: a number, `Infinity` for
 * INF, or undefined when the precision is 0 (the accuracy is unknown).
 */
function accuracyDecimals(value: XDecimal, decimals?: string, precision?: string): number | undefined {
  if (decimals !== undefined) return decimals.trim() === 'INF' ? Infinity : Number(decimals);
  if (precision === undefined || precision.trim() === 'INF') return Infinity;
  const p = Number(precision);
  if (p === 0) return undefined;
  if (value.isZero()) return Infinity;
  return p - Math.floor(Math.log10(Math.abs(value.toNumber()))) - 1;
}

/** The comparison key (src/formula/produce.ts outputKey) of every non-nil input item fact, for aspect matching. */
function inputFactKeys(index: AspectIndex, taxonomy: CompiledTaxonomy): Map<string, FactAspects[]> {
  const defaults = taxonomy.dimensions?.defaults ?? {};
  const out = new Map<string, FactAspects[]>();
  for (const fa of index.all) {
    if (fa.fact.isTuple || fa.fact.nil || !fa.context) continue;
    const dims: Record<string, string> = {};
    for (const d of fa.context.dimensions) {
      const v = d.member ?? (d.typed?.children[0] ? elementKey(d.typed.children[0]) : '');
      if (defaults[d.dimension] !== v) dims[d.dimension] = v;
    }
    const k = outputKey({
      concept: fa.concept,
      entity: fa.context.entity,
      period: fa.context.period,
      ...(fa.unit
        ? {
            unit: {
              numerator: fa.unit.numerator.map((m) => m.key).sort(),
              denominator: fa.unit.denominator.map((m) => m.key).sort(),
            },
          }
        : {}),
      dims,
    });
    let l = out.get(k);
    if (!l) out.set(k, (l = []));
    l.push(fa);
  }
  return out;
}

/**
 * Consistency Assertion 1.0 section 2: each fact a linked formula derives (Formula 1.0 fact production) is compared
 * with the non-nil input facts aspect-matched with it (nil input facts are not in the assertion data set). Numbers
 * are consistent within the acceptance radius, evaluated per derived fact with the derived value as context item
 * (absolute, or proportional to the derived value); without a radius, equal when both are rounded to the lesser
 * accuracy, and not evaluated when either accuracy is precision 0. A nil derived fact is inconsistent with a reported
 * value. Without a matched input fact only a strict assertion is evaluated: satisfied when the derived fact is nil.
 * Segment and scenario content other than dimensions is not compared (output facts do not carry it).
 */
function runConsistencyAssertion(
  ca: FormulaModel['consistencyAssertions'][number],
  id: string,
  model: FormulaModel,
  globals: ReadonlyMap<string, Sequence>,
  fenv: FilterEnv,
  ev: (src: XPathSource, vars: ReadonlyMap<string, Sequence>, ci?: Item) => Sequence,
  outcome: AssertionOutcome,
  findings: Finding[],
  lang: string,
): void {
  const scope = new Map(globals);
  for (const p of ca.parameters ?? []) {
    const v = globals.get(p.parameter);
    if (v) scope.set(p.name, v);
  }
  const env = fenv.env;
  const inputs = inputFactKeys(fenv.index, env.taxonomy);
  const local = (c: string) => c.replace(/^\{[^}]*\}/, '');
  for (const fi of ca.formulas) {
    const vs = model.variableSets[fi]!;
    if (vs.staticError) continue;
    evaluateVariableSet(vs, globals, fenv, ev, (vars, facts, uncovered) => {
      for (const pre of vs.preconditions) if (!ebv(ev(pre, vars), pre)) return;
      const sourceOf = (name: string) => {
        const n = (vars.get(name) ?? []).find(isNode);
        const f = n ? env.factOf(n) : undefined;
        return f ? fenv.index.byFact.get(f) : undefined;
      };
      const derived = produceFact(vs, vars, ev, env, sourceOf, facts[0], uncovered);
      const shown = derived.nil ? 'nil' : derived.value;
      const matches = inputs.get(outputKey(derived)) ?? [];
      if (matches.length === 0) {
        if (!ca.strict) return;
        if (derived.nil) outcome.satisfied++;
        else {
          outcome.unsatisfied++;
          findings.push(
            caFinding(
              ca,
              id,
              `no reported fact matches the derived ${local(derived.concept)} = ${shown}`,
              vs,
              vars,
              ev,
              lang,
              facts.map((fa) => fa.fact),
            ),
          );
        }
        return;
      }
      const d = derived.nil ? undefined : toDecimal({ type: 'xs:untypedAtomic', value: derived.value });
      const radius = (src: XPathSource | undefined): XDecimal | undefined => {
        if (!src) return undefined;
        const ci: Item = d ? { type: 'xs:decimal', value: d } : { type: 'xs:untypedAtomic', value: derived.value };
        const r = toDecimal(ev(src, scope, ci)[0]);
        if (!r) throw new XPathError('err:XPTY0004', `The acceptance radius "${src.text}" is not a number`);
        return r;
      };
      for (const m of matches) {
        let ok: boolean;
        const i = toDecimal({ type: 'xs:untypedAtomic', value: m.fact.value });
        if (derived.nil) ok = false;
        else if (d && i) {
          const diff = d.minus(i).abs();
          if (ca.absoluteAcceptanceRadius) ok = diff.lte(radius(ca.absoluteAcceptanceRadius)!);
          else if (ca.proportionalAcceptanceRadius)
            ok = diff.lte(d.times(radius(ca.proportionalAcceptanceRadius)!).abs());
          else {
            const dd = accuracyDecimals(d, derived.decimals, derived.precision);
            const id2 = accuracyDecimals(i, m.fact.decimals, m.fact.precision);
            if (dd === undefined || id2 === undefined) continue; // precision 0: not evaluated
            const dec = Math.min(dd, id2);
            ok = dec === Infinity ? d.eq(i) : roundTo(d, dec).eq(roundTo(i, dec));
          }
        } else ok = derived.value === m.fact.value.trim();
        if (ok) outcome.satisfied++;
        else {
          outcome.unsatisfied++;
          const f = caFinding(
            ca,
            id,
            `the reported ${local(m.fact.concept)} = ${m.fact.value.trim()} differs from the derived value ${shown}`,
            vs,
            vars,
            ev,
            lang,
            [m.fact, ...facts.map((fa) => fa.fact)],
          );
          f.file = m.fact.file;
          f.line = m.fact.line;
          f.column = m.fact.column;
          findings.push(f);
        }
      }
    });
  }
}

function caFinding(
  ca: FormulaModel['consistencyAssertions'][number],
  id: string,
  what: string,
  _vs: VariableSet,
  vars: ReadonlyMap<string, Sequence>,
  ev: (src: XPathSource, vars: ReadonlyMap<string, Sequence>, ci?: Item) => Sequence,
  lang: string,
  facts: readonly Fact[] = [],
): Finding {
  const severity = ca.severity === 'WARNING' ? 'warning' : ca.severity === 'OK' ? 'info' : 'error';
  const message =
    pickMessage(ca.unsatisfiedMessages, lang, vars, ev) ??
    pickMessage(ca.labels, lang, vars, ev) ??
    `The consistency assertion ${id} is not satisfied: ${what}`;
  const f = finding(`formula:${id}`, severity, message, ca, 'Consistency Assertion 1.0 section 2');
  f.assertion = { id, kind: 'consistency', elr: ca.elr, satisfied: false, ...assertionFacts(facts) };
  return f;
}

/** A finding whose message is its own detail (the catalogs add the code's meaning in other languages). */
function withParams(f: Finding): Finding {
  f.params = { detail: f.message };
  return f;
}

function dynamicError(e: unknown, at: SourceLocation, what: WhatParam): Finding {
  const message = (detail: string) => `Evaluating ${whatEn(what)} failed: ${detail}`;
  if (e instanceof XPathError) {
    const f = finding(e.code, 'error', message(e.message), at, 'XPath 2.0 / XBRL Formula 1.0');
    f.params = { what, detail: e.message }; // a code without a catalog entry (fn:error's own) keeps this message
    return f;
  }
  if (e instanceof SetError) return e.finding;
  const detail = (e as Error).message ?? String(e);
  const f = finding('sbr:formulaFailed', 'error', message(detail), at, 'XBRL Formula 1.0');
  f.params = { what, detail };
  return f;
}

/** Effective boolean value (XPath 2.0 section 2.4.3); err:FORG0006 when there is none. */
export function ebv(s: Sequence, at?: SourceLocation): boolean {
  if (s.length === 0) return false;
  const first = s[0]!;
  if (isNode(first)) return true;
  if (s.length > 1)
    throw new XPathError(
      'err:FORG0006',
      `A sequence of ${s.length} atomic values has no effective boolean value${at ? '' : ''}`,
    );
  const v = first.value;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      if (
        first.type === 'xs:string' ||
        first.type === 'xs:untypedAtomic' ||
        first.type === 'xs:anyURI' ||
        /^xs:(normalizedString|token|language|NMTOKEN|Name|NCName|ID|IDREF|ENTITY)$/.test(first.type)
      )
        return v.length > 0;
      break;
    case 'number':
      return !(Number.isNaN(v) || v === 0);
    default:
      if (v instanceof XDecimal || (v && typeof v === 'object' && 'isZero' in v)) return !(v as XDecimal).isZero();
  }
  throw new XPathError('err:FORG0006', `A value of type ${first.type} has no effective boolean value`);
}

interface BoundVar {
  variable: Variable;
  facts: FactAspects[];
}

/**
 * Enumerates the evaluations of a variable set (Variables 1.0 section 3.7): every combination of variable bindings in
 * dependency order, with implicit filtering; `each` receives the variable values and the facts bound.
 */
function evaluateVariableSet(
  vs: VariableSet,
  globals: ReadonlyMap<string, Sequence>,
  fenv: FilterEnv,
  ev: (src: XPathSource, vars: ReadonlyMap<string, Sequence>, ci?: Item) => Sequence,
  each: (
    vars: ReadonlyMap<string, Sequence>,
    facts: FactAspects[],
    uncovered: ReadonlyMap<Aspect, FactAspects>,
  ) => void,
): void {
  const vars = new Map<string, Sequence>(globals);
  const aspects = modelAspects(vs.aspectModel, fenv.index.dimensions);
  const factVars = vs.variables.filter((v) => v.kind === 'fact');
  // Per fact variable: the filters (own and variable-set), which of them depend on bindings, and covered aspects.
  const plans = new Map<Variable, VarPlan>();
  for (const v of factVars) if (v.kind === 'fact') plans.set(v, planVariable(v, vs, aspects, fenv));
  const bound: BoundVar[] = [];
  /** First fact bound for each aspect left uncovered by the variable that bound it (the implicit filter's reference). */
  const uncoveredFacts = new Map<Aspect, FactAspects>();
  const fallback = new Set<string>();
  /**
   * Fact variables bound to their fallback value although they had candidates when they were bound (Variables 1.0
   * section 4.2: a variable falls back only when it cannot bind to a fact in this evaluation). The variables bound
   * after one may fix the uncovered aspects so that none of its candidates fits: the binding order is dynamic. An
   * evaluation in which such a variable could still bind a fact is dropped, as soon as that is known.
   */
  const tentative: { v: Variable; plan: VarPlan }[] = [];
  /** Whether a tentatively fallen-back variable could bind a fact: `final` at the end of the evaluation. */
  const couldBind = (t: { v: Variable; plan: VarPlan }, final: boolean): boolean => {
    const checks: [Aspect, string][] = [];
    for (const a of t.plan.uncovered) {
      const ref = uncoveredFacts.get(a);
      if (ref) checks.push([a, aspectValue(ref, a)]);
      else if (!final) return false; // a later binding may still fix this aspect
    }
    if (!final && !t.plan.references.every((r) => vars.has(r) && r !== t.v.name)) return false;
    let candidates = t.plan.candidates(vars);
    if (vs.implicitFiltering && checks.length) candidates = t.plan.matching(candidates, checks);
    return candidates.length > 0;
  };

  const step = (i: number): void => {
    for (const t of tentative) if (couldBind(t, i === vs.variables.length)) return;
    if (i === vs.variables.length) {
      if (factVars.length > 0 && factVars.every((v) => fallback.has(v.name))) return; // section 3.7: not all fact variables may fall back
      fenv.env.fallbackBound = new Set(fallback);
      fenv.env.uncovered = { implicitFiltering: vs.implicitFiltering, facts: uncoveredFacts };
      each(
        vars,
        bound.flatMap((b) => b.facts),
        uncoveredFacts,
      );
      return;
    }
    const v = vs.variables[i]!;
    if (v.kind === 'parameter') {
      const val = globals.get(v.parameter);
      if (val === undefined)
        throw new XPathError('xbrlve:unresolvedDependency', `The parameter ${v.display} has no value`);
      vars.set(v.name, val);
      step(i + 1);
      vars.delete(v.name);
      return;
    }
    if (v.kind === 'general') {
      const val = ev(v.select, vars);
      if (v.bindAsSequence) {
        vars.set(v.name, val);
        step(i + 1);
      } else {
        for (const item of val) {
          vars.set(v.name, [item]);
          step(i + 1);
        }
      }
      vars.delete(v.name);
      return;
    }
    const plan = plans.get(v)!;
    let candidates = plan.candidates(vars);
    if (vs.implicitFiltering) {
      const checks: [Aspect, string][] = [];
      for (const a of plan.uncovered) {
        const ref = uncoveredFacts.get(a);
        if (ref) checks.push([a, aspectValue(ref, a)]);
      }
      // dimensions present on reference facts but not in the model list are compared too
      if (checks.length) candidates = plan.matching(candidates, checks);
    }
    const groups: FactAspects[][] = [];
    if (v.bindAsSequence) {
      const byKey = new Map<string, FactAspects[]>();
      for (const fa of candidates) {
        const k = plan.uncovered.map((a) => aspectValue(fa, a)).join('\u0001');
        let g = byKey.get(k);
        if (!g) byKey.set(k, (g = []));
        g.push(fa);
      }
      if (v.matches) groups.push(...byKey.values());
      else {
        // Variables 1.0 (errata 2013) section 3.4: without @matches="true" a sequence holds no two facts that match
        // in every aspect of the model (duplicates): each sub-sequence takes one fact of every set of duplicates
        // (their cartesian product; conformance 22170 V-03, V-28), in document order
        for (const g of byKey.values()) groups.push(...withoutDuplicates(g, aspects));
      }
    } else for (const fa of candidates) groups.push([fa]);
    const bindGroup = (g: FactAspects[]) => {
      const added: Aspect[] = [];
      for (const a of plan.uncovered) {
        if (!uncoveredFacts.has(a)) {
          uncoveredFacts.set(a, g[0]!);
          added.push(a);
        }
      }
      vars.set(
        v.name,
        g.map((fa) => fenv.env.nodes.node(fa.fact.element)),
      );
      bound.push({ variable: v, facts: g });
      step(i + 1);
      bound.pop();
      for (const a of added) uncoveredFacts.delete(a);
    };
    for (const g of groups) bindGroup(g);
    if (v.fallbackValue) {
      // section 4.2: the fallback value when no fact can be bound; with candidates, only if the variables bound
      // later leave none of them fitting (checked by `couldBind`)
      vars.set(v.name, ev(v.fallbackValue, vars));
      fallback.add(v.name);
      if (groups.length) tentative.push({ v, plan });
      step(i + 1);
      if (groups.length) tentative.pop();
      fallback.delete(v.name);
    }
    // without a fallback value an unbound fact variable gives no evaluation (section 4.2)
    vars.delete(v.name);
  };
  step(0);
  fenv.env.uncovered = undefined;
}

/** Above this many duplicate-free combinations a group is split by duplicate rank instead (a bound on the work). */
const MAX_DUPLICATE_COMBINATIONS = 4096;

/**
 * The sub-sequences of a bindAsSequence group that hold no two aspect-matched facts: one fact of each set of
 * duplicates, every combination (a group without duplicates is its own only sub-sequence); beyond
 * MAX_DUPLICATE_COMBINATIONS, one sub-sequence per duplicate rank.
 */
function withoutDuplicates(g: FactAspects[], aspects: Aspect[]): FactAspects[][] {
  const sets = new Map<string, FactAspects[]>();
  for (const fa of g) {
    const k = aspects.map((a) => aspectValue(fa, a)).join('\u0001');
    let l = sets.get(k);
    if (!l) sets.set(k, (l = []));
    l.push(fa);
  }
  if (sets.size === g.length) return [g];
  let count = 1;
  for (const l of sets.values()) count *= l.length;
  if (count > MAX_DUPLICATE_COMBINATIONS) {
    // too many combinations to enumerate: the n-th fact of each set of duplicates goes to the n-th sub-sequence
    const byRank: FactAspects[][] = [];
    for (const l of sets.values()) l.forEach((fa, r) => (byRank[r] ??= []).push(fa));
    for (const seq of byRank) seq.sort((x, y) => x.index - y.index);
    return byRank;
  }
  let out: FactAspects[][] = [[]];
  for (const l of sets.values()) out = out.flatMap((seq) => l.map((fa) => [...seq, fa]));
  for (const seq of out) seq.sort((x, y) => x.index - y.index);
  return out;
}

interface VarPlan {
  uncovered: Aspect[];
  dependsOnBindings: boolean;
  /** Variables the filters depending on bindings refer to. */
  references: ClarkName[];
  candidates(vars: ReadonlyMap<string, Sequence>): FactAspects[];
  /**
   * The candidates whose value of every checked aspect equals the given one (the implicit filter, section 3.5.2.5),
   * in document order. The binding-independent candidates are looked up in an index keyed by the checked aspects'
   * values, built once per set of checked aspects, so a binding costs the size of its answer, not a scan of every
   * candidate (issue 9 item 8; Arelle #217/#242).
   */
  matching(candidates: FactAspects[], checks: readonly [Aspect, string][]): FactAspects[];
}

const NO_FACTS: FactAspects[] = [];

/** Candidate facts of a fact variable: index narrowing by concept, binding-independent filters applied once. */
function planVariable(
  v: Extract<Variable, { kind: 'fact' }>,
  vs: VariableSet,
  aspects: Aspect[],
  fenv: FilterEnv,
): VarPlan {
  const uses: FilterUse[] = [...v.filters, ...vs.filters.map((f) => ({ ...f, cover: false }))];
  const covered = new Set<Aspect>();
  for (const u of v.filters) if (u.cover) for (const a of coveredAspects(u.filter, fenv)) covered.add(a);
  const uncovered = aspects.filter((a) => !covered.has(a));
  const dependent = uses.filter((u) => (u.filter.references ?? []).length > 0);
  const independent = uses.filter((u) => (u.filter.references ?? []).length === 0);
  // Index narrowing: a non-complemented concept-name filter with QNames names the only concepts possible.
  let start: FactAspects[] | undefined;
  /** The concept-name filter that `start` was read from: every fact of `start` passes it, so it is not re-run. */
  let narrowedBy: FilterUse | undefined;
  for (const u of independent) {
    if (u.complement || u.filter.kind !== 'conceptName') continue;
    if (!u.filter.concepts.every((c) => 'qname' in c)) continue;
    const list: FactAspects[] = [];
    for (const c of u.filter.concepts) list.push(...(fenv.index.byConcept.get((c as { qname: string }).qname) ?? []));
    list.sort((a, b) => a.index - b.index);
    if (!start || list.length < start.length) {
      start = list;
      narrowedBy = u;
    }
  }
  let base: FactAspects[] | undefined;
  const staticCandidates = (): FactAspects[] => {
    if (!base) {
      const empty = new Map<string, Sequence>();
      base = (start ?? fenv.index.all).filter((fa) => {
        if (fa.fact.isTuple && !v.filters.length) return false;
        if (!v.nils && fa.fact.nil) return false;
        return independent.every((u) => u === narrowedBy || evaluateFilter(u.filter, fa, empty, fenv) !== u.complement);
      });
    }
    return base;
  };
  /** Per list of checked aspects: the static candidates grouped by those aspects' values (a key per fact). */
  const byAspects = new Map<string, Map<string, FactAspects[]>>();
  return {
    uncovered,
    dependsOnBindings: dependent.length > 0,
    references: [...new Set(dependent.flatMap((u) => u.filter.references ?? []))],
    candidates(vars) {
      const b = staticCandidates();
      if (!dependent.length) return b;
      return b.filter((fa) =>
        dependent.every((u) => evaluateFilter(u.filter, fa, vars, fenv, uncovered) !== u.complement),
      );
    },
    matching(candidates, checks) {
      if (candidates !== base || candidates.length < 8) {
        return candidates.filter((fa) => checks.every(([a, val]) => aspectValue(fa, a) === val));
      }
      const aspectsKey = checks.map(([a]) => a).join('\u0002');
      let index = byAspects.get(aspectsKey);
      if (!index) {
        index = new Map();
        for (const fa of candidates) {
          const k = checks.map(([a]) => aspectValue(fa, a)).join('\u0001');
          let l = index.get(k);
          if (!l) index.set(k, (l = []));
          l.push(fa);
        }
        byAspects.set(aspectsKey, index);
      }
      return index.get(checks.map(([, val]) => val).join('\u0001')) ?? NO_FACTS;
    },
  };
}

/**
 * The variables an assertion's messages see: the evaluation's, plus the assertion's test expression as an xs:string,
 * `$va:test-expression` / `$ea:test-expression` (the message variables of the value and existence assertion
 * namespaces, as the Generic Messages conformance tests 60100 V-09 use them).
 */
function messageScope(vs: VariableSet, vars: ReadonlyMap<string, Sequence>): ReadonlyMap<string, Sequence> {
  if (!vs.test) return vars;
  const ns =
    vs.kind === 'existenceAssertion'
      ? 'http://xbrl.org/2008/assertion/existence'
      : 'http://xbrl.org/2008/assertion/value';
  const scope = new Map(vars);
  scope.set(`{${ns}}test-expression`, [{ type: 'xs:string', value: vs.test.text }]);
  return scope;
}

/**
 * The finding of an unsatisfied assertion (issue 9 item 7): code `formula:<id>`, severity from Assertion Severity 2.0.
 * `contextItem` is the messages' context item (an existence assertion's evaluation count).
 */
function unsatisfiedFinding(
  vs: VariableSet,
  id: string,
  kind: 'value' | 'existence',
  vars: ReadonlyMap<string, Sequence>,
  facts: FactAspects[],
  ev: (src: XPathSource, vars: ReadonlyMap<string, Sequence>, ci?: Item) => Sequence,
  lang: string,
  contextItem?: Item,
): Finding {
  const severity = vs.severity === 'WARNING' ? 'warning' : vs.severity === 'OK' ? 'info' : 'error';
  let message = pickMessage(vs.unsatisfiedMessages, lang, vars, ev, contextItem);
  if (message === undefined) message = pickMessage(vs.labels, lang, vars, ev, contextItem);
  if (message === undefined) {
    const shown = facts
      .slice(0, 4)
      .map((fa) => `${fa.fact.concept.replace(/^\{[^}]*\}/, '')} = ${fa.fact.nil ? 'nil' : fa.fact.value.trim()}`);
    message = `The ${kind} assertion ${id} is not satisfied${shown.length ? ` for ${shown.join(', ')}` : ''}`;
  }
  const at: SourceLocation = facts[0] ? facts[0].fact : vs;
  const f = finding(
    `formula:${id}`,
    severity,
    message,
    { file: at.file, line: at.line, column: at.column },
    kind === 'value' ? 'Value Assertion 1.0' : 'Existence Assertion 1.0',
  );
  f.assertion = { id, kind, elr: vs.elr, satisfied: false, ...assertionFacts(facts.map((fa) => fa.fact)) };
  return f;
}

/**
 * `facts` and `factsOmitted` of a finding's `assertion` (src/findings.ts AssertionFact): where each bound fact is in
 * the filing, distinct, at most ASSERTION_FACTS_LIMIT (the others counted in `factsOmitted`).
 */
function assertionFacts(facts: readonly Fact[]): { facts?: AssertionFact[]; factsOmitted?: number } {
  const distinct = [...new Set(facts)];
  if (!distinct.length) return {};
  const out = distinct.slice(0, ASSERTION_FACTS_LIMIT).map((fact) => {
    const a: AssertionFact = { concept: fact.concept, file: fact.file, line: fact.line, column: fact.column };
    if (fact.contextRef !== undefined) a.contextRef = fact.contextRef;
    if (fact.nil) a.nil = true;
    else if (!fact.isTuple) a.value = fact.value.trim().slice(0, 200);
    return a;
  });
  const omitted = distinct.length - out.length;
  return omitted > 0 ? { facts: out, factsOmitted: omitted } : { facts: out };
}

/**
 * The message in `lang` (else English, else any language present), with `{expr}` placeholders evaluated in the
 * assertion's scope (Generic Messages 1.0 section 2.1): each result item as its string value, separated by spaces.
 */
function pickMessage(
  messages: Message[],
  lang: string,
  vars: ReadonlyMap<string, Sequence>,
  ev: (src: XPathSource, vars: ReadonlyMap<string, Sequence>, ci?: Item) => Sequence,
  contextItem?: Item,
): string | undefined {
  if (!messages.length) return undefined;
  const want = lang.toLowerCase();
  const m =
    messages.find((x) => x.lang === want) ??
    messages.find((x) => x.lang.split('-')[0] === want) ??
    messages.find((x) => x.lang.startsWith('en')) ??
    messages[0]!;
  if (!m.parts) return m.text;
  let out = '';
  for (const p of m.parts) {
    if ('literal' in p) out += p.literal;
    else {
      // a dynamic error in a placeholder is the assertion's error (Generic Messages 1.0 section 2.1)
      out += ev(p.expr, vars, contextItem).map(itemString).join(' ');
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

function itemString(i: Item): string {
  if (isNode(i)) return i.stringValue();
  try {
    return atomic.toStringValue(i);
  } catch {
    const v = i.value;
    if (typeof v === 'object' && v && 'local' in v)
      return (v as QName).prefix ? `${(v as QName).prefix}:${(v as QName).local}` : (v as QName).local;
    return String(v);
  }
}

export type { DynamicContext, XNode, Fact };
