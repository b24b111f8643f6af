/**
 * The relationship functions of the XBRL function registry (namespace http://www.xbrl.org/2008/function/instance):
 * navigation of the DTS's effective relationships (90501 xfi:concept-relationships, 90502 xfi:relationship-attribute,
 * 90504 xfi:relationship-from-concept, 90505 xfi:relationship-to-concept, 90506 xfi:distinct-nonAbstract-parent-concepts,
 * xfi:relationship-name, xfi:relationship-link-name, xfi:linkbase-link-roles) and the dimension member network
 * function 90301 xfi:filter-member-network-selection. Relationships are the surrogate nodes of
 * src/formula/relationships.ts; the networks are the compiled taxonomy's.
 */
import type { CompiledTaxonomy } from '../../compile/types.js';
import {
  isNode,
  XPathError,
  type DynamicContext,
  type FunctionDef,
  type QName,
  type Sequence,
} from '../../xpath/types.js';
import { envOf } from '../env.js';
import { FNS } from '../namespaces.js';
import {
  conceptRelationships,
  DEFAULT_LINK_ROLE,
  relationshipOf,
  relationshipSet,
  XFI_ROOT,
  type RelationshipAxis,
  type SetRelationship,
} from '../relationships.js';

const XFI = FNS.xfi;
const DIMENSION_ITEM = '{http://xbrl.org/2005/xbrldt}dimensionItem';
const AXES = new Set<string>(['descendant', 'child', 'ancestor', 'parent', 'sibling', 'sibling-or-self']);

function taxonomy(ctx: DynamicContext): CompiledTaxonomy {
  const e = envOf(ctx);
  if (!e) throw new XPathError('xfie:noInstance', 'XBRL functions need a DTS being processed');
  return e.taxonomy;
}

/** An optional string argument: undefined for the empty sequence. */
function stringArg(args: Sequence[], i: number): string | undefined {
  const s = args[i] ?? [];
  if (s.length === 0) return undefined;
  if (s.length > 1) throw new XPathError('err:XPTY0004', `Argument ${i + 1} must be a single string`);
  const v = s[0]!;
  return isNode(v) ? v.stringValue() : String(v.value);
}

/** An optional xs:QName argument as `{ns}local` (`local` without namespace): undefined for the empty sequence. */
function qnameArg(args: Sequence[], i: number): string | undefined {
  const s = args[i] ?? [];
  if (s.length === 0) return undefined;
  const v = s[0]!;
  if (s.length > 1 || isNode(v) || v.type !== 'xs:QName')
    throw new XPathError('err:XPTY0004', `Argument ${i + 1} must be an xs:QName`);
  const q = v.value as QName;
  return q.ns ? `{${q.ns}}${q.local}` : q.local;
}

function relationshipArg(args: Sequence[], i: number): SetRelationship {
  const s = args[i] ?? [];
  const r = s.length === 1 ? relationshipOf(s[0]) : undefined;
  if (!r) throw new XPathError('err:XPTY0004', `Argument ${i + 1} must be one relationship (xfi:relationship.type)`);
  return r;
}

function qname(key: string): { type: 'xs:QName'; value: QName } {
  const m = /^\{([^}]*)\}(.*)$/.exec(key);
  return { type: 'xs:QName', value: m ? { ns: m[1]!, local: m[2]! } : { ns: '', local: key } };
}

/** The linkrole argument: empty or '' is the default link role; `XBRL-all-linkroles` is every ELR. */
function linkroleArg(args: Sequence[], i: number): string | undefined {
  const l = stringArg(args, i);
  if (!l) return DEFAULT_LINK_ROLE;
  return l === 'XBRL-all-linkroles' ? undefined : l;
}

function def(local: string, min: number, max: number, impl: FunctionDef['impl']): FunctionDef {
  return { ns: XFI, local, minArgs: min, maxArgs: max, impl };
}

