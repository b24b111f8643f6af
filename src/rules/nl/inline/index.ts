/** The NL-KVK rules (KvK Inline XBRL annual reports), in the order of the reference list. */
import type { InlineRule } from '../types.js';
import { kvk3111 } from './kvk-3-1-1-1.js';
import { kvk3112 } from './kvk-3-1-1-2.js';
import { kvk3121 } from './kvk-3-1-2-1.js';
import { kvk3122 } from './kvk-3-1-2-2.js';
import { kvk3131 } from './kvk-3-1-3-1.js';
import { kvk3132 } from './kvk-3-1-3-2.js';
import { kvk3141 } from './kvk-3-1-4-1.js';
import { kvk3142 } from './kvk-3-1-4-2.js';
import { kvk3211 } from './kvk-3-2-1-1.js';
import { kvk3231 } from './kvk-3-2-3-1.js';
import { kvk3241 } from './kvk-3-2-4-1.js';
import { kvk3242 } from './kvk-3-2-4-2.js';
import { kvk3271 } from './kvk-3-2-7-1.js';
import { kvk3281 } from './kvk-3-2-8-1.js';
import { kvk3311 } from './kvk-3-3-1-1.js';
import { kvk3312 } from './kvk-3-3-1-2.js';
import { kvk3313 } from './kvk-3-3-1-3.js';
import { kvk3411 } from './kvk-3-4-1-1.js';
import { kvk3412 } from './kvk-3-4-1-2.js';
import { kvk3413 } from './kvk-3-4-1-3.js';
import { kvk3414 } from './kvk-3-4-1-4.js';
import { kvk3415 } from './kvk-3-4-1-5.js';
import { kvk3421 } from './kvk-3-4-2-1.js';
import { kvk351 } from './kvk-3-5-1.js';
import { kvk3521 } from './kvk-3-5-2-1.js';
import { kvk3522 } from './kvk-3-5-2-2.js';
import { kvk3523 } from './kvk-3-5-2-3.js';
import { kvk3531 } from './kvk-3-5-3-1.js';
import { kvk3541 } from './kvk-3-5-4-1.js';
import { kvk3631 } from './kvk-3-6-3-1.js';
import { kvk3632 } from './kvk-3-6-3-2.js';
import { kvk3633 } from './kvk-3-6-3-3.js';
import { kvk3634 } from './kvk-3-6-3-4.js';
import { kvk3635 } from './kvk-3-6-3-5.js';
import { kvk3636 } from './kvk-3-6-3-6.js';
import { kvk3637 } from './kvk-3-6-3-7.js';
import { kvk371 } from './kvk-3-7-1.js';
import { kvk3711 } from './kvk-3-7-1-1.js';
import { kvk3712 } from './kvk-3-7-1-2.js';
import { kvk4111 } from './kvk-4-1-1-1.js';
import { kvk4112 } from './kvk-4-1-1-2.js';
import { kvk4121 } from './kvk-4-1-2-1.js';
import { kvk4122 } from './kvk-4-1-2-2.js';
import { kvk4151 } from './kvk-4-1-5-1.js';
import { kvk4152 } from './kvk-4-1-5-2.js';
import { kvk4201 } from './kvk-4-2-0-1.js';
import { kvk4202 } from './kvk-4-2-0-2.js';
import { kvk4211 } from './kvk-4-2-1-1.js';
import { kvk4222 } from './kvk-4-2-2-2.js';
import { kvk4231 } from './kvk-4-2-3-1.js';
import { kvk4311 } from './kvk-4-3-1-1.js';
import { kvk4312 } from './kvk-4-3-1-2.js';
import { kvk4321 } from './kvk-4-3-2-1.js';
import { kvk4411 } from './kvk-4-4-1-1.js';
import { kvk4421 } from './kvk-4-4-2-1.js';
import { kvk4422 } from './kvk-4-4-2-2.js';
import { kvk4423 } from './kvk-4-4-2-3.js';
import { kvk4424 } from './kvk-4-4-2-4.js';
import { kvk4425 } from './kvk-4-4-2-5.js';
import { kvk4431 } from './kvk-4-4-3-1.js';
import { kvk4432 } from './kvk-4-4-3-2.js';
import { kvk4441 } from './kvk-4-4-4-1.js';
import { kvk4451 } from './kvk-4-4-5-1.js';
import { kvk4452 } from './kvk-4-4-5-2.js';
import { kvk4461 } from './kvk-4-4-6-1.js';
import { kvk5131 } from './kvk-5-1-3-1.js';
import { kvk5132 } from './kvk-5-1-3-2.js';
import { kvk6131 } from './kvk-6-1-3-1.js';
import { kvk6132 } from './kvk-6-1-3-2.js';
import { kvk6133 } from './kvk-6-1-3-3.js';
import { kvk6134 } from './kvk-6-1-3-4.js';
import { kvk7142 } from './kvk-7-1-4-2.js';
import { kvk7212 } from './kvk-7-2-1-2.js';
import { kvk8111 } from './kvk-8-1-1-1.js';
import { kvkProhibitedDimensions } from './kvk-prohibited-dimensions.js';
import { kvkRtsArt3 } from './kvk-rts-art-3.js';
import { kvkRtsArt6a } from './kvk-rts-art-6-a.js';
import { kvkRtsAnnexIVPar41 } from './kvk-rts-annex-iv-par-4-1.js';
import { kvkRtsAnnexIVPar42 } from './kvk-rts-annex-iv-par-4-2.js';
import { kvkRtsAnnexIVPar43 } from './kvk-rts-annex-iv-par-4-3.js';
import { kvkRtsAnnexIVPar5 } from './kvk-rts-annex-iv-par-5.js';
import { kvkRtsAnnexIVPar6 } from './kvk-rts-annex-iv-par-6.js';
import { kvkRtsAnnexIVPar8 } from './kvk-rts-annex-iv-par-8.js';
import { kvkRtsAnnexIVPar9 } from './kvk-rts-annex-iv-par-9.js';
import { kvkRtsAnnexIVPar11 } from './kvk-rts-annex-iv-par-11.js';
import { kvkRtsAnnexIIPar1 } from './kvk-rts-annex-ii-par-1.js';

