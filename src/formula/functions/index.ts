/**
 * The function library formula expressions are parsed and evaluated with, beyond F&O: the XBRL function registry
 * (xfi:, xff:, src/formula/functions/xfi.ts; the relationship functions, src/formula/functions/relationships.ts). Custom functions (Variables 1.0 section 3.5.4) are added per
 * taxonomy by the compiler and the evaluator.
 */
import type { FunctionDef, FunctionLibrary } from '../../xpath/types.js';
import { relationshipFunctions } from './relationships.js';
import { xfiFunctions } from './xfi.js';

/** A library over definitions, looked up by expanded name and arity. */
export function libraryOf(defs: readonly FunctionDef[], fallback?: FunctionLibrary): FunctionLibrary {
  const byName = new Map<string, FunctionDef[]>();
  for (const d of defs) {
    const k = `{${d.ns}}${d.local}`;
    const l = byName.get(k);
    if (l) l.push(d);
    else byName.set(k, [d]);
  }
  return {
    lookup(ns, local, arity) {
      for (const d of byName.get(`{${ns}}${local}`) ?? []) if (arity >= d.minArgs && arity <= d.maxArgs) return d;
      return fallback?.lookup(ns, local, arity);
    },
    hasName(ns, local) {
      return byName.has(`{${ns}}${local}`) || (fallback?.hasName?.(ns, local) ?? false);
    },
  };
}

const library = libraryOf([...xfiFunctions, ...relationshipFunctions]);

/** The xfi:/xff: functions (signatures and implementations). */
export function formulaFunctionSignatures(): FunctionLibrary {
  return library;
}
