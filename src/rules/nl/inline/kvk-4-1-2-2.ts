import type { InlineRule } from '../types.js';
import { entryPointWrongVersionRule } from './entry-points.js';

/** NL-KVK.4.1.2.2 (NL-GAAP/IFRS): the extension taxonomy MUST import the applicable version of the KvK taxonomy. */
export const kvk4122: InlineRule = entryPointWrongVersionRule(
  'gaap',
  'NL-KVK.4.1.2',
  'NL.NL-KVK.4.1.2.2.incorrectKvkTaxonomyVersionUsed',
);
