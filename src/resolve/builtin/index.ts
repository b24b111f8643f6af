/**
 * Built-in copies of the standard schemas every XBRL taxonomy imports, so that a taxonomy can be validated
 * with no third-party file and no network (as Arelle bundles them): the four XBRL 2.1 schemas and the
 * XBRL Dimensions 1.0 schema. They are written for this project from the specifications (see the sibling
 * modules) and are the LAST place the resolver looks: a package, catalog or cache folder that has the
 * document always wins.
 */
import { INSTANCE_XSD } from './instance.js';
import { LINKBASE_XSD } from './linkbase.js';
import { XBRLDT_XSD } from './xbrldt.js';
import { XL_XSD } from './xl.js';
import { XLINK_XSD } from './xlink.js';

export { ITEM_TYPE_NAMES } from './instance.js';

/** Built-in documents by URL (http form; https is served too). */
const DOCUMENTS: ReadonlyMap<string, string> = new Map([
  ['http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd', INSTANCE_XSD],
  ['http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd', LINKBASE_XSD],
  ['http://www.xbrl.org/2003/xl-2003-12-31.xsd', XL_XSD],
  ['http://www.xbrl.org/2003/xlink-2003-12-31.xsd', XLINK_XSD],
  ['http://www.xbrl.org/2005/xbrldt-2005.xsd', XBRLDT_XSD],
]);

/** The URLs served by `builtinDocument` (http form). */
export const BUILTIN_URLS: string[] = [...DOCUMENTS.keys()];

const encoded = new Map<string, Uint8Array>();

/** http:// form of an http(s) URL without fragment, or undefined for anything else. */
function normalise(url: string): string | undefined {
  const m = /^https?:\/\/([^#]*)/i.exec(url.trim());
  if (!m) return undefined;
  try {
    const u = new URL('http://' + m[1]);
    return u.href;
  } catch {
    return undefined;
  }
}

/** The bytes of the built-in document at `url` (http or https, fragment ignored), or undefined. */
export function builtinDocument(url: string): Uint8Array | undefined {
  const key = normalise(url);
  if (key === undefined) return undefined;
  const text = DOCUMENTS.get(key);
  if (text === undefined) return undefined;
  let bytes = encoded.get(key);
  if (!bytes) {
    bytes = new TextEncoder().encode(text);
    encoded.set(key, bytes);
  }
  // a fresh copy: callers own what they get
  return bytes.slice();
}
