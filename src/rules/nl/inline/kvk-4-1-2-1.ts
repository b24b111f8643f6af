import type { InlineRule } from '../types.js';
import { entryPointNotImportedRule } from './entry-points.js';

/** NL-KVK.4.1.2.1 (NL-GAAP/IFRS): the extension taxonomy MUST import the KvK entry point of the profile. */
export const kvk4121: InlineRule = entryPointNotImportedRule(
  'gaap',
  'NL-KVK.4.1.2',
  'NL.NL-KVK.4.1.2.1.requiredEntryPointNotImported',
);
