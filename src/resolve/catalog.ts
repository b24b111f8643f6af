/**
 * OASIS XML Catalogs 1.1 (the subset used for XBRL): `uri`, `rewriteURI`, `uriSuffix`, `system`,
 * `rewriteSystem`, `systemSuffix`, `group`, `nextCatalog` (plain catalog files only) and `xml:base`.
 *
 * Relative targets resolve against the base in effect (the catalog file's own location, adjusted by
 * `xml:base`), as OASIS XML Catalogs section 6.3 requires. Lookup of a URI (XML Catalogs section 7.2.2):
 * an exact `uri` entry wins, then the `rewriteURI` with the longest matching `uriStartString`, then the
 * longest `uriSuffix`. Schema locations are URIs, but many XBRL catalogs (e.g. for Xerces) map them with
 * `system` entries, so when no URI entry matches, the system entries are tried in the same way.
 * `nextCatalog` catalogs are consulted only when nothing in this catalog matched.
 */
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { resolveUrl } from '../xml/parse.js';
import { ConfigXmlError, parseConfigXml, type ConfigElement } from './xmlconfig.js';

export const CATALOG_NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';

export interface CatalogMatch {
  /** The rewritten location: an http(s) URL or an absolute file path (possibly inside a package, `ZIP/entry`). */
  target: string;
  /** The catalog file that matched, for messages. */
  catalog: string;
  /** The kind of entry, e.g. `rewriteURI`. */
  entry: string;
}

interface Rule {
  match: string;
  target: string;
  catalog: string;
}

type Kind = 'uri' | 'rewriteURI' | 'uriSuffix' | 'system' | 'rewriteSystem' | 'systemSuffix';

/** Normalises a URI for comparison: absolute URLs go through WHATWG URL serialisation; others are left alone. */
export function normaliseForMatch(u: string): string {
  const s = u.trim();
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s) && !/^[a-zA-Z]:[\\/]/.test(s)) {
    try {
      const url = new URL(s);
      // `new URL('http://host')` adds a trailing '/'; keep a start string without path as written.
      if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]+\//.test(s) && url.pathname === '/' && !url.search && !url.hash)
        return url.href.slice(0, -1);
      return url.href;
    } catch {
      return s;
    }
  }
  return s;
}

/** Joins a rewrite prefix and the unmatched rest of a URI. A file-path prefix gets the rest percent-decoded. */
function joinTarget(prefix: string, rest: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(prefix) && !/^[a-zA-Z]:[\\/]/.test(prefix)) return prefix + rest;
  let r = rest;
  try {
    r = decodeURIComponent(rest);
  } catch {
    /* keep as is */
  }
  return prefix + r;
}

export class Catalog {
  /** Files the catalog was read from (more than one when catalogs were merged or chained). */
  readonly files: string[] = [];
  private readonly exact = { uri: new Map<string, Rule>(), system: new Map<string, Rule>() };
  private readonly prefix = { rewriteURI: [] as Rule[], rewriteSystem: [] as Rule[] };
  private readonly suffix = { uriSuffix: [] as Rule[], systemSuffix: [] as Rule[] };
  private readonly next: Catalog[] = [];
  private sorted = true;

  /** Number of entries (excluding chained catalogs). */
  get size(): number {
    return (
      this.exact.uri.size +
      this.exact.system.size +
      this.prefix.rewriteURI.length +
      this.prefix.rewriteSystem.length +
      this.suffix.uriSuffix.length +
      this.suffix.systemSuffix.length
    );
  }

  /** All rewriteURI/rewriteSystem and uri/system rules, for checks and messages. */
  rules(): { kind: Kind; match: string; target: string; catalog: string }[] {
    const out: { kind: Kind; match: string; target: string; catalog: string }[] = [];
    for (const [k, m] of [
      ['uri', this.exact.uri],
      ['system', this.exact.system],
    ] as const)
      for (const r of m.values()) out.push({ kind: k, ...r });
    for (const k of ['rewriteURI', 'rewriteSystem'] as const)
      for (const r of this.prefix[k]) out.push({ kind: k, ...r });
    for (const k of ['uriSuffix', 'systemSuffix'] as const) for (const r of this.suffix[k]) out.push({ kind: k, ...r });
    return out;
  }

  /**
   * Adds an entry; the first entry for a given match string wins (later duplicates are ignored).
   * Returns false when the entry was a duplicate.
   */
  add(kind: Kind, match: string, target: string, catalog: string): boolean {
    const m = kind === 'uriSuffix' || kind === 'systemSuffix' ? match : normaliseForMatch(match);
    const rule: Rule = { match: m, target, catalog };
    if (kind === 'uri' || kind === 'system') {
      const map = this.exact[kind];
      if (map.has(m)) return false;
      map.set(m, rule);
      return true;
    }
    const list = kind === 'rewriteURI' || kind === 'rewriteSystem' ? this.prefix[kind] : this.suffix[kind];
    if (list.some((r) => r.match === m)) return false;
    list.push(rule);
    this.sorted = false;
    return true;
  }

  /** Merges another catalog's entries (first wins on duplicates) — used to combine package catalogs. */
  merge(other: Catalog): void {
    for (const r of other.rules()) this.add(r.kind, r.match, r.target, r.catalog);
    for (const f of other.files) this.files.push(f);
    this.next.push(...other.next);
  }

