/**
 * Small helpers for writing function modules: signature shorthands (SequenceType values for FunctionDef.params)
 * and focus access with the F&O errors (err:XPDY0002 no context item, err:XPTY0004 not a node).
 */
import type { DynamicContext, FunctionDef, FunctionImpl, Item, Occurrence, SequenceType, XNode } from '../types.js';
import { FN, XPathError, XS, isNode } from '../types.js';

/** `xs:T` with an occurrence indicator, as a declared parameter type. */
export function atomicParam(local: string, occurrence: Occurrence = ''): SequenceType {
  return { item: { kind: 'atomic', name: { ns: XS, local, prefix: 'xs' } }, occurrence };
}
/** `item()` with an occurrence indicator. */
export function itemParam(occurrence: Occurrence = '*'): SequenceType {
  return { item: { kind: 'item' }, occurrence };
}
/** `node()` with an occurrence indicator. */
export function nodeParam(occurrence: Occurrence = ''): SequenceType {
  return { item: { kind: 'node', test: { test: 'node' } }, occurrence };
}

/** An fn: function definition. */
export function fn(
  local: string,
  minArgs: number,
  maxArgs: number,
  impl: FunctionImpl,
  extra: { params?: SequenceType[]; returns?: SequenceType; usesFocus?: boolean } = {},
): FunctionDef {
  return { ns: FN, local, minArgs, maxArgs, impl, ...extra };
}

/** The context item, or err:XPDY0002. */
export function contextItem(ctx: DynamicContext, fname: string): Item {
  const c = ctx.contextItem;
  if (c === undefined) throw new XPathError('err:XPDY0002', `fn:${fname}() needs a context item`);
  return c;
}
/** The context item as a node, or err:XPDY0002 / err:XPTY0004. */
export function contextNode(ctx: DynamicContext, fname: string): XNode {
  const c = contextItem(ctx, fname);
  if (!isNode(c)) throw new XPathError('err:XPTY0004', `fn:${fname}() needs a node as context item`);
  return c;
}
/** The optional node argument `i`, defaulting to the context node when absent. */
export function nodeArg(
  ctx: DynamicContext,
  args: readonly (readonly Item[])[],
  i: number,
  fname: string,
): XNode | undefined {
  if (args.length <= i) return contextNode(ctx, fname);
  const a = args[i]!;
  if (a.length === 0) return undefined;
  const n = a[0]!;
  if (a.length > 1 || !isNode(n))
    throw new XPathError('err:XPTY0004', `the argument of fn:${fname}() must be a single node`);
  return n;
}
