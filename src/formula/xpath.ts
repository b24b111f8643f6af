/**
 * The formula processor's access to the XPath 2.0 engine of src/xpath/ (parseXPath at compile time, evaluate at
 * run time), through the contract of src/xpath/types.ts.
 *
 * The engine is loaded once when this module is first imported. While src/xpath/index.ts is not complete, the
 * parts that are missing are `undefined`: compilation keeps expression texts without ASTs, and evaluation reports
 * `sbr:formulaXPathUnavailable` instead of judging assertions.
 */
import type { DynamicContext, Expr, Sequence, StaticContext } from '../xpath/types.js';

export interface XPathEngine {
  /** @throws XPathError (err:XPST0003, err:XPST0081, err:XPST0017, ...) */
  parse?: (text: string, context: StaticContext) => Expr;
  /** @throws XPathError for dynamic errors */
  evaluate?: (expr: Expr, context: DynamicContext) => Sequence;
}

async function tryImport(spec: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

async function load(): Promise<XPathEngine> {
  // Variable specifiers: the modules are optional until the XPath engine lands.
  const index = await tryImport(['..', 'xpath', 'index.js'].join('/'));
  const front = index?.parseXPath ? index : await tryImport(['..', 'xpath', 'static.js'].join('/'));
  const e: XPathEngine = {};
  if (typeof front?.parseXPath === 'function') e.parse = front.parseXPath as XPathEngine['parse'];
  if (typeof index?.evaluate === 'function') e.evaluate = index.evaluate as XPathEngine['evaluate'];
  return e;
}

let engine: XPathEngine = await load();

/** The XPath engine's parts that exist. */
export function xpathEngine(): XPathEngine {
  return engine;
}

/** Replaces the engine (tests). */
export function setXPathEngine(e: XPathEngine): void {
  engine = e;
}
