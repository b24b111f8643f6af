/**
 * The XBRL Formula processor, loaded when a taxonomy needs it (issue 14 "Start"): compile.ts, evaluate.ts and the
 * XPath 2.0 engine under them are ~200 ms of module loading, which a filing whose DTS has no formula linkbase (and an
 * artifact without assertions) should not pay. This module is light (it imports no part of the processor):
 *
 * - `compileFormulaIfAny(dts, taxonomy)`, used by discovery (src/validate/core.ts) and extension layering
 *   (src/artifact/layer.ts), compiles the formula linkbases of a DTS, and answers "none" without the processor when no
 *   document has a resource in a formula namespace (`hasFormulaResource`);
 * - `formulaEngine()` gives the processor when it has been loaded and throws `FormulaEngineNotLoaded` otherwise;
 * - `loadFormulaEngine()` imports it (dynamic import of engine-full.ts); `withFormulaEngine(f)` runs the synchronous
 *   `f`, and once more after loading the processor when `f` needed it. The asynchronous entry points
 *   (`validateParsed`) go through it; the synchronous ones that compile or evaluate formulas outside them
 *   (the package entry points, `sbr compile`, `sbr dts`, ...) register the processor at start with
 *   `registerFormulaEngine(formulaProcessor)` (engine-full.ts).
 */
import type { Dts, DtsDocument } from '../dts/discover.js';
import { NS, XLINK_TYPE } from '../dts/namespaces.js';
import { attr, type XmlElement } from '../xml/parse.js';
import type { CompiledTaxonomy } from '../compile/types.js';
import type { Finding } from '../findings.js';
import type { FormulaModel } from './model.js';
import { FORMULA_RESOURCE_NAMESPACES } from './namespaces.js';
import type { compileFormula } from './compile.js';
import type { runFormulas } from './evaluate.js';

/** The formula processor's two entry points (src/formula/compile.ts, src/formula/evaluate.ts). */
export interface FormulaEngine {
  compileFormula: typeof compileFormula;
  runFormulas: typeof runFormulas;
}

/**
 * Thrown by `formulaEngine()` (so by `compileFormulaIfAny` for a DTS with formula resources, and by the formula rule)
 * when the processor has not been loaded: `withFormulaEngine` catches it, loads the processor and runs again. `dts`
 * is the discovered DTS whose compile needed it, so that the second run need not discover it again.
 */
export class FormulaEngineNotLoaded extends Error {
  constructor(readonly dts?: Dts) {
    super('the XBRL Formula processor is not loaded (loadFormulaEngine or registerFormulaEngine first)');
  }
}

let engine: FormulaEngine | undefined;

/** Makes `e` (engine-full.ts `formulaProcessor`) the processor of this realm; for synchronous entry points. */
export function registerFormulaEngine(e: FormulaEngine): void {
  engine = e;
}

/** The loaded processor. @throws FormulaEngineNotLoaded when neither loaded nor registered */
export function formulaEngine(): FormulaEngine {
  if (!engine) throw new FormulaEngineNotLoaded();
  return engine;
}

/** Imports the processor (once; later calls return it at once). */
export async function loadFormulaEngine(): Promise<FormulaEngine> {
  engine ??= (await import('./engine-full.js')).formulaProcessor;
  return engine;
}

/** `f()`, or, when it needed the processor before it was loaded, `f()` again after `loadFormulaEngine()`. */
export async function withFormulaEngine<T>(f: () => T): Promise<T> {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof FormulaEngineNotLoaded) || engine) throw e;
    await loadFormulaEngine();
    return f();
  }
}

/**
 * Throws FormulaEngineNotLoaded (with `dts`) when `dts` has a formula resource and the processor is not loaded: called
 * before the DTS is compiled, so that a caller that loads the processor and runs again (withFormulaEngine) compiles it
 * once, not twice (the KvK live run compiled its 44 MB DTS twice: 1.2 s more CPU).
 */
export function assertFormulaEngineFor(dts: Dts): void {
  if (!engine && [...dts.documents.values()].some(hasFormulaResource)) throw new FormulaEngineNotLoaded(dts);
}

/**
 * The compiled formula linkbases of `dts` (src/formula/compile.ts `compileFormula`): `{ findings: [] }` without the
 * processor when no document of the DTS has a formula resource, as compileFormula answers for such a DTS.
 * @throws FormulaEngineNotLoaded (with `dts`) when there is one and the processor is not loaded
 */
export function compileFormulaIfAny(
  dts: Dts,
  taxonomy: CompiledTaxonomy,
): { model?: FormulaModel; findings: Finding[] } {
  if (![...dts.documents.values()].some(hasFormulaResource)) return { findings: [] };
  if (!engine) throw new FormulaEngineNotLoaded(dts);
  return engine.compileFormula(dts, taxonomy);
}

/**
 * Whether a document has a resource in a formula namespace in an extended link (of a linkbase, or of a linkbase
 * embedded in a schema's appinfo): every resource compileFormula counts (src/formula/compile.ts scan) is one of these.
 */
export function hasFormulaResource(d: DtsDocument): boolean {
  const linkbases: XmlElement[] = [];
  if (d.kind === 'linkbase') linkbases.push(d.doc.root);
  else if (d.kind === 'schema')
    for (const ann of d.doc.root.children) {
      if (ann.ns !== NS.xs || ann.local !== 'annotation') continue;
      for (const ai of ann.children)
        for (const lb of ai.children) if (lb.ns === NS.link && lb.local === 'linkbase') linkbases.push(lb);
    }
  for (const lb of linkbases)
    for (const link of lb.children) {
      if (attr(link, XLINK_TYPE) !== 'extended') continue;
      for (const c of link.children)
        if (FORMULA_RESOURCE_NAMESPACES.has(c.ns) && attr(c, XLINK_TYPE) === 'resource') return true;
    }
  return false;
}
