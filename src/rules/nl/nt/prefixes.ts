/** Recommended namespace prefixes of the Nederlandse Taxonomie (FG-NL-03) and QName-valued content (FG-NL-05). */
export const STANDARD_PREFIXES: Record<string, string> = {
  'http://www.xbrl.org/2003/instance': 'xbrli',
  'http://www.xbrl.org/2003/linkbase': 'link',
  'http://www.w3.org/1999/xlink': 'xlink',
  'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
  'http://xbrl.org/2006/xbrldi': 'xbrldi',
  'http://www.xbrl.org/2003/iso4217': 'iso4217',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/**
 * The recommended prefix of a namespace, or undefined when none is known. NT dictionary namespaces
 * (`http://www.nltaxonomie.nl/ntNN/OWNER/DATE/dictionary/NAME`) take the prefix of their dictionary schema:
 * `NAME-data` -> `NAME-i` (`nl-common-data` -> `nl-cd`), `NAME-axes` -> `NAME-dim`, `NAME-domains` -> `NAME-dm`.
 * Other dictionaries (`bd-tuples`, `bd-domain-members`, `nl-types`, ...) have prefixes of their own that are not
 * derived from the name: no recommendation is made for them (no finding rather than a guessed one).
 */
export function recommendedPrefix(ns: string): string | undefined {
  const std = STANDARD_PREFIXES[ns];
  if (std) return std;
  const m = /^https?:\/\/www\.nltaxonomie\.nl\/nt\d+\/[\w-]+\/\d{8}\/dictionary\/([\w-]+)$/.exec(ns);
  if (!m) return undefined;
  const name = m[1]!;
  if (name === 'nl-common-data') return 'nl-cd';
  if (name.endsWith('-data')) return `${name.slice(0, -5)}-i`;
  if (name.endsWith('-axes')) return `${name.slice(0, -5)}-dim`;
  if (name.endsWith('-domains')) return `${name.slice(0, -8)}-dm`;
  return undefined;
}
