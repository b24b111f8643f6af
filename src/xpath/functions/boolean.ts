/** F&O section 9.1 (fn:true, fn:false) and 9.3 (fn:not) and 15.1.1 (fn:boolean): effective boolean value, XPath 2.0 2.4.3. */
import type { FunctionDef } from '../types.js';
import { FALSE_SEQ, TRUE_SEQ, bool, ebv } from '../xdm.js';
import { fn } from './util.js';

export const functions: FunctionDef[] = [
  fn('true', 0, 0, () => TRUE_SEQ),
  fn('false', 0, 0, () => FALSE_SEQ),
  /** fn:boolean($arg as item()*) as xs:boolean; err:FORG0006 where the EBV is undefined. */
  fn('boolean', 1, 1, (_c, [a]) => bool(ebv(a!))),
  /** fn:not($arg as item()*) as xs:boolean */
  fn('not', 1, 1, (_c, [a]) => bool(!ebv(a!))),
];
