import type { InlineRule } from '../types.js';
import { entryPointWrongVersionRule, singleTargetOfYear, WRONG_VERSION } from './entry-points.js';

const CODE_2024 = 'NL.NL-KVK.5.1.3.2.incorrectVersionEntryPointOtherGaapReferenced';
const CODE_2025 = 'NL.NL-KVK.5.1.3.2.incorrectVersionEntryPointOtherReferenced';

/**
 * NL-KVK.5.1.3.2 (other GAAP, single target): the report MUST reference the applicable version of the KvK other-GAAP
 * entry point. The code is `...OtherGaapReferenced` for the 2024 profiles and `...OtherReferenced` for the 2025 ones.
 */
export const kvk5132: InlineRule = {
  ...entryPointWrongVersionRule('other', 'NL-KVK.5.1.3', CODE_2024, (ctx) =>
    singleTargetOfYear(ctx, 2024) ? CODE_2024 : singleTargetOfYear(ctx, 2025) ? CODE_2025 : undefined,
  ),
  others: { [CODE_2025]: WRONG_VERSION },
};
