/**
 * Shared parts of the Extensible Enumerations rules (1.0 REC 2014-10-29, 2.0 REC 2020-02-12): the two versions' code
 * prefixes and attribute prefixes, the enumeration concepts of a compiled taxonomy, and how allowed members are named
 * in messages (with their labels, written the way a fact value must be written).
 */
import { DIMENSION_ITEM, HYPERCUBE_ITEM } from '../../compile/dimensions.js';
import { allowedMembers, type EnumerationConcept } from '../../compile/enumerations.js';
import type { CompiledTaxonomy } from '../../compile/types.js';
import type { Fact } from '../../instance/types.js';
import type { RuleContext } from '../types.js';

export type Version = 1 | 2;

/** Taxonomy error code prefix per version (1.0 section 1.2, 2.0 section 1.2). */
export const TE: Record<Version, string> = { 1: 'enumte', 2: 'enum2te' };
/** Instance error code prefix per version. */
export const IE: Record<Version, string> = { 1: 'enumie', 2: 'enum2ie' };
/** Attribute prefix per version, as the specifications write it. */
export const PREFIX: Record<Version, string> = { 1: 'enum', 2: 'enum2' };
export const SPEC_NAME: Record<Version, string> = {
  1: 'Extensible Enumerations 1.0',
  2: 'Extensible Enumerations 2.0',
};

/** How many allowed members a message lists before "and N more". */
const LIST_LIMIT = 12;

/** Enumeration concepts of one version (in key order). */
export function* enumerationConcepts(tax: CompiledTaxonomy, version: Version): Generator<[string, EnumerationConcept]> {
  const concepts = tax.enumerations?.concepts;
  if (!concepts) return;
  for (const [k, c] of Object.entries(concepts)) if (c.version === version) yield [k, c];
}

/** Whether the declaration itself is in error (no usable domain or linkrole): its facts are then not checked again. */
export function declarationBroken(tax: CompiledTaxonomy, c: EnumerationConcept): boolean {
  return c.domain === undefined || c.linkrole === undefined || domainProblem(tax, c.domain) !== undefined;
}

/** Why a domain head is not allowed (1.0 section 2 item 2, 2.0 section 4 item 2), or undefined when it is. */
export function domainProblem(tax: CompiledTaxonomy, key: string): string | undefined {
  const c = tax.concepts[key];
  if (!c) return 'is not a concept of the taxonomy';
  if (c.kind === 'tuple') return 'is a tuple';
  if (c.kind !== 'item') return 'is not in the xbrli:item substitution group';
  if (c.substitutionGroups.includes(HYPERCUBE_ITEM)) return 'is a hypercube';
  if (c.substitutionGroups.includes(DIMENSION_ITEM)) return 'is a dimension';
  return undefined;
}

/** `{ns}local` to the expanded name URI `ns#local` (2.0 section 5). */
export function expandedNameUri(key: string): string {
  const i = key.indexOf('}');
  return `${key.slice(1, i)}#${key.slice(i + 1)}`;
}

/** An expanded name URI `ns#local` to `{ns}local`; undefined when the text is not one (no `#`, empty parts, whitespace). */
export function fromExpandedNameUri(uri: string): string | undefined {
  const i = uri.lastIndexOf('#');
  if (i <= 0 || i === uri.length - 1 || /\s/.test(uri)) return undefined;
  return `{${uri.slice(0, i)}}${uri.slice(i + 1)}`;
}

/** A member as a fact value would name it: `ns#local` (2.0) or `prefix:local` when the fact has a prefix for it (1.0). */
export function memberValue(key: string, version: Version, fact?: Fact): string {
  if (version === 2) return expandedNameUri(key);
  const i = key.indexOf('}');
  const ns = key.slice(1, i);
  const scope = fact?.element.scope ?? {};
  for (const [p, u] of Object.entries(scope)) if (u === ns && p !== '') return `${p}:${key.slice(i + 1)}`;
  return key;
}

/** "Allowed: …" for messages: the members of the domain of allowed values with their labels, at most LIST_LIMIT. */
export function allowedList(ctx: RuleContext, c: EnumerationConcept, fact?: Fact): string {
  if (!c.members.length) return 'Its domain of allowed values is empty, so no value is allowed.';
  const shown = c.members.slice(0, LIST_LIMIT).map((m) => {
    const name = m.slice(m.indexOf('}') + 1);
    const label = ctx.label(m);
    const text = label.endsWith(` (${name})`) ? label.slice(0, -name.length - 3) : label;
    return text === name ? memberValue(m, c.version, fact) : `${memberValue(m, c.version, fact)} (${text})`;
  });
  const more = c.members.length > LIST_LIMIT ? `, and ${c.members.length - LIST_LIMIT} more` : '';
  return `Allowed ${c.members.length === 1 ? 'is' : 'are'}: ${shown.join(', ')}${more}.`;
}

/** Whether `key` is in the domain of allowed values (a Set lookup; the set is built once per compiled concept). */
export function isAllowed(c: EnumerationConcept, key: string): boolean {
  return allowedMembers(c).has(key);
}

/** Facts of enumeration concepts of one version that have a value to check (items, not nil). */
export function* enumerationFacts(
  ctx: RuleContext,
  version: Version,
  set: boolean,
): Generator<[Fact, EnumerationConcept]> {
  const concepts = ctx.taxonomy.enumerations?.concepts;
  if (!concepts || !ctx.instance) return;
  for (const f of ctx.instance.facts) {
    if (f.isTuple || f.nil) continue;
    const c = concepts[f.concept];
    if (!c || c.version !== version || c.set !== set || declarationBroken(ctx.taxonomy, c)) continue;
    yield [f, c];
  }
}

/** "Fact X (context c1)" for messages. */
export function factName(ctx: RuleContext, f: Fact): string {
  return `${ctx.label(f.concept)}${f.contextRef ? ` (context ${f.contextRef})` : ''}`;
}

/** Whitespace collapse (xs:token, 2.0 section 6.2.2) and split into the set's items. */
export function setItems(value: string): string[] {
  const v = value.trim();
  return v === '' ? [] : v.split(/\s+/);
}

/** Code-point order of two strings (lexicographic order of 2.0 section 6.1). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}
