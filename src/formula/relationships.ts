/**
 * Navigation of the compiled taxonomy's effective relationships for the formula processor: the relationship sets
 * that xfi:concept-relationships and its companions of the XBRL function registry (90501-90507) and the concept
 * relation filter (Concept Relation Filters 1.0 section 2.1) work on, and the node surrogates that stand for a
 * relationship in XPath.
 *
 * A relationship set is the union of the base sets (networks) of one arcrole, optionally narrowed to one ELR, one
 * extended link element and one arc element. Networks already hold the effective relationships (XBRL 2.1 section
 * 3.5.3.9: prohibited and overridden ones removed), so a set is only indexed: outgoing relationships by source
 * concept in `order` order, incoming by target, and its root concepts. Sets are built once per taxonomy and key.
 *
 * The registry lets a relationship be "an implementation-defined object, node, or surrogate"; here it is an element
 * node named after the arc element, whose attributes are the arc's non-XLink attributes, typed as XML Schema
 * declares them (PSVI values, so `xfi:relationship-attribute($rel, QName('', 'weight'))` is an xs:decimal).
 */
import type { CompiledTaxonomy, Relationship, SimpleType } from '../compile/types.js';
import type { AtomicValue, QName, XNode } from '../xpath/types.js';
import { typedAtomic } from './nodes.js';

export const XFI_ROOT = '{http://www.xbrl.org/2008/function/instance}root';
export const DEFAULT_LINK_ROLE = 'http://www.xbrl.org/2003/role/link';

/** One relationship of a set, with the base set (network) it belongs to. */
export interface SetRelationship {
  rel: Relationship;
  arcrole: string;
  /** ELR of the extended link it stands in. */
  linkrole: string;
  /** Expanded names (`{ns}local`) of its extended link and arc elements. */
  link: string;
  arc: string;
  node: RelationshipNode;
}

/** The effective relationships of one arcrole (and optionally ELR, link and arc element), indexed for navigation. */
export interface RelationshipSet {
  relationships: SetRelationship[];
  /** Outgoing relationships by source concept key, in `order` order (stable: document order among equals). */
  from: Map<string, SetRelationship[]>;
  /** Incoming relationships by target concept key. */
  to: Map<string, SetRelationship[]>;
  /** Concepts that are sources but never targets, in first-seen order. */
  roots: string[];
  /** ELRs that have relationships in the set, in first-seen order. */
  linkroles: string[];
}

interface TaxonomyRelationships {
  sets: Map<string, RelationshipSet>;
  /** One SetRelationship (and surrogate node) per relationship, shared by every set that holds it. */
  relationships: Map<Relationship, SetRelationship>;
  /** Document-order tree of the surrogates: all relationship nodes of a taxonomy form one tree. */
  tree: object;
}

const cache = new WeakMap<CompiledTaxonomy, TaxonomyRelationships>();

function state(taxonomy: CompiledTaxonomy): TaxonomyRelationships {
  let s = cache.get(taxonomy);
  if (!s) cache.set(taxonomy, (s = { sets: new Map(), relationships: new Map(), tree: {} }));
  return s;
}

/**
 * The relationship set of `arcrole` in `linkrole` (every ELR when undefined), restricted to link and arc elements
 * named `link`/`arc` (`{ns}local`) when given. Relationships from or to resources (labels, references, formula
 * resources) are left out: the registry's functions navigate between concepts.
 */
