/** F&O section 3: fn:error (raises an XPathError with the given code, default err:FOER0000) and fn:trace. */
import type { AtomicValue, FunctionDef, QName } from '../types.js';
import { ERR, XPathError } from '../types.js';
import { atomize } from '../xdm.js';
import { atomicParam, fn, itemParam } from './util.js';

/** The error code text for a QName: `err:LOCAL` in the W3C error namespace, else `prefix:local` or `Q{ns}local`. */
export function errorCode(q: QName): string {
  if (q.ns === ERR) return `err:${q.local}`;
  if (q.prefix) return `${q.prefix}:${q.local}`;
  return q.ns ? `Q{${q.ns}}${q.local}` : q.local;
}

export const functions: FunctionDef[] = [
  fn(
    'error',
    0,
    3,
    (_c, args) => {
      const codeArg = args[0];
      // fn:error($error as xs:QName): the one-argument form takes exactly one QName (F&O 3.1.1)
      if (args.length === 1 && codeArg!.length === 0)
        throw new XPathError('err:XPTY0004', 'fn:error($error) needs a QName, not an empty sequence');
      const q =
        codeArg && codeArg.length ? ((codeArg[0] as AtomicValue).value as QName) : { ns: ERR, local: 'FOER0000' };
      const desc = args[1] ? String(atomize(args[1])[0]?.value ?? '') : 'fn:error() was called';
      throw new XPathError(errorCode(q), desc);
    },
    { params: [atomicParam('QName', '?'), atomicParam('string'), itemParam('*')] },
  ),
  fn('trace', 2, 2, (_c, [v]) => v!, { params: [itemParam('*'), atomicParam('string')] }),
];
