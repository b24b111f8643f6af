/**
 * The public API of the XPath 2.0 engine (W3C XPath 2.0 Second Edition, F&O 1.0, XDM 1.0).
 *
 * - `parseXPath(text, staticContext)`: parse and statically check; returns the plain-data AST (`Expr`), throws
 *   XPathError (err:XPST0003, err:XPST0008, err:XPST0017, err:XPST0051, err:XPST0080, err:XPST0081, sbr:xpathDepthLimit)
 *   with `start`/`end` offsets into `text`;
 * - `evaluate(expr, dynamicContext)`: a sequence, or XPathError with a W3C dynamic/type error code or a limit code;
 * - `compileXPath(text, staticContext)`: both steps, returning an object that evaluates many times;
 * - `builtinLibrary`: the F&O function library; `buildTree`: an XDM tree from XML.
 */
import { evaluate } from './evaluate.js';
import { parseXPath } from './static.js';
import type { DynamicContext, Expr, Item, QName, Sequence, StaticContext } from './types.js';
import { clark } from './types.js';
import { ebv } from './xdm.js';

export * from './types.js';
export { evaluate, DEFAULT_LIMITS } from './evaluate.js';
export { parseXPath, analyze, ATOMIC_TYPES, MAX_AST_DEPTH } from './static.js';
export { parse, MAX_NESTING } from './parser.js';
export { tokenize } from './lexer.js';
export { builtinFunctions, builtinLibrary, makeLibrary } from './functions/index.js';
export { buildTree, type BuildOptions } from './tree.js';
export { atomize, ebv, docOrder, compareOrder } from './xdm.js';

/** A compiled expression: the checked AST plus convenience evaluators. */
export interface CompiledXPath {
  readonly text: string;
  readonly ast: Expr;
  /** Evaluates with the given variables (Clark names or QNames) and optional focus. */
  evaluate(ctx: DynamicContext): Sequence;
  /** The effective boolean value of the result (XPath 2.0 2.4.3). */
  evaluateBoolean(ctx: DynamicContext): boolean;
}

/**
 * Parses and checks `text` once (throws XPathError as `parseXPath`); the result evaluates any number of times.
 * When `staticContext.variables` is absent, the variables are taken to be those named in `variableNames`.
 */
export function compileXPath(
  text: string,
  staticContext: StaticContext,
  variableNames?: readonly (string | QName)[],
): CompiledXPath {
  let sc = staticContext;
  if (!sc.variables && variableNames) {
    const names = new Set(variableNames.map((n) => (typeof n === 'string' ? n : clark(n))));
    sc = { ...sc, variables: (q) => names.has(clark(q)) };
  }
  const ast = parseXPath(text, sc);
  return {
    text,
    ast,
    evaluate: (ctx) => evaluate(ast, ctx),
    evaluateBoolean: (ctx) => ebv(evaluate(ast, ctx)),
  };
}

/** A variables map from plain entries (Clark-named keys `{ns}local` or `local`). */
export function variables(entries: Record<string, Sequence | Item>): Map<string, Sequence> {
  const m = new Map<string, Sequence>();
  for (const [k, v] of Object.entries(entries)) m.set(k, Array.isArray(v) ? (v as Sequence) : [v as Item]);
  return m;
}