export function relationshipSet(
  taxonomy: CompiledTaxonomy,
  arcrole: string,
  linkrole?: string,
  link?: string,
  arc?: string,
): RelationshipSet {
  const s = state(taxonomy);
  const key = [arcrole, linkrole ?? '', link ?? '', arc ?? ''].join('\u0000');
  let set = s.sets.get(key);
  if (set) return set;
  set = { relationships: [], from: new Map(), to: new Map(), roots: [], linkroles: [] };
  const linkroles = new Set<string>();
  for (const n of taxonomy.networks) {
    if (n.arcrole !== arcrole) continue;
    if (linkrole !== undefined && n.role !== linkrole) continue;
    if (link !== undefined && n.link !== link) continue;
    if (arc !== undefined && n.arc !== arc) continue;
    for (const r of n.relationships) {
      if (r.from.startsWith('#') || r.to.startsWith('#')) continue;
      let sr = s.relationships.get(r);
      if (!sr) {
        const node = new RelationshipNode(taxonomy, n.arc, s.tree, s.relationships.size);
        sr = { rel: r, arcrole: n.arcrole, linkrole: n.role, link: n.link, arc: n.arc, node };
        node.relationship = sr;
        s.relationships.set(r, sr);
      }
      set.relationships.push(sr);
      (set.from.get(r.from) ?? set.from.set(r.from, []).get(r.from)!).push(sr);
      (set.to.get(r.to) ?? set.to.set(r.to, []).get(r.to)!).push(sr);
      if (!linkroles.has(n.role)) {
        linkroles.add(n.role);
        set.linkroles.push(n.role);
      }
    }
  }
  for (const l of set.from.values()) l.sort((a, b) => a.rel.order - b.rel.order);
  for (const k of set.from.keys()) if (!set.to.has(k)) set.roots.push(k);
  s.sets.set(key, set);
  return set;
}

/** The set relationship a surrogate node stands for, when `node` is one. */
export function relationshipOf(node: unknown): SetRelationship | undefined {
  return node instanceof RelationshipNode ? node.relationship : undefined;
}

export type RelationshipAxis = 'descendant' | 'child' | 'ancestor' | 'parent' | 'sibling' | 'sibling-or-self';

/**
 * xfi:concept-relationships (function registry 90501): the relationships of `set` reached from `source` along `axis`,
 * in navigation order (depth first, each concept's relationships in `order` order). `generations` 0 means
 * unbounded (descendant and ancestor axes; a concept already on the current path is not entered again, so cycles
 * end); the child, parent and sibling axes are one generation. `source` may be xfi:root: its children are the
 * relationships from the set's roots; it has no parents or siblings.
 */
export function conceptRelationships(
  set: RelationshipSet,
  source: string,
  axis: RelationshipAxis,
  generations: number,
): SetRelationship[] {
  const out: SetRelationship[] = [];
  const down = axis === 'descendant' || axis === 'child';
  const gens = axis === 'descendant' || axis === 'ancestor' ? generations : 1;
  let first: SetRelationship[];
  const onPath = new Set<string>();
  if (source === XFI_ROOT) {
    if (!down) return [];
    first = set.roots.flatMap((r) => set.from.get(r) ?? []);
    for (const r of set.roots) onPath.add(r);
  } else if (axis === 'sibling' || axis === 'sibling-or-self') {
    const parent = set.to.get(source)?.[0];
    if (!parent) return [];
    for (const r of set.from.get(parent.rel.from) ?? [])
      if (axis === 'sibling-or-self' || r.rel.to !== source) out.push(r);
    return out;
  } else {
    first = (down ? set.from : set.to).get(source) ?? [];
    onPath.add(source);
  }
  const walk = (rels: SetRelationship[], left: number): void => {
    for (const r of rels) {
      out.push(r);
      const next = down ? r.rel.to : r.rel.from;
      if (left === 1 || onPath.has(next)) continue;
      onPath.add(next);
      walk((down ? set.from : set.to).get(next) ?? [], left === 0 ? 0 : left - 1);
      onPath.delete(next);
    }
  };
  walk(first, gens);
  return out;
}

