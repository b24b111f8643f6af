/**
 * The compiled taxonomy of a validator artifact (`.sbrv`) as plain, unfrozen data for the diff. `Validator` deep-freezes
 * every section it decodes (it is shared between validations and threads); a diff reads each section once, so it
 * decodes them directly. Node-free; Node callers pass zlib's raw inflate (native, several times faster than fflate on
 * the 18 MB of a KvK artifact's sections).
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { decodeSection } from '../artifact/codec.js';
import { artifactError, FIXED_PREFIX } from '../artifact/format.js';
import { readArtifact } from '../artifact/read.js';

/** Sections that are not part of the compiled taxonomy (artifact/compile.ts writes every other taxonomy key as a section). */
const NOT_TAXONOMY = new Set([
  'ruleFindings',
  'layering',
  'schemaIndex',
  'schemaBytes',
  'supportIndex',
  'supportBytes',
]);

/** True when the bytes start with the artifact magic `SBRV`. */
export function isArtifactBytes(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x53 && bytes[1] === 0x42 && bytes[2] === 0x52 && bytes[3] === 0x56;
}

/** Raw DEFLATE (RFC 1951) decompression of one section into `size` bytes. */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

/**
 * Reads the compiled taxonomy of an artifact after checking its envelope and sha256 (artifact/read.ts).
 * @param file name for messages
 * @param inflate raw-deflate decompressor (default: the artifact reader's own, fflate)
 * @throws FatalInputError `sbr:artifactCorrupt`, `sbr:artifactVersion`, `sbr:artifactTampered`
 */
export async function taxonomyOfArtifact(input: Uint8Array, file = '', inflate?: Inflate): Promise<CompiledTaxonomy> {
  const reader = await readArtifact(input, file);
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
  // readArtifact checked the whole file (lengths, section bounds, sha256); sections lie after the header
  const payloadStart = FIXED_PREFIX + new DataView(input.buffer, input.byteOffset, input.byteLength).getUint32(8, true);
  const decoder = new TextDecoder();
  for (const s of h.sections) {
    if (NOT_TAXONOMY.has(s.name)) continue;
    let v: unknown;
    if (inflate && s.encoding === 'deflate') {
      try {
        const out = inflate(input.subarray(payloadStart + s.offset, payloadStart + s.offset + s.length), s.size);
        if (out.length !== s.size) throw new Error(`${out.length} bytes instead of ${s.size}`);
        v = JSON.parse(decoder.decode(out));
      } catch (e) {
        throw artifactError(
          'artifactCorrupt',
          { k: 'sectionDecode', section: s.name, reason: (e as Error).message },
          file,
        );
      }
    } else v = reader.sectionJson(s.name);
    if (v !== undefined) t[s.name] = decodeSection(v);
  }
  return t as unknown as CompiledTaxonomy;
}
