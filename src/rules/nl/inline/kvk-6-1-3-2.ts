import type { InlineRule } from '../types.js';
import { entryPointWrongVersionRule } from './entry-points.js';

/** NL-KVK.6.1.3.2 (multi-target): the report MUST reference the applicable version of the KvK entry point. */
export const kvk6132: InlineRule = entryPointWrongVersionRule(
  'multi',
  'NL-KVK.6.1.3',
  'NL.NL-KVK.6.1.3.2.incorrectVersionEntryPointOtherReferenced',
);
