/**
 * The formula processor's access to the XPath 2.0 engine of src/xpath/ (parseXPath at compile time, evaluate at
 * run time), through the contract of src/xpath/types.ts. Tests may replace the engine.
 */
import { evaluate, parseXPath } from '../xpath/index.js';
import type { DynamicContext, Expr, Sequence, StaticContext } from '../xpath/types.js';

export interface XPathEngine {
  /** @throws XPathError (err:XPST0003, err:XPST0081, err:XPST0017, ...) */
  parse?: (text: string, context: StaticContext) => Expr;
  /** @throws XPathError for dynamic errors */
  evaluate?: (expr: Expr, context: DynamicContext) => Sequence;
}

let engine: XPathEngine = { parse: parseXPath, evaluate };

/** The XPath engine. */
export function xpathEngine(): XPathEngine {
  return engine;
}

/** Replaces the engine (tests). */
export function setXPathEngine(e: XPathEngine): void {
  engine = e;
}
