/**
 * `node:url` for the portal bundle (`src/portal/build.ts` maps `node:url` here): `fileURLToPath` and
 * `pathToFileURL` on POSIX paths, as src/xml/schema-prepare.ts uses them for `file:` URLs.
 * @throws TypeError for a URL that is not a `file:` URL (as Node's ERR_INVALID_URL_SCHEME)
 */
export function fileURLToPath(u: string | URL): string {
  const url = typeof u === 'string' ? new URL(u) : u;
  if (url.protocol !== 'file:') throw new TypeError(`The URL must be of scheme file: ${url.href}`);
  return decodeURIComponent(url.pathname);
}

export function pathToFileURL(p: string): URL {
  return new URL('file://' + encodeURI(p.startsWith('/') ? p : '/' + p));
}

export default { fileURLToPath, pathToFileURL };
