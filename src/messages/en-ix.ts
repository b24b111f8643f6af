/**
 * English messages of the Inline XBRL 1.1 structure codes that src/ixbrl/extract.ts builds with `ixCode(element, name)`
 * (`ix11.<section of the element>:<name>`, Arelle's form); spread into en-xbrl.ts. One template per name serves every
 * section the name occurs in: `IX_CODES` lists the codes (every one has a row in docs/codes.md). The params of each name
 * are in the comment above its entry; nl-ix.ts renders the same params in Dutch. The English renderings are the
 * messages these findings had before they had params.
 */
import type { Catalog, Template } from './index.js';

/** The Inline XBRL 1.1 sections (constraint, validation rule) of the elements (extract.ts SECT, read by ixCode). */
const FACTS = {
  constraint: ['ix11.10.1.1', 'ix11.11.1.1', 'ix11.7.1.2', 'ix11.15.1.1'],
  validation: ['ix11.10.1.2', 'ix11.11.1.2', 'ix11.7.1.3', 'ix11.15.1.2'],
};

/** For each code name of extract.ts, the full codes it is reported under (`ix11.<section>:<name>`). */
export const IX_CODE_SECTIONS: Record<string, string[]> = {
  childNodesAllowed: ['ix11.8.1.1'],
  parentNodeRequired: ['ix11.12.1.1', 'ix11.14.1.1', 'ix11.13.1.1'],
  // ix:continuation, ix:footnote (id); ix:nonFraction, ix:nonNumeric, ix:fraction, ix:tuple (name, contextRef, unitRef)
  attributeRequired: ['ix11.4.1.1', 'ix11.6.1.1', ...FACTS.constraint],
  ancestorNodeDisallowed: ['ix11.4.1.1'],
  excludeMisplaced: ['ix11.5.1.1'],
  invalidName: FACTS.validation,
  orderInvalid: FACTS.validation,
  tupleIdDuplication: ['ix11.15.1.2'],
  missingHeader: ['ix11.8.1.3'],
  missingResources: ['ix11.14.1.2'],
  tupleRefMissing: FACTS.validation,
  tupleMemberOrderMissing: FACTS.validation,
  tupleMemberDifferentTarget: FACTS.validation,
  tupleNestingCycle: ['ix11.15.1.2'],
  // the start of a chain: ix:nonNumeric or ix:footnote
  continuationTarget: ['ix11.11.1.2', 'ix11.6.1.2'],
  continuationMissing: ['ix11.11.1.2', 'ix11.6.1.2'],
  continuationCycle: ['ix11.11.1.2', 'ix11.6.1.2'],
  continuationReferences: ['ix11.4.1.2'],
  continuationChainNested: ['ix11.11.1.2', 'ix11.6.1.2', 'ix11.4.1.2'],
  continuationNotReferenced: ['ix11.4.1.2'],
  scaleInvalid: ['ix11.10.1.2'],
  signInvalid: ['ix11.10.1.1'],
  nonFractionChildren: ['ix11.10.1.1'],
  fractionChildren: ['ix11.7.1.2'],
  missingReferenceTargets: ['ix11.12.1.2'],
  relationshipReferenceMissing: ['ix11.13.1.2'],
};

/** Every code of IX_CODE_SECTIONS. */
export const IX_CODES: string[] = Object.entries(IX_CODE_SECTIONS).flatMap(([name, sections]) =>
  sections.map((s) => `${s}:${name}`),
);

/** A catalog with the template of each name under every code of that name. */
export function ixCatalog(byName: Record<string, Template>): Catalog {
  const out: Catalog = {};
  for (const [name, sections] of Object.entries(IX_CODE_SECTIONS)) {
    const t = byName[name];
    if (!t) throw new Error(`no template for the Inline XBRL code name ${name}`);
    for (const s of sections) out[`${s}:${name}`] = t;
  }
  return out;
}

export const enIx: Catalog = ixCatalog({
  // {child} (the element's qname as written)
  childNodesAllowed: (p) => `ix:header may only contain ix:hidden, ix:references and ix:resources, not ${p.child}`,
  // {element, parent} ('ix:references', 'ix:header')
  parentNodeRequired: (p) => `${p.element} must be a child of ${p.parent}`,
  // {element, attribute} ('ix:footnote', 'id'; 'ix:nonFraction', 'unitRef')
  attributeRequired: (p) => `${p.element} must have ${p.attribute === 'id' ? 'an' : 'a'} ${p.attribute}`,
  // {element, ancestor}
  ancestorNodeDisallowed: (p) => `${p.element} must not be inside ${p.ancestor}`,
  // {}
  excludeMisplaced: () => 'ix:exclude must be inside an ix:nonNumeric, ix:footnote or ix:continuation',
  // {element, name} (the name attribute as written)
  invalidName: (p) => `The name "${p.name}" of ${p.element} is not a QName with a declared prefix`,
  // {order} (as written)
  orderInvalid: (p) => `order="${p.order}" is not a decimal number`,
  // {tupleId}
  tupleIdDuplication: (p) => `Two ix:tuple elements have tupleID "${p.tupleId}"`,
  // {}
  missingHeader: () => 'The inline XBRL document set has no ix:header',
  // {}
  missingResources: () => 'The inline XBRL document set has no ix:resources',
  // {tupleRef}
  tupleRefMissing: (p) => `tupleRef "${p.tupleRef}" names no ix:tuple`,
  // {concept} (the fact's name attribute)
  tupleMemberOrderMissing: (p) => `The tuple member ${p.concept} must have an order attribute`,
  // {concept}
  tupleMemberDifferentTarget: (p) => `The tuple member ${p.concept} has a different target than its tuple`,
  // {concept}
  tupleNestingCycle: (p) => `The tuple ${p.concept} is (indirectly) a member of itself`,
  // {continuedAt, element} (the qname of the element the id names)
  continuationTarget: (p) => `continuedAt="${p.continuedAt}" names a ${p.element} element, not an ix:continuation`,
  // {continuedAt}
  continuationMissing: (p) => `continuedAt="${p.continuedAt}" names no ix:continuation in the document set`,
  // {chain: string[]} (the continuedAt values in order)
  continuationCycle: (p) => `The continuation chain loops: ${(p.chain as string[]).join(' → ')}`,
  // {id}
  continuationReferences: (p) => `The ix:continuation "${p.id}" is continued from more than one element`,
  // {}
  continuationChainNested: () => 'An element of a continuation chain is nested in another element of the same chain',
  // {id}
  continuationNotReferenced: (p) => `The ix:continuation "${p.id}" is not the continuation of anything`,
  // {scale} (as written)
  scaleInvalid: (p) => `scale="${p.scale}" is not an integer`,
  // {sign} (as written)
  signInvalid: (p) => `sign="${p.sign}" is not "-"`,
  // {}
  nonFractionChildren: () => 'ix:nonFraction must contain either text or one nested ix:nonFraction, nothing else',
  // {}
  fractionChildren: () => 'ix:fraction must have one ix:numerator and one ix:denominator',
  // {target?} (absent: the default target)
  missingReferenceTargets: (p) =>
    `No ix:references has target ${p.target === undefined ? '(default)' : `"${p.target}"`}`,
  // {ref} (an id of fromRefs or toRefs)
  relationshipReferenceMissing: (p) =>
    `ix:relationship refers to "${p.ref}", which is no fact or footnote in the document set`,
});