/** Built-in types of the arc attributes XBRL 2.1 and XBRL Dimensions 1.0 declare, when the DTS does not say. */
const KNOWN_ATTRIBUTE_TYPES: Record<string, string> = {
  weight: 'decimal',
  order: 'decimal',
  priority: 'integer',
  preferredLabel: 'anyURI',
  '{http://xbrl.org/2005/xbrldt}closed': 'boolean',
  '{http://xbrl.org/2005/xbrldt}usable': 'boolean',
  '{http://xbrl.org/2005/xbrldt}contextElement': 'string',
  '{http://xbrl.org/2005/xbrldt}targetRole': 'anyURI',
};

/**
 * The typed value of an arc attribute (its PSVI value, function registry 90502 xfi:relationship-attribute): by the
 * arc element declaration's attribute type, else the global attribute declaration, else the XBRL 2.1 / XDT types of
 * the standard attributes; xs:untypedAtomic when no schema declares it. `key` is `local` or `{ns}local`.
 */
export function relationshipAttribute(
  taxonomy: CompiledTaxonomy,
  r: SetRelationship,
  key: string,
): AtomicValue | undefined {
  let text: string | undefined = r.rel.attributes[key];
  if (text === undefined && key === 'order') text = String(r.rel.order);
  if (text === undefined && key === 'priority') text = String(r.rel.priority);
  if (text === undefined) return undefined;
  const declared: SimpleType | undefined =
    taxonomy.concepts[r.arc]?.attributeTypes?.[key] ?? taxonomy.attributes?.[key];
  const builtin = declared?.variety === 'atomic' ? declared.builtin : KNOWN_ATTRIBUTE_TYPES[key];
  return builtin ? typedAtomic(builtin, text) : { type: 'xs:untypedAtomic', value: text };
}

function qnameOf(key: string): QName {
  const m = /^\{([^}]*)\}(.*)$/.exec(key);
  return m ? { ns: m[1]!, local: m[2]! } : { ns: '', local: key };
}

/** An element node standing for one effective relationship: named after its arc element, with the arc's attributes. */
export class RelationshipNode implements XNode {
  readonly nodeKind = 'element' as const;
  readonly nodeName: QName;
  readonly parent = undefined;
  #attributes?: XNode[];
  relationship!: SetRelationship;

  constructor(
    private readonly taxonomy: CompiledTaxonomy,
    arc: string,
    readonly tree: object,
    private readonly index: number,
  ) {
    this.nodeName = qnameOf(arc);
  }
  get order(): number {
    return this.index * 64;
  }
  children(): readonly XNode[] {
    return [];
  }
  attributes(): readonly XNode[] {
    if (!this.#attributes) {
      const out: XNode[] = [];
      let i = 0;
      for (const [k, v] of Object.entries(this.relationship.rel.attributes))
        out.push(new RelationshipAttributeNode(this, k, v, ++i));
      this.#attributes = out;
    }
    return this.#attributes;
  }
  stringValue(): string {
    return '';
  }
  typedValue(): readonly AtomicValue[] {
    return [{ type: 'xs:untypedAtomic', value: '' }];
  }
  /** The typed value of one of the arc's attributes (see relationshipAttribute). */
  attribute(key: string): AtomicValue | undefined {
    return relationshipAttribute(this.taxonomy, this.relationship, key);
  }
}

class RelationshipAttributeNode implements XNode {
  readonly nodeKind = 'attribute' as const;
  readonly nodeName: QName;
  constructor(
    readonly parent: RelationshipNode,
    private readonly key: string,
    private readonly value: string,
    private readonly index: number,
  ) {
    this.nodeName = qnameOf(key);
  }
  get tree(): object {
    return this.parent.tree;
  }
  get order(): number {
    return this.parent.order + Math.min(this.index, 63);
  }
  children(): readonly XNode[] {
    return [];
  }
  attributes(): readonly XNode[] {
    return [];
  }
  stringValue(): string {
    return this.value;
  }
  typedValue(): readonly AtomicValue[] {
    return [this.parent.attribute(this.key) ?? { type: 'xs:untypedAtomic', value: this.value }];
  }
}
