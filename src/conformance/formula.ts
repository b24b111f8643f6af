/**
 * How a formula conformance variation (`http://xbrl.org/2008/conformance`, the formula suite 2018-09-13) is run: the
 * documents to validate and the formula options it gives.
 */
import type { FormulaOptions } from '../rules/types.js';
import type { Variation } from './suite.js';

/**
 * The documents a variation validates: its readMeFirst files; when none of them is an instance (static analysis
 * variations), also its linkbases, so that the formula linkbases are compiled and checked.
 */
export function variationInputs(v: Variation): string[] {
  if (v.data.some((d) => d.readMeFirst && d.kind === 'instance')) return v.readMeFirst;
  return [...v.readMeFirst, ...v.data.filter((d) => !d.readMeFirst && d.kind === 'linkbase').map((d) => d.path)];
}

/** Formula options of a variation: formulas run, with the variation's `<parameter>` values. */
export function variationFormulaOptions(v: Variation): FormulaOptions {
  return { mode: 'run', ...(v.parameters ? { parameters: v.parameters } : {}) };
}
