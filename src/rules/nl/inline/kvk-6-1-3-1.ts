import type { InlineRule } from '../types.js';
import { entryPointNotImportedRule } from './entry-points.js';

/** NL-KVK.6.1.3.1 (multi-target): the report MUST reference the KvK entry point of the profile. */
export const kvk6131: InlineRule = entryPointNotImportedRule(
  'multi',
  'NL-KVK.6.1.3',
  'NL.NL-KVK.6.1.3.1.requiredEntryPointOtherNotReferenced',
);
