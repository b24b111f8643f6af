/**
 * The compiled taxonomy of a validator artifact (`.sbrv`) as plain, unfrozen data for the diff. `Validator` deep-freezes
 * every section it decodes (it is shared between validations and threads); a diff reads each section once, so it
 * decodes them directly, which for a KvK artifact takes about a quarter of the time. Node-free.
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { decodeSection } from '../artifact/codec.js';
import { readArtifact } from '../artifact/read.js';

/** Sections that are not part of the compiled taxonomy (artifact/compile.ts writes every other taxonomy key as a section). */
const NOT_TAXONOMY = new Set(['ruleFindings', 'layering', 'schemaIndex', 'schemaBytes', 'supportIndex', 'supportBytes']);

/** True when the bytes start with the artifact magic `SBRV`. */
export function isArtifactBytes(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x53 && bytes[1] === 0x42 && bytes[2] === 0x52 && bytes[3] === 0x56;
}

/**
 * Reads the compiled taxonomy of an artifact after checking its envelope and sha256 (artifact/read.ts).
 * @param file name for messages
 * @throws FatalInputError `sbr:artifactCorrupt`, `sbr:artifactVersion`, `sbr:artifactTampered`
 */
export async function taxonomyOfArtifact(bytes: Uint8Array, file = ''): Promise<CompiledTaxonomy> {
  const reader = await readArtifact(bytes, file);
  const h = reader.header;
  const t: Record<string, unknown> = {
    formatVersion: h.compiledFormatVersion,
    entryPoints: [...h.taxonomy.entryPoints],
    documents: h.documents.map((d) => {
      const x: CompiledTaxonomy['documents'][number] = { url: d.url, kind: d.kind, hash: d.sha256 };
      if (d.targetNamespace !== undefined) x.targetNamespace = d.targetNamespace;
      return x;
    }),
  };
  for (const { name } of h.sections) {
    if (NOT_TAXONOMY.has(name)) continue;
    const v = reader.sectionJson(name);
    if (v !== undefined) t[name] = decodeSection(v);
  }
  return t as unknown as CompiledTaxonomy;
}
