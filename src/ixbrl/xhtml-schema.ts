/**
 * XHTML validity of Inline XBRL documents (Inline XBRL 1.1 section 3: an Inline XBRL Document is valid against the
 * XHTML + Inline XBRL 1.1 schema), checked with libxml2 through xmllint-wasm (src/xml/schema-validate.ts).
 *
 * The schema `http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd` and its import/include/redefine closure
 * (the XHTML 1.1 modularization schemas, the ixmod XBRL schemas, xml.xsd) are read through the Resolver like any URL
 * (a `--cache` folder, a package, or online when allowed). When they cannot all be read, the check is skipped with
 * one info finding, `sbr:xhtmlSchemaUnavailable`, that says which document was missing.
 *
 * As in Arelle (XhtmlValidate.xhtmlValidate → XmlValidate.lxmlSchemaValidate with the Inline XBRL schema as the
 * extra schema) only the Inline XBRL schema set is loaded, not the DTS: everything the Inline XBRL schema leaves
 * open to other namespaces (context segment/scenario content, attributes of other namespaces) is `lax`, so without
 * the DTS it is not checked here; it is checked on the extracted XBRL 2.1 instance against the DTS schemas. Nor do
 * the ix schemas name any concept element, so there is no substitution-group blow-up (cf. widenXbrlRoot).
 *
 * All documents of a document set are validated in one xmllint run (one schema compilation). Findings are the
 * `xmlSchema:*` codes of schema-validate.ts on the XHTML file and line; a schema finding on a line where the
 * extraction already reported an Inline XBRL error (`ix11...`) is dropped as a repeat.
 */
import type { DocumentSource } from '../dts/discover.js';
import type { Finding } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { normalizeUrl, resolveRef } from '../xml/schema-prepare.js';
import { validateManyAgainstSchemas, type SchemaDoc } from '../xml/schema-validate.js';

export const IX11_SCHEMA = 'http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd';
const IX10_NS = 'http://www.xbrl.org/2008/inlineXBRL';
const IX11_NS = 'http://www.xbrl.org/2013/inlineXBRL';

export type IxSchemaSet = { schemas: SchemaDoc[] } | { missing: string; from?: string };

const cache = new WeakMap<DocumentSource, IxSchemaSet>();

/** The Inline XBRL 1.1 schema and its import/include/redefine closure, read through `source`. */
export function loadIxSchemas(source: DocumentSource): IxSchemaSet {
  const hit = cache.get(source);
  if (hit) return hit;
  const got = new Map<string, SchemaDoc>();
  const queue: { url: string; from?: string }[] = [{ url: IX11_SCHEMA }];
  let result: IxSchemaSet | undefined;
  while (queue.length && !result) {
    const { url, from } = queue.shift()!;
    const key = normalizeUrl(url);
    if (got.has(key)) continue;
    let bytes: Uint8Array | undefined;
    try {
      bytes = source.read(url);
    } catch {
      bytes = undefined;
    }
    if (!bytes) {
      result = from ? { missing: url, from } : { missing: url };
      break;
    }
    got.set(key, { url, bytes });
    const text = Buffer.from(bytes)
      .toString('latin1')
      .replace(/<!--[\s\S]*?-->/g, '');
    for (const m of text.matchAll(
      /<(?:[\w.-]+:)?(?:import|include|redefine)\b[^>]*?\sschemaLocation\s*=\s*(["'])([^"']+)\1/g,
    )) {
      queue.push({ url: resolveRef(Buffer.from(m[2]!, 'latin1').toString('utf8'), url), from: url });
    }
  }
  result ??= { schemas: [...got.values()] };
  cache.set(source, result);
  return result;
}

/**
 * Validates the XHTML documents of an Inline XBRL document set against the Inline XBRL 1.1 schema.
 * `extractionFindings` are the findings of the extraction, used to drop schema findings that repeat them.
 */
export async function validateXhtmlSchema(
  docs: { url: string; bytes: Uint8Array }[],
  source: DocumentSource,
  extractionFindings: Finding[] = [],
): Promise<Finding[]> {
  // Inline XBRL 1.0 documents are refused by the extraction (sbr:inlineXbrl10Unsupported): no 1.1 schema check.
  const todo = docs.filter((d) => !usesOnlyIx10(d.bytes));
  if (!todo.length) return [];
  const set = loadIxSchemas(source);
  if ('missing' in set) {
    const why = set.from ? `${set.missing} (referenced from ${set.from})` : set.missing;
    return [
      paramFinding(
        'sbr:xhtmlSchemaUnavailable',
        'info',
        { documents: todo.length, missing: why },
        { file: todo[0]!.url },
        'Inline XBRL 1.1 section 3',
      ),
    ];
  }
  const perDoc = await validateManyAgainstSchemas(todo, set.schemas, [IX11_SCHEMA]);
  const ixLines = new Set(
    extractionFindings
      .filter((f) => f.severity === 'error' && /^ix/.test(f.code))
      .map((f) => `${f.file}\u0000${f.line}`),
  );
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of perDoc.flat()) {
    if (
      f.code !== 'xmlSchema:schemaError' &&
      f.code !== 'xmlSchema:schemaWarning' &&
      ixLines.has(`${f.file}\u0000${f.line}`)
    )
      continue;
    const k = `${f.code}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

/** True when the document declares the Inline XBRL 1.0 namespace and not the 1.1 one. */
function usesOnlyIx10(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
  return head.includes(IX10_NS) && !head.includes(IX11_NS);
}
