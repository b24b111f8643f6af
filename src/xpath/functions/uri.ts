/**
 * F&O section 8.1: fn:resolve-uri. The relative reference is resolved against `$base` or the base URI of the
 * dynamic context (RFC 3986 section 5.2 through the WHATWG URL parser). Errors: err:FORG0002 (an invalid URI),
 * err:FONS0005 (no base URI).
 *
 * Arguments: `params` declare the F&O signature; the implementation also atomises its arguments itself.
 */
import type { FunctionDef } from '../types.js';
import { FN, XPathError } from '../types.js';
import { oneString, optString, st } from '../atomic/args.js';

const ABSOLUTE = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Resolves `rel` against `base` (both strings); err:FORG0002 when that is not possible. */
export function resolveUri(rel: string, base: string | undefined): string {
  if (ABSOLUTE.test(rel)) return rel;
  if (base === undefined) throw new XPathError('err:FONS0005', 'fn:resolve-uri: no base URI');
  if (!ABSOLUTE.test(base)) throw new XPathError('err:FORG0002', `fn:resolve-uri: the base URI '${base}' is not absolute`);
  try {
    return new URL(rel, base).href;
  } catch {
    throw new XPathError('err:FORG0002', `fn:resolve-uri: cannot resolve '${rel}' against '${base}'`);
  }
}

export const functions: FunctionDef[] = [
  {
    ns: FN, local: 'resolve-uri', minArgs: 1, maxArgs: 2, params: [st('string', '?'), st('string')], returns: st('anyURI', '?'),
    impl: (ctx, args) => {
      const rel = optString(args[0], 'fn:resolve-uri');
      if (rel === undefined) return [];
      const base = args.length > 1 ? oneString(args[1], 'fn:resolve-uri') : ctx.baseURI;
      return [{ type: 'xs:anyURI', value: resolveUri(rel, base) }];
    },
  },
];
