/**
 * XML Schema validity of the taxonomy documents themselves, for taxonomy-only validation (the document given is a
 * taxonomy schema or linkbase): one XML Schema processor run over the input src/dts/taxonomy-schemas.ts finds (what
 * is compiled and validated against what is described there), plus the document-level tuple checks. Node-free: the
 * XML Schema processor is the core's `SchemaValidator`. Findings are cached per DTS (document URLs and content
 * hashes), so validating one taxonomy again costs nothing.
 */
import type { CompiledTaxonomy } from '../../../compile/types.js';
import type { TaxonomySchemaInput, TaxonomySchemaValidator } from '../../../dts/taxonomy-schemas.js';
import type { Finding } from '../../../findings.js';
import { tupleSchemaFindings } from '../concepts/tuples.js';

const cache = new Map<string, Finding[]>();
const CACHE_SIZE = 16;

/**
 * Findings of the taxonomy check (see the module comment), cached per DTS. The XML Schema part runs only with a
 * validator; the document-level tuple checks (`tupleSchemaFindings`) always run.
 */
export async function checkTaxonomyDocuments(
  taxonomy: CompiledTaxonomy,
  input: () => TaxonomySchemaInput,
  validator: TaxonomySchemaValidator | undefined,
): Promise<Finding[]> {
  const inp = input(); // also fills the documents' hashes the cache key needs (see src/validate/core.ts)
  const key = `${validator ? 'v' : '-'}\u0000${taxonomy.documents
    .map((d) => `${d.url}\u0001${d.hash ?? ''}`)
    .sort()
    .join('\u0000')}`;
  const hit = cache.get(key);
  if (hit) return [...hit];
  const out = [...(inp.notes ?? []), ...tupleSchemaFindings(taxonomy, inp.dtsSchemas)];
  if (validator && inp.documents.length > 0) {
    const [first, ...more] = inp.documents;
    out.push(...(await validator(first!, inp.schemas, inp.roots, { pruneUnusedElements: false, moreDocuments: more })));
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, out);
  return out;
}
