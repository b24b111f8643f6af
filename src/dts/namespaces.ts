import { internalized } from '../xml/intern.js';

/** Namespaces and standard URIs of XBRL 2.1 (section 1.6), XBRL Dimensions 1.0 and XML Schema. */
export const NS = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xlink: 'http://www.w3.org/1999/xlink',
  xbrli: 'http://www.xbrl.org/2003/instance',
  link: 'http://www.xbrl.org/2003/linkbase',
  xl: 'http://www.xbrl.org/2003/XLink',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
  xbrldt: 'http://xbrl.org/2005/xbrldt',
  xbrldi: 'http://xbrl.org/2006/xbrldi',
  gen: 'http://xbrl.org/2008/generic',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/** Expanded names of the XLink attributes (and others) as attribute keys of parsed elements: internalized, as the keys are (src/xml/parse.ts). */
export const XLINK_TYPE = internalized(`{${NS.xlink}}type`);
export const XLINK_HREF = internalized(`{${NS.xlink}}href`);
export const XLINK_ROLE = internalized(`{${NS.xlink}}role`);
export const XLINK_ARCROLE = internalized(`{${NS.xlink}}arcrole`);
export const XLINK_LABEL = internalized(`{${NS.xlink}}label`);
export const XLINK_FROM = internalized(`{${NS.xlink}}from`);
export const XLINK_TO = internalized(`{${NS.xlink}}to`);
export const XML_LANG = internalized(`{${NS.xml}}lang`);

export const ITEM = internalized(`{${NS.xbrli}}item`);
export const TUPLE = internalized(`{${NS.xbrli}}tuple`);

/** Standard roles (XBRL 2.1 section 5.2 and the xbrl-linkbase schema) that need no roleType declaration. */
export const STANDARD_LINK_ROLE = 'http://www.xbrl.org/2003/role/link';

export const STANDARD_ROLES = new Set<string>([
  STANDARD_LINK_ROLE,
  'http://www.xbrl.org/2003/role/label',
  'http://www.xbrl.org/2003/role/terseLabel',
  'http://www.xbrl.org/2003/role/verboseLabel',
  'http://www.xbrl.org/2003/role/positiveLabel',
  'http://www.xbrl.org/2003/role/positiveTerseLabel',
  'http://www.xbrl.org/2003/role/positiveVerboseLabel',
  'http://www.xbrl.org/2003/role/negativeLabel',
  'http://www.xbrl.org/2003/role/negativeTerseLabel',
  'http://www.xbrl.org/2003/role/negativeVerboseLabel',
  'http://www.xbrl.org/2003/role/zeroLabel',
  'http://www.xbrl.org/2003/role/zeroTerseLabel',
  'http://www.xbrl.org/2003/role/zeroVerboseLabel',
  'http://www.xbrl.org/2003/role/totalLabel',
  'http://www.xbrl.org/2003/role/periodStartLabel',
  'http://www.xbrl.org/2003/role/periodEndLabel',
  'http://www.xbrl.org/2003/role/documentation',
  'http://www.xbrl.org/2003/role/definitionGuidance',
  'http://www.xbrl.org/2003/role/disclosureGuidance',
  'http://www.xbrl.org/2003/role/presentationGuidance',
  'http://www.xbrl.org/2003/role/measurementGuidance',
  'http://www.xbrl.org/2003/role/commentaryGuidance',
  'http://www.xbrl.org/2003/role/exampleGuidance',
  'http://www.xbrl.org/2003/role/reference',
  'http://www.xbrl.org/2003/role/definitionRef',
  'http://www.xbrl.org/2003/role/disclosureRef',
  'http://www.xbrl.org/2003/role/mandatoryDisclosureRef',
  'http://www.xbrl.org/2003/role/recommendedDisclosureRef',
  'http://www.xbrl.org/2003/role/unspecifiedDisclosureRef',
  'http://www.xbrl.org/2003/role/presentationRef',
  'http://www.xbrl.org/2003/role/measurementRef',
  'http://www.xbrl.org/2003/role/commentaryRef',
  'http://www.xbrl.org/2003/role/exampleRef',
  'http://www.xbrl.org/2003/role/footnote',
  'http://www.xbrl.org/2003/role/calculationLinkbaseRef',
  'http://www.xbrl.org/2003/role/definitionLinkbaseRef',
  'http://www.xbrl.org/2003/role/labelLinkbaseRef',
  'http://www.xbrl.org/2003/role/presentationLinkbaseRef',
  'http://www.xbrl.org/2003/role/referenceLinkbaseRef',
]);

export const ARCROLE = {
  conceptLabel: 'http://www.xbrl.org/2003/arcrole/concept-label',
  conceptReference: 'http://www.xbrl.org/2003/arcrole/concept-reference',
  factFootnote: 'http://www.xbrl.org/2003/arcrole/fact-footnote',
  parentChild: 'http://www.xbrl.org/2003/arcrole/parent-child',
  summationItem: 'http://www.xbrl.org/2003/arcrole/summation-item',
  generalSpecial: 'http://www.xbrl.org/2003/arcrole/general-special',
  essenceAlias: 'http://www.xbrl.org/2003/arcrole/essence-alias',
  similarTuples: 'http://www.xbrl.org/2003/arcrole/similar-tuples',
  requiresElement: 'http://www.xbrl.org/2003/arcrole/requires-element',
} as const;

export const STANDARD_ARCROLES = new Set<string>(Object.values(ARCROLE));

export const LABEL_ROLE = 'http://www.xbrl.org/2003/role/label';
