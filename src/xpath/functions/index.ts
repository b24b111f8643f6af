/**
 * The built-in function library of XQuery 1.0 and XPath 2.0 Functions and Operators: every module of this folder
 * exports `functions: FunctionDef[]`; this file only gathers them.
 */
import type { FunctionDef, FunctionLibrary } from '../types.js';
import { functions as string } from './string.js';
import { functions as regex } from './regex.js';
import { functions as numeric } from './numeric.js';
import { functions as aggregate } from './aggregate.js';
import { functions as datetime } from './datetime.js';
import { functions as duration } from './duration.js';
import { functions as qname } from './qname.js';
import { functions as constructors } from './constructors.js';
import { functions as uri } from './uri.js';
import { functions as sequence } from './sequence.js';
import { functions as node } from './node.js';
import { functions as context } from './context.js';
import { functions as boolean } from './boolean.js';
import { functions as doc } from './doc.js';
import { functions as error } from './error.js';

export const builtinFunctions: readonly FunctionDef[] = [
  ...string,
  ...regex,
  ...numeric,
  ...aggregate,
  ...datetime,
  ...duration,
  ...qname,
  ...constructors,
  ...uri,
  ...sequence,
  ...node,
  ...context,
  ...boolean,
  ...doc,
  ...error,
];

/**
 * A function library over a list of definitions: lookup by expanded name and arity. When two definitions accept
 * the same name and arity, the first one in `defs` wins.
 */
export function makeLibrary(defs: readonly FunctionDef[]): FunctionLibrary {
  const byName = new Map<string, FunctionDef[]>();
  for (const d of defs) {
    const k = `{${d.ns}}${d.local}`;
    const list = byName.get(k);
    if (list) list.push(d);
    else byName.set(k, [d]);
  }
  return {
    lookup(ns, local, arity) {
      const list = byName.get(`{${ns}}${local}`);
      if (!list) return undefined;
      for (const d of list) if (arity >= d.minArgs && arity <= d.maxArgs) return d;
      return undefined;
    },
    hasName(ns, local) {
      return byName.has(`{${ns}}${local}`);
    },
  };
}

/** The built-in F&O library (the `fn:` functions and the `xs:` constructor functions the modules define). */
export const builtinLibrary: FunctionLibrary = makeLibrary(builtinFunctions);