/** The relationship functions (signatures and implementations). */
export const relationshipFunctions: FunctionDef[] = [
  // 90501: concept-relationships($source, $linkrole, $arcrole, $axis, $generations?, $linkname?, $arcname?)
  def('concept-relationships', 4, 7, (ctx, a) => {
    const t = taxonomy(ctx);
    const source = qnameArg(a, 0);
    const arcrole = stringArg(a, 2) ?? '';
    const axis = stringArg(a, 3) ?? '';
    if (!AXES.has(axis))
      throw new XPathError(
        'xfie:InvalidConceptRelationParameters',
        `The axis "${axis}" is not one of descendant, child, ancestor, parent, sibling, sibling-or-self`,
      );
    const given = stringArg(a, 4);
    let generations = axis === 'descendant' || axis === 'ancestor' ? 0 : 1;
    if (given !== undefined) {
      const g = Number(given);
      if (!Number.isInteger(g) || g < 0)
        throw new XPathError(
          'xfie:InvalidConceptRelationParameters',
          `generations ${given} is not a non-negative integer`,
        );
      if (generations === 1 && g !== 1)
        throw new XPathError('xfie:InvalidConceptRelationParameters', `The ${axis} axis has exactly one generation`);
      generations = g;
    }
    if (source === undefined || (source !== XFI_ROOT && !t.concepts[source])) return [];
    const set = relationshipSet(t, arcrole, linkroleArg(a, 1), qnameArg(a, 5), qnameArg(a, 6));
    return conceptRelationships(set, source, axis as RelationshipAxis, generations).map((r) => r.node);
  }),
  // 90502: relationship-attribute($relationship, $attribute): the typed value, empty when absent
  def('relationship-attribute', 2, 2, (_ctx, a) => {
    const r = relationshipArg(a, 0);
    const key = qnameArg(a, 1);
    if (key === undefined) throw new XPathError('err:XPTY0004', 'Argument 2 must be an xs:QName');
    const v = r.node.attribute(key);
    return v ? [v] : [];
  }),
  def('relationship-from-concept', 1, 1, (_ctx, a) => [qname(relationshipArg(a, 0).rel.from)]),
  def('relationship-to-concept', 1, 1, (_ctx, a) => [qname(relationshipArg(a, 0).rel.to)]),
  def('relationship-name', 1, 1, (_ctx, a) => [qname(relationshipArg(a, 0).arc)]),
  def('relationship-link-name', 1, 1, (_ctx, a) => [qname(relationshipArg(a, 0).link)]),
  // 90506: distinct-nonAbstract-parent-concepts($linkrole, $arcrole): sources of relationships between non-abstract concepts
  def('distinct-nonAbstract-parent-concepts', 2, 2, (ctx, a) => {
    const t = taxonomy(ctx);
    const set = relationshipSet(t, stringArg(a, 1) ?? '', linkroleArg(a, 0));
    const out = new Set<string>();
    for (const r of set.relationships) {
      const from = t.concepts[r.rel.from];
      const to = t.concepts[r.rel.to];
      if (from && to && !from.abstract && !to.abstract) out.add(r.rel.from);
    }
    return [...out].map(qname);
  }),
  // linkbase-link-roles($arcrole): the ELRs that have relationships of the arcrole
  def('linkbase-link-roles', 1, 1, (ctx, a) =>
    relationshipSet(taxonomy(ctx), stringArg(a, 0) ?? '').linkroles.map((l) => ({ type: 'xs:anyURI', value: l })),
  ),
  // 90301: filter-member-network-selection($dimension, $member, $linkrole, $arcrole, $axis): the domain members
  // reached from $member (Dimension Filters 1.0 section 2.1's member selection as a function)
  def('filter-member-network-selection', 5, 5, (ctx, a) => {
    const t = taxonomy(ctx);
    const dimension = qnameArg(a, 0);
    const d = dimension !== undefined ? t.concepts[dimension] : undefined;
    if (!d || !d.substitutionGroups.includes(DIMENSION_ITEM))
      throw new XPathError('xfie:invalidDimensionQName', `${dimension ?? '()'} is not a dimension of the DTS`);
    const member = qnameArg(a, 1);
    const axis = stringArg(a, 4) ?? '';
    if (member === undefined || !t.concepts[member]) return [];
    if (!['child', 'child-or-self', 'descendant', 'descendant-or-self'].includes(axis)) return [];
    const set = relationshipSet(t, stringArg(a, 3) ?? '', stringArg(a, 2) ?? DEFAULT_LINK_ROLE);
    if (!set.from.has(member) && !set.to.has(member)) return [];
    const out = new Set<string>();
    if (axis.endsWith('-or-self')) out.add(member);
    const deep = axis.startsWith('descendant');
    const walk = (x: string) => {
      for (const r of set.from.get(x) ?? []) {
        if (out.has(r.rel.to)) continue;
        out.add(r.rel.to);
        if (deep) walk(r.rel.to);
      }
    };
    walk(member);
    return [...out].map(qname);
  }),
];
