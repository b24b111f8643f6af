/**
 * XBRL International serves its documents under two host names, `xbrl.org` and `www.xbrl.org`, and real taxonomies
 * reference both (a Danish ERST taxonomy imports the DTR types as `http://xbrl.org/dtr/type/numeric-2009-12-16.xsd`).
 * The specifications name the `www.xbrl.org` address as the publication URL (e.g. Extensible Enumerations 2.0 appendix
 * B) but allow processors to substitute local copies; so when only one of the two is available (in a package, cache or
 * the built-in schemas), the resolver reads it for the other, and DTS discovery says so once with an info finding.
 */

/**
 * The same URL under XBRL International's other host name: `http(s)://xbrl.org/P` ↔ `http(s)://www.xbrl.org/P`
 * (scheme, path, query kept); undefined for any other URL.
 */
export function xbrlHostAlias(url: string): string | undefined {
  const m = /^(https?:\/\/)(www\.)?xbrl\.org([/?#].*)?$/i.exec(url.trim());
  if (!m) return undefined;
  const rest = m[3] ?? '/';
  return `${m[1]}${m[2] ? '' : 'www.'}xbrl.org${rest}`;
}
