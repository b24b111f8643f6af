/**
 * Navigation of effective relationships for xfi:concept-relationships and the concept relation filter
 * (src/formula/relationships.ts), over a hand-made calculation network: A -> A1 (weight 1), A -> A2 (weight -1),
 * A1 -> A11, plus B -> B1 in a second ELR.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledTaxonomy, Network } from '../../src/compile/types.js';
import {
  conceptRelationships,
  relationshipAttribute,
  relationshipSet,
  XFI_ROOT,
} from '../../src/formula/relationships.js';

const SUM = 'http://www.xbrl.org/2003/arcrole/summation-item';
const C = (l: string) => `{http://example.com/t}${l}`;
const at = { file: 'calc.xml', line: 1, column: 1 };
const rel = (from: string, to: string, order: number, weight: string) => ({
  ...at,
  from: C(from),
  to: C(to),
  order,
  priority: 0,
  attributes: { weight },
});
const network = (role: string, relationships: Network['relationships']): Network => ({
  arcrole: SUM,
  role,
  link: '{http://www.xbrl.org/2003/linkbase}calculationLink',
  arc: '{http://www.xbrl.org/2003/linkbase}calculationArc',
  relationships,
});
const taxonomy = {
  concepts: {},
  networks: [
    network('http://example.com/role/one', [rel('A', 'A2', 2, '-1'), rel('A', 'A1', 1, '1'), rel('A1', 'A11', 1, '1')]),
    network('http://example.com/role/two', [rel('B', 'B1', 1, '1')]),
  ],
} as unknown as CompiledTaxonomy;

const names = (rs: { rel: { from: string; to: string } }[]) =>
  rs.map((r) => `${r.rel.from.replace(/^\{[^}]*\}/, '')}>${r.rel.to.replace(/^\{[^}]*\}/, '')}`);

describe('conceptRelationships (function registry 90501)', () => {
  const one = relationshipSet(taxonomy, SUM, 'http://example.com/role/one');
  it('child: relationships from the source in order order; descendant: depth first', () => {
    expect(names(conceptRelationships(one, C('A'), 'child', 1))).toEqual(['A>A1', 'A>A2']);
    expect(names(conceptRelationships(one, C('A'), 'descendant', 0))).toEqual(['A>A1', 'A1>A11', 'A>A2']);
    expect(names(conceptRelationships(one, C('A'), 'descendant', 1))).toEqual(['A>A1', 'A>A2']);
  });
  it('parent, ancestor and sibling', () => {
    expect(names(conceptRelationships(one, C('A11'), 'parent', 1))).toEqual(['A1>A11']);
    expect(names(conceptRelationships(one, C('A11'), 'ancestor', 0))).toEqual(['A1>A11', 'A>A1']);
    expect(names(conceptRelationships(one, C('A1'), 'sibling', 1))).toEqual(['A>A2']);
    expect(names(conceptRelationships(one, C('A1'), 'sibling-or-self', 1))).toEqual(['A>A1', 'A>A2']);
  });
  it('xfi:root: its children are the relationships from the roots of every ELR when none is given', () => {
    const all = relationshipSet(taxonomy, SUM);
    expect(all.roots).toEqual([C('A'), C('B')]);
    expect(all.linkroles).toEqual(['http://example.com/role/one', 'http://example.com/role/two']);
    expect(names(conceptRelationships(all, XFI_ROOT, 'child', 1))).toEqual(['A>A1', 'A>A2', 'B>B1']);
    expect(conceptRelationships(all, XFI_ROOT, 'sibling', 1)).toEqual([]);
  });
  it('the same relationship is the same surrogate node in every set; weight is typed xs:decimal', () => {
    const all = relationshipSet(taxonomy, SUM);
    const r = one.from.get(C('A'))![1]!;
    expect(all.from.get(C('A'))![1]!.node).toBe(r.node);
    const w = relationshipAttribute(taxonomy, r, 'weight')!;
    expect(w.type).toBe('xs:decimal');
    expect(String(w.value)).toBe('-1');
    expect(relationshipAttribute(taxonomy, r, 'preferredLabel')).toBeUndefined();
  });
});
