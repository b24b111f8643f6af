import type { InlineRule } from '../types.js';
import { entryPointNotImportedRule, NOT_IMPORTED, singleTargetOfYear } from './entry-points.js';

const CODE_2024 = 'NL.NL-KVK.5.1.3.1.requiredEntryPointOtherGaapNotReferenced';
const CODE_2025 = 'NL.NL-KVK.5.1.3.1.requiredEntryPointOtherNotReferenced';

/**
 * NL-KVK.5.1.3.1 (other GAAP, single target): the report MUST reference the KvK other-GAAP entry point of the profile.
 * The code is `...OtherGaapNotReferenced` for the 2024 profiles and `...OtherNotReferenced` for the 2025 ones.
 */
export const kvk5131: InlineRule = {
  ...entryPointNotImportedRule('other', 'NL-KVK.5.1.3', CODE_2024, (ctx) =>
    singleTargetOfYear(ctx, 2024) ? CODE_2024 : singleTargetOfYear(ctx, 2025) ? CODE_2025 : undefined,
  ),
  others: { [CODE_2025]: NOT_IMPORTED },
};
