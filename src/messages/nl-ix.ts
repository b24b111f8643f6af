/**
 * Nederlandse meldingen (Dutch) of the Inline XBRL 1.1 structure codes of en-ix.ts, rendering the same params; spread
 * into nl-xbrl.ts. Element and attribute names stay as the specification writes them (ix:nonFraction, contextRef); the
 * words around them are those of the Dutch filing rules: feit, context, eenheid, element, attribuut.
 */
import { ixCatalog } from './en-ix.js';
import type { Catalog } from './index.js';

export const nlIx: Catalog = ixCatalog({
  childNodesAllowed: (p) =>
    `ix:header mag alleen de elementen ix:hidden, ix:references en ix:resources bevatten, niet ${p.child}`,
  parentNodeRequired: (p) => `Het element ${p.element} moet direct binnen ${p.parent} staan`,
  attributeRequired: (p) => `Het element ${p.element} moet een attribuut ${p.attribute} hebben`,
  ancestorNodeDisallowed: (p) => `Het element ${p.element} mag niet binnen ${p.ancestor} staan`,
  excludeMisplaced: () => 'Het element ix:exclude moet binnen een ix:nonNumeric, ix:footnote of ix:continuation staan',
  invalidName: (p) => `De naam "${p.name}" van het element ${p.element} is geen QName met een gedeclareerd prefix`,
  orderInvalid: (p) => `Het attribuut order="${p.order}" is geen decimaal getal`,
  tupleIdDuplication: (p) => `Twee ix:tuple-elementen hebben hetzelfde tupleID "${p.tupleId}"`,
  missingHeader: () => 'De Inline XBRL-documentset heeft geen ix:header',
  missingResources: () => 'De Inline XBRL-documentset heeft geen ix:resources (geen contexten en eenheden)',
  tupleRefMissing: (p) => `tupleRef "${p.tupleRef}" verwijst naar geen enkele ix:tuple`,
  tupleMemberOrderMissing: (p) => `Het feit ${p.concept} is lid van een tuple en moet een attribuut order hebben`,
  tupleMemberDifferentTarget: (p) =>
    `Het feit ${p.concept} is lid van een tuple, maar heeft een ander target dan die tuple`,
  tupleNestingCycle: (p) => `De tuple ${p.concept} is (indirect) lid van zichzelf`,
  continuationTarget: (p) =>
    `continuedAt="${p.continuedAt}" verwijst naar een element ${p.element}, niet naar een ix:continuation`,
  continuationMissing: (p) =>
    `continuedAt="${p.continuedAt}" verwijst naar geen enkele ix:continuation in de documentset`,
  continuationCycle: (p) =>
    `De keten van vervolgen (continuedAt) vormt een kringloop: ${(p.chain as string[]).join(' → ')}`,
  continuationReferences: (p) => `De ix:continuation "${p.id}" is het vervolg van meer dan één element`,
  continuationChainNested: () =>
    'Een element van een keten van vervolgen (continuedAt) staat binnen een ander element van dezelfde keten',
  continuationNotReferenced: (p) => `De ix:continuation "${p.id}" is van geen enkel element het vervolg`,
  scaleInvalid: (p) => `Het attribuut scale="${p.scale}" is geen geheel getal`,
  signInvalid: (p) => `Het attribuut sign="${p.sign}" is niet "-"`,
  nonFractionChildren: () => 'Een ix:nonFraction moet tekst of één geneste ix:nonFraction bevatten, en verder niets',
  fractionChildren: () => 'Een ix:fraction moet precies één ix:numerator en één ix:denominator bevatten',
  missingReferenceTargets: (p) =>
    `Geen enkele ix:references heeft ${p.target === undefined ? 'het standaardtarget' : `target "${p.target}"`}`,
  relationshipReferenceMissing: (p) =>
    `ix:relationship verwijst naar "${p.ref}", maar dat is geen feit en geen voetnoot in de documentset`,
});
