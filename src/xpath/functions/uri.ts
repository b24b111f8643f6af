/**
 * F&O section 8.1: fn:resolve-uri. The relative reference is resolved against `$base` or the base URI of the
 * dynamic context (RFC 3986 section 5.2). Errors: err:FORG0002 (an invalid URI),
 * err:FONS0005 (no base URI).
 *
 * Arguments: `params` declare the F&O signature; the implementation also atomises its arguments itself.
 */
import type { FunctionDef } from '../types.js';
import { FN, XPathError } from '../types.js';
import { oneString, optString, st } from '../atomic/args.js';

const ABSOLUTE = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
/** RFC 3986 appendix B: scheme, authority, path, query, fragment. */
const URI_RE = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/** RFC 3986 5.2.4 remove_dot_segments. */
function removeDots(path: string): string {
  const out: string[] = [];
  let input = path;
  while (input.length) {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./')) input = input.slice(2);
    else if (input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../')) {
      input = input.slice(3);
      out.pop();
    } else if (input === '/..') {
      input = '/';
      out.pop();
    } else if (input === '.' || input === '..') input = '';
    else {
      const i = input.indexOf('/', input.startsWith('/') ? 1 : 0);
      const seg = i < 0 ? input : input.slice(0, i);
      out.push(seg);
      input = i < 0 ? '' : input.slice(i);
    }
  }
  return out.join('');
}

function bad(msg: string): never {
  throw new XPathError('err:FORG0002', `fn:resolve-uri: ${msg}`);
}

/**
 * Resolves the reference `rel` against `base` by RFC 3986 section 5.2 (strict, no percent-encoding added).
 * Errors: err:FORG0002 (either is not a valid URI reference, or the base is not absolute or has a fragment),
 * err:FONS0005 (no base URI).
 */
export function resolveUri(rel: string, base: string | undefined): string {
  if (ABSOLUTE.test(rel)) return rel;
  const r = URI_RE.exec(rel);
  if (!r || BAD_PERCENT.test(rel) || r[3]!.split('/')[0]!.includes(':')) bad(`'${rel}' is not a valid URI reference`);
  if (base === undefined) throw new XPathError('err:FONS0005', 'fn:resolve-uri: no base URI');
  const b = URI_RE.exec(base);
  if (!b || !b[1] || b[5] !== undefined || BAD_PERCENT.test(base))
    bad(`the base URI '${base}' is not an absolute URI without fragment`);
  const [, , rAuth, rPath, rQuery, rFrag] = r;
  const [, bScheme, bAuth, bPath, bQuery] = b;
  let auth: string | undefined, path: string, query: string | undefined;
  if (rAuth !== undefined) {
    auth = rAuth;
    path = removeDots(rPath!);
    query = rQuery;
  } else {
    auth = bAuth;
    if (rPath === '') {
      path = bPath!;
      query = rQuery ?? bQuery;
    } else {
      if (rPath!.startsWith('/')) path = removeDots(rPath!);
      else {
        const merged =
          bAuth !== undefined && bPath === '' ? '/' + rPath : bPath!.slice(0, bPath!.lastIndexOf('/') + 1) + rPath;
        path = removeDots(merged);
      }
      query = rQuery;
    }
  }
  return `${bScheme}:${auth !== undefined ? '//' + auth : ''}${path}${query !== undefined ? '?' + query : ''}${rFrag !== undefined ? '#' + rFrag : ''}`;
}

export const functions: FunctionDef[] = [
  {
    ns: FN,
    local: 'resolve-uri',
    minArgs: 1,
    maxArgs: 2,
    params: [st('string', '?'), st('string')],
    returns: st('anyURI', '?'),
    impl: (ctx, args) => {
      const rel = optString(args[0], 'fn:resolve-uri');
      if (rel === undefined) return [];
      const base = args.length > 1 ? oneString(args[1], 'fn:resolve-uri') : ctx.baseURI;
      return [{ type: 'xs:anyURI', value: resolveUri(rel, base) }];
    },
  },
];