  private sort(): void {
    if (this.sorted) return;
    for (const l of [
      this.prefix.rewriteURI,
      this.prefix.rewriteSystem,
      this.suffix.uriSuffix,
      this.suffix.systemSuffix,
    ]) {
      l.sort((a, b) => b.match.length - a.match.length); // stable: equal lengths keep insertion order
    }
    this.sorted = true;
  }

  /** Looks a URI up (fragment must already be removed). Returns undefined when no entry matches. */
  lookup(uri: string): CatalogMatch | undefined {
    this.sort();
    const u = normaliseForMatch(uri);
    const raw = uri.trim();
    for (const [exactKind, prefixKind, suffixKind] of [
      ['uri', 'rewriteURI', 'uriSuffix'],
      ['system', 'rewriteSystem', 'systemSuffix'],
    ] as const) {
      const e = this.exact[exactKind].get(u) ?? this.exact[exactKind].get(raw);
      if (e) return { target: e.target, catalog: e.catalog, entry: exactKind };
      for (const r of this.prefix[prefixKind]) {
        if (u.startsWith(r.match))
          return { target: joinTarget(r.target, u.slice(r.match.length)), catalog: r.catalog, entry: prefixKind };
        if (raw !== u && raw.startsWith(r.match))
          return { target: joinTarget(r.target, raw.slice(r.match.length)), catalog: r.catalog, entry: prefixKind };
      }
      for (const r of this.suffix[suffixKind]) {
        if (u.endsWith(r.match)) return { target: r.target, catalog: r.catalog, entry: suffixKind };
      }
    }
    for (const n of this.next) {
      const m = n.lookup(uri);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * Reads a catalog from its text.
   *
   * @param text the catalog document
   * @param base the catalog's own location (absolute file path, or `ZIP/entry` path inside a package) against which relative targets resolve
   * @param code the finding code for an invalid catalog (`tpe:invalidCatalogFile` in packages, `sbr:invalidCatalog` otherwise)
   * @param opts.duplicateCode when given, two rewriteURI entries with the same start string are refused with this code
   *   (Taxonomy Packages 1.0 `tpe:multipleRewriteURIsForStartString`)
   * @param opts.loadNext reads a `nextCatalog` (plain catalogs); omitted for package catalogs (they are ignored)
   * @throws FatalInputError with `code` when the document is not well-formed or not an OASIS catalog
   */
  static parse(
    text: string,
    base: string,
    code: string,
    opts: { duplicateCode?: string; loadNext?: (file: string) => Catalog | undefined; file?: string } = {},
  ): Catalog {
    const file = opts.file ?? base;
    let root: ConfigElement;
    try {
      root = parseConfigXml(text);
    } catch (e) {
      const ce = e as ConfigXmlError;
      throw new FatalInputError(
        paramFinding(code, 'error', { k: 'xml', reason: ce.message }, { file, line: ce.line, column: ce.column }),
      );
    }
    if (root.local !== 'catalog' || root.ns !== CATALOG_NS) {
      throw new FatalInputError(
        paramFinding(
          code,
          'error',
          { k: 'root', expected: CATALOG_NS, root: `{${root.ns}}${root.local}` },
          { file, line: 1, column: 1 },
        ),
      );
    }
    const cat = new Catalog();
    cat.files.push(file);
    const walk = (el: ConfigElement, b: string) => {
      const xb = el.attrs['xml:base'];
      const here = xb !== undefined ? resolveUrl(xb, b) : b;
      for (const c of el.children) {
        if (c.ns !== CATALOG_NS) continue; // other namespaces are extensions and are ignored (section 6.1)
        const cb = c.attrs['xml:base'] !== undefined ? resolveUrl(c.attrs['xml:base']!, here) : here;
        const need = (name: string): string => {
          const v = c.attrs[name];
          if (v === undefined || v.trim() === '') {
            throw new FatalInputError(
              paramFinding(code, 'error', { k: 'attribute', element: c.local, attribute: name }, { file }),
            );
          }
          return v.trim();
        };
        switch (c.local) {
          case 'group':
            walk(c, here);
            break;
          case 'uri':
          case 'system': {
            const m = need(c.local === 'uri' ? 'name' : 'systemId');
            cat.add(c.local, m, resolveUrl(need('uri'), cb), file);
            break;
          }
          case 'rewriteURI':
          case 'rewriteSystem': {
            const m = need(c.local === 'rewriteURI' ? 'uriStartString' : 'systemIdStartString');
            const added = cat.add(c.local, m, resolveUrl(need('rewritePrefix'), cb), file);
            if (!added && opts.duplicateCode && c.local === 'rewriteURI') {
              throw new FatalInputError(paramFinding(opts.duplicateCode, 'error', { start: m }, { file }));
            }
            break;
          }
          case 'uriSuffix':
          case 'systemSuffix': {
            const m = need(c.local === 'uriSuffix' ? 'uriSuffix' : 'systemIdSuffix');
            cat.add(c.local, m, resolveUrl(need('uri'), cb), file);
            break;
          }
          case 'nextCatalog':
            if (opts.loadNext) {
              const n = opts.loadNext(resolveUrl(need('catalog'), cb));
              if (n) cat.next.push(n);
            }
            break;
          default:
            // public, delegate*, rewrite/delegate for public ids: not used for XBRL URL resolution
            break;
        }
      }
    };
    walk(root, base);
    return cat;
  }
}
