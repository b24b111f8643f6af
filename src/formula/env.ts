/**
 * What XBRL functions (xfi:, xff:, custom functions) see of the running formula evaluation: the instance, its aspect
 * index and node views, the compiled taxonomy, and the current variable-set evaluation. It travels in the XPath
 * dynamic context as the extra property `formula` (the evaluator passes the context object on to nested calls).
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import type { Fact, Instance } from '../instance/types.js';
import type { DynamicContext, XNode } from '../xpath/types.js';
import type { AspectIndex, FactAspects } from './aspects.js';
import type { Aspect } from './model.js';
import type { NodeFactory } from './nodes.js';

export interface FormulaEnv {
  instance: Instance;
  taxonomy: CompiledTaxonomy;
  index: AspectIndex;
  nodes: NodeFactory;
  /** The fact an element node stands for (fact items and tuples). */
  factOf(node: XNode): Fact | undefined;
  /** Names (Clark) of the variables bound to their fallback value in the current evaluation (xff:has-fallback-value). */
  fallbackBound: Set<string>;
  /**
   * The current evaluation's uncovered aspects (xff:uncovered-aspect): for each aspect no variable covers, the first
   * fact bound with it uncovered (the implicit filter's reference), and whether the variable set filters implicitly.
   */
  uncovered?: { implicitFiltering: boolean; facts: ReadonlyMap<Aspect, FactAspects> };
}

export interface FormulaDynamicContext extends DynamicContext {
  formula?: FormulaEnv;
}

let current: FormulaEnv | undefined;

/**
 * The formula environment of a dynamic context: its `formula` property, else the evaluation running now (the
 * evaluator may build fresh contexts for nested calls; formula evaluation is synchronous, so one is current).
 */
export function envOf(ctx: DynamicContext): FormulaEnv | undefined {
  return (ctx as FormulaDynamicContext).formula ?? current;
}

/** Runs `f` with `env` as the current formula environment. */
export function withEnv<T>(env: FormulaEnv, f: () => T): T {
  const saved = current;
  current = env;
  try {
    return f();
  } finally {
    current = saved;
  }
}
