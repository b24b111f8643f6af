/** The NT filing rules (xBRL-XML filings), in the order of the reference list: BR-KVK, FR-KVK, FG-NL, FR-NL. */
import type { NtRule } from '../types.js';
import { brKvk204 } from './br-kvk-2-04.js';
import { brKvk301 } from './br-kvk-3-01.js';
import { brKvk407 } from './br-kvk-4-07.js';
import { brKvk410 } from './br-kvk-4-10.js';
import { brKvk412 } from './br-kvk-4-12.js';
import { brKvk416 } from './br-kvk-4-16.js';
import { brKvk417 } from './br-kvk-4-17.js';
import { brKvk420 } from './br-kvk-4-20.js';
import { fgNl03 } from './fg-nl-03.js';
import { fgNl04 } from './fg-nl-04.js';
import { fgNl05 } from './fg-nl-05.js';
import { fgNl09 } from './fg-nl-09.js';
import { fgNl11 } from './fg-nl-11.js';
import { frKvk101 } from './fr-kvk-1-01.js';
import { frKvk201 } from './fr-kvk-2-01.js';
import { frKvk202 } from './fr-kvk-2-02.js';
import { frKvk203 } from './fr-kvk-2-03.js';
import { frKvk501 } from './fr-kvk-5-01.js';
import { frKvk502 } from './fr-kvk-5-02.js';
import { frNl101 } from './fr-nl-1-01.js';
import { frNl102 } from './fr-nl-1-02.js';
import { frNl103 } from './fr-nl-1-03.js';
import { frNl104 } from './fr-nl-1-04.js';
import { frNl105 } from './fr-nl-1-05.js';
import { frNl106 } from './fr-nl-1-06.js';
import { frNl203 } from './fr-nl-2-03.js';
import { frNl204 } from './fr-nl-2-04.js';
import { frNl205 } from './fr-nl-2-05.js';
import { frNl206 } from './fr-nl-2-06.js';
import { frNl207 } from './fr-nl-2-07.js';
import { frNl301 } from './fr-nl-3-01.js';
import { frNl302 } from './fr-nl-3-02.js';
import { frNl303 } from './fr-nl-3-03.js';
import { frNl304 } from './fr-nl-3-04.js';
import { frNl401 } from './fr-nl-4-01.js';
import { frNl402 } from './fr-nl-4-02.js';
import { frNl501 } from './fr-nl-5-01.js';
import { frNl503 } from './fr-nl-5-03.js';
import { frNl506 } from './fr-nl-5-06.js';
import { frNl511 } from './fr-nl-5-11.js';
import { frNl601 } from './fr-nl-6-01.js';

export const ntRules: NtRule[] = [
  brKvk204,
  brKvk301,
  brKvk407,
  brKvk410,
  brKvk412,
  brKvk416,
  brKvk417,
  brKvk420,
  frKvk101,
  frKvk201,
  frKvk202,
  frKvk203,
  frKvk501,
  frKvk502,
  fgNl03,
  fgNl04,
  fgNl05,
  fgNl09,
  fgNl11,
  frNl101,
  frNl102,
  frNl103,
  frNl104,
  frNl105,
  frNl106,
  frNl203,
  frNl204,
  frNl205,
  frNl206,
  frNl207,
  frNl301,
  frNl302,
  frNl303,
  frNl304,
  frNl401,
  frNl402,
  frNl501,
  frNl503,
  frNl506,
  frNl511,
  frNl601,
];
