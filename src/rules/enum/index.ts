/**
 * Extensible Enumerations 1.0 (REC 2014-10-29) and 2.0 (REC 2020-02-12). Taxonomy rules (`enumte:`, `enum2te:`) check
 * enumeration concept declarations; instance rules (`enumie:`, `enum2ie:`) check enumeration facts against the domains
 * of allowed values compiled into the taxonomy (src/compile/enumerations.ts), each a set lookup. Inline XBRL facts are
 * checked on the extracted target instance, as every other instance rule.
 */
import type { Rule } from '../types.js';
import { enum2EmptyDomain, enumEmptyDomain } from './empty-domain.js';
import { enum2InvalidDomain, enumInvalidDomain } from './invalid-domain.js';
import { enum2InvalidEnumerationSetValue } from './invalid-set-value.js';
import { enum2InvalidEnumerationValue, enumInvalidFactValue } from './invalid-value.js';
import { enum2MissingDomain, enumMissingDomain } from './missing-domain.js';
import { enum2MissingLinkRole, enumMissingLinkRole } from './missing-linkrole.js';
import { enum2RepeatedEnumerationSetValue } from './repeated-set-value.js';
import { enum2InvalidEnumerationSetOrder } from './set-order.js';

export const enumTaxonomyRules: Rule[] = [
  enumMissingDomain,
  enumInvalidDomain,
  enumMissingLinkRole,
  enumEmptyDomain,
  enum2MissingDomain,
  enum2InvalidDomain,
  enum2MissingLinkRole,
  enum2EmptyDomain,
];

export const enumInstanceRules: Rule[] = [
  enumInvalidFactValue,
  enum2InvalidEnumerationValue,
  enum2InvalidEnumerationSetValue,
  enum2RepeatedEnumerationSetValue,
  enum2InvalidEnumerationSetOrder,
];
