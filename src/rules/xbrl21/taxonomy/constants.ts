/** Standard link, arc, role and arcrole names of XBRL 2.1 (sections 3.5, 5.1.3, 5.2). */

export const LINK_NS = 'http://www.xbrl.org/2003/linkbase';
const L = (local: string): string => `{${LINK_NS}}${local}`;

/** Standard extended link elements (section 3.5.3, 5.2). */
export const STANDARD_LINKS = new Set(
  ['presentationLink', 'definitionLink', 'calculationLink', 'labelLink', 'referenceLink', 'footnoteLink'].map(L),
);
/** Standard arc elements (section 3.5.3.9, 5.2). */
export const STANDARD_ARCS = new Set(
  ['presentationArc', 'definitionArc', 'calculationArc', 'labelArc', 'referenceArc', 'footnoteArc'].map(L),
);
export const LABEL_ELEMENT = L('label');
export const REFERENCE_ELEMENT = L('reference');
export const FOOTNOTE_ELEMENT = L('footnote');

export const STANDARD_LINK_ROLE = 'http://www.xbrl.org/2003/role/link';
const R = (local: string): string => `http://www.xbrl.org/2003/role/${local}`;
export const STANDARD_ROLE_PREFIX = 'http://www.xbrl.org/2003/role/';

/** Standard label roles (section 5.2.2.2.2). */
export const STANDARD_LABEL_ROLES = new Set(
  [
    'label',
    'terseLabel',
    'verboseLabel',
    'positiveLabel',
    'positiveTerseLabel',
    'positiveVerboseLabel',
    'negativeLabel',
    'negativeTerseLabel',
    'negativeVerboseLabel',
    'zeroLabel',
    'zeroTerseLabel',
    'zeroVerboseLabel',
    'totalLabel',
    'periodStartLabel',
    'periodEndLabel',
    'documentation',
    'definitionGuidance',
    'disclosureGuidance',
    'presentationGuidance',
    'measurementGuidance',
    'commentaryGuidance',
    'exampleGuidance',
  ].map(R),
);
/** Standard reference roles (section 5.2.3.2.1). */
export const STANDARD_REFERENCE_ROLES = new Set(
  [
    'reference',
    'definitionRef',
    'disclosureRef',
    'mandatoryDisclosureRef',
    'recommendedDisclosureRef',
    'unspecifiedDisclosureRef',
    'presentationRef',
    'measurementRef',
    'commentaryRef',
    'exampleRef',
  ].map(R),
);
export const FOOTNOTE_ROLE = R('footnote');

const A = (local: string): string => `http://www.xbrl.org/2003/arcrole/${local}`;
export const ARCROLE = {
  conceptLabel: A('concept-label'),
  conceptReference: A('concept-reference'),
  factFootnote: A('fact-footnote'),
  parentChild: A('parent-child'),
  summationItem: A('summation-item'),
  generalSpecial: A('general-special'),
  essenceAlias: A('essence-alias'),
  similarTuples: A('similar-tuples'),
  requiresElement: A('requires-element'),
} as const;

/** Cycles allowed for the standard arcroles and the section that says so (sections 5.2.4.2, 5.2.5.2, 5.2.6.2). */
export const STANDARD_ARCROLE_CYCLES: Record<string, { cycles: 'any' | 'undirected' | 'none'; section: string }> = {
  [ARCROLE.conceptLabel]: { cycles: 'any', section: '5.2.2.3' },
  [ARCROLE.conceptReference]: { cycles: 'any', section: '5.2.3.3' },
  [ARCROLE.factFootnote]: { cycles: 'any', section: '4.11.1.3.1' },
  [ARCROLE.parentChild]: { cycles: 'undirected', section: '5.2.4.2' },
  [ARCROLE.summationItem]: { cycles: 'any', section: '5.2.5.2' },
  [ARCROLE.generalSpecial]: { cycles: 'undirected', section: '5.2.6.2.1' },
  [ARCROLE.essenceAlias]: { cycles: 'undirected', section: '5.2.6.2.2' },
  [ARCROLE.similarTuples]: { cycles: 'any', section: '5.2.6.2.3' },
  [ARCROLE.requiresElement]: { cycles: 'any', section: '5.2.6.2.4' },
};

/** Short name of an expanded name or URI for messages: `{ns}local` -> `local`, a URI -> its last segment. */
export function shortName(s: string): string {
  const i = Math.max(s.lastIndexOf('}'), s.lastIndexOf('/'), s.lastIndexOf('#'));
  return i >= 0 && i < s.length - 1 ? s.slice(i + 1) : s;
}
