/** Every rule family, in the order they run. Add a family here and nowhere else. */
import { calcRules } from './calc/index.js';
import { formulaRules } from './formula/index.js';
import { enumInstanceRules, enumTaxonomyRules } from './enum/index.js';
import { xbrl21InstanceRules } from './xbrl21/index.js';
import { conceptRules } from './xbrl21/concepts/index.js';
import { xbrl21TaxonomyRules } from './xbrl21/taxonomy/index.js';
import type { Rule } from './types.js';
import { xdtInstanceRules, xdtTaxonomyRules } from './xdt/index.js';

export const allRules: Rule[] = [
  ...conceptRules,
  ...xbrl21TaxonomyRules,
  ...xdtTaxonomyRules,
  ...enumTaxonomyRules,
  ...xbrl21InstanceRules,
  ...xdtInstanceRules,
  ...calcRules,
  ...enumInstanceRules,
  ...formulaRules,
];
