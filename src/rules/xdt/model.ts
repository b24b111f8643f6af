/**
 * Access to the compiled dimensional model from a rule context: `taxonomy.dimensions` when compile has filled it in,
 * else compiled here once per taxonomy object (findings of that compilation are dropped: compile reports them).
 */
import { compileDimensions, type DimensionalModel } from '../../compile/dimensions.js';
import type { CompiledTaxonomy } from '../../compile/types.js';

const cache = new WeakMap<object, DimensionalModel>();

export function dimensionalModel(tax: CompiledTaxonomy): DimensionalModel {
  const own = (tax as CompiledTaxonomy & { dimensions?: DimensionalModel }).dimensions;
  if (own) return own;
  let m = cache.get(tax);
  if (!m) {
    m = compileDimensions(tax, () => {});
    cache.set(tax, m);
  }
  return m;
}

/** `prefix`-less display of a Clark key for messages when no label is wanted. */
export function localName(key: string): string {
  const i = key.lastIndexOf('}');
  return i >= 0 ? key.slice(i + 1) : key;
}
