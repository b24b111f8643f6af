/** Whether a fact is monetary / numeric: from its concept when the DTS is known, else from its unit (FR-KVK-5.01, 5.02). */
import type { CompiledTaxonomy } from '../../../compile/types.js';
import { ISO4217_NS } from '../../../instance/load.js';
import type { Fact, Instance } from '../../../instance/types.js';

export function factKind(
  f: Fact,
  instance: Instance,
  taxonomy: CompiledTaxonomy | undefined,
): 'monetary' | 'numeric' | 'other' | 'unknown' {
  const c = taxonomy?.concepts[f.concept];
  if (c && c.kind === 'item') return c.xbrliType === 'monetaryItemType' ? 'monetary' : c.numeric ? 'numeric' : 'other';
  if (f.unitRef === undefined) return f.decimals === undefined ? 'other' : 'unknown';
  // Without the concept (dictionary schemas not available): a unit of one ISO 4217 currency is money.
  const u = instance.units.get(f.unitRef);
  if (!u) return 'unknown';
  return u.numerator.length === 1 && u.denominator.length === 0 && u.numerator[0]!.ns === ISO4217_NS
    ? 'monetary'
    : 'numeric';
}