export const inlineRules: InlineRule[] = [
  kvk3111,
  kvk3112,
  kvk3121,
  kvk3122,
  kvk3131,
  kvk3132,
  kvk3141,
  kvk3142,
  kvk3211,
  kvk3231,
  kvk3241,
  kvk3242,
  kvk3271,
  kvk3281,
  kvk3311,
  kvk3312,
  kvk3313,
  kvk3411,
  kvk3412,
  kvk3413,
  kvk3414,
  kvk3415,
  kvk3421,
  kvk351,
  kvk3521,
  kvk3522,
  kvk3523,
  kvk3531,
  kvk3541,
  kvk3631,
  kvk3632,
  kvk3633,
  kvk3634,
  kvk3635,
  kvk3636,
  kvk3637,
  kvkProhibitedDimensions,
  kvk371,
  kvk3711,
  kvk3712,
  kvk4111,
  kvk4112,
  kvk4121,
  kvk4122,
  kvk4151,
  kvk4152,
  kvk4201,
  kvk4202,
  kvk4211,
  kvk4222,
  kvk4231,
  kvk4311,
  kvk4312,
  kvk4321,
  kvk4411,
  kvk4421,
  kvk4422,
  kvk4423,
  kvk4424,
  kvk4425,
  kvk4431,
  kvk4432,
  kvk4441,
  kvk4451,
  kvk4452,
  kvk4461,
  kvk5131,
  kvk5132,
  kvk6131,
  kvk6132,
  kvk6133,
  kvk6134,
  kvk7142,
  kvk7212,
  kvk8111,
  kvkRtsAnnexIIPar1,
  kvkRtsAnnexIVPar11,
  kvkRtsAnnexIVPar41,
  kvkRtsAnnexIVPar42,
  kvkRtsAnnexIVPar43,
  kvkRtsAnnexIVPar5,
  kvkRtsAnnexIVPar6,
  kvkRtsAnnexIVPar8,
  kvkRtsAnnexIVPar9,
  kvkRtsArt3,
  kvkRtsArt6a,
];
