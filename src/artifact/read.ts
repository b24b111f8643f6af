/**
 * Reading a validator artifact: checks in the order that gives the most telling refusal — size and magic
 * (`sbr:artifactCorrupt`), container and compiled-format versions (`sbr:artifactVersion`), the header against the JSON
 * Schema (`sbr:artifactCorrupt`: schema.ts `isArtifactHeader`, with ajv's message when it fails), the length the header
 * announces (truncation: `sbr:artifactCorrupt`), then the sha256 trailer over header and payload
 * (`sbr:artifactTampered`). Sections are decoded on first use. Node-free.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { inflateSync } from 'fflate';
import { COMPILED_FORMAT_VERSION } from '../compile/types.js';
import {
  ARTIFACT_FORMAT_VERSION,
  hasArtifactMagic,
  artifactError,
  FIXED_PREFIX,
  TRAILER,
  type ArtifactHeader,
  type SectionEntry,
} from './format.js';
import { isArtifactHeader } from './schema.js';
import type { MessageParams } from '../findings.js';

export const REQUIRED_SECTIONS = [
  'concepts',
  'types',
  'roleTypes',
  'arcroleTypes',
  'networks',
  'resources',
  'labels',
  'findings',
  'ruleFindings',
  'layering',
  'schemaIndex',
  'schemaBytes',
];

export interface ArtifactReader {
  header: ArtifactHeader;
  /** Decoded bytes of a section (undefined when the artifact has no such section). @throws sbr:artifactCorrupt */
  sectionBytes(name: string): Uint8Array | undefined;
  /** Parsed JSON of a section. @throws sbr:artifactCorrupt */
  sectionJson<T>(name: string): T | undefined;
}

/** Options of `readArtifact`. */
export interface ReadOptions {
  /**
   * Raw DEFLATE (RFC 1951) of a section: `raw` inflated to exactly `size` bytes (throws on bad data). Default fflate's
   * (pure JavaScript, runs anywhere); Node passes zlib's `inflateRawSync`, several times faster (src/artifact/node.ts).
   */
  inflate?: (raw: Uint8Array, size: number) => Uint8Array;
  /**
   * A section's JSON bytes (UTF-8) as a string. Default `TextDecoder`; Node passes one that takes the ASCII-only
   * sections this version writes (compile.ts `asciiJson`) as a one-byte string without decoding (src/artifact/node.ts).
   */
  text?: (bytes: Uint8Array) => string;
}

const fflateInflate = (raw: Uint8Array, size: number): Uint8Array => inflateSync(raw, { out: new Uint8Array(size) });

async function digest(body: Uint8Array): Promise<Uint8Array> {
  const subtle = (globalThis as { crypto?: { subtle?: { digest(a: string, d: Uint8Array): Promise<ArrayBuffer> } } })
    .crypto?.subtle;
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', body));
  return sha256(body);
}

/**
 * Checks an artifact's envelope and integrity and returns a reader of its sections.
 * @param file name for messages
 * @throws FatalInputError `sbr:artifactCorrupt`, `sbr:artifactVersion`, `sbr:artifactTampered`
 */
export async function readArtifact(input: Uint8Array, file = '', options: ReadOptions = {}): Promise<ArtifactReader> {
  const inflate = options.inflate ?? fflateInflate;
  // a private copy: what was checked cannot change afterwards (the caller's buffer, or a SharedArrayBuffer other threads see)
  const bytes = input.slice();
  /** `sbr:artifactCorrupt` with the variant `k` of why (src/messages/en-app.ts). */
  const corrupt = (k: string, params: MessageParams = {}) => artifactError('artifactCorrupt', { k, ...params }, file);
  if (bytes.length < FIXED_PREFIX + TRAILER) throw corrupt('short', { size: bytes.length });
  if (!hasArtifactMagic(bytes)) throw corrupt('magic');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint16(4, true);
  if (version === 0) throw corrupt('version0');
  if (version > ARTIFACT_FORMAT_VERSION) {
    throw artifactError('artifactVersion', { k: 'format', version, max: ARTIFACT_FORMAT_VERSION }, file);
  }
  const hlen = dv.getUint32(8, true);
  if (FIXED_PREFIX + hlen + TRAILER > bytes.length) throw corrupt('headerPastEnd');
  let header: ArtifactHeader;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(FIXED_PREFIX, FIXED_PREFIX + hlen)),
    ) as ArtifactHeader;
  } catch (e) {
    throw corrupt('headerJson', { reason: (e as Error).message });
  }
  if (!isArtifactHeader(header)) {
    // ajv only now, for its message (a sound header never loads it: issue 14); it agrees with the hand check
    const why = (await import('./schema-ajv.js')).headerSchemaError(header);
    if (why !== undefined) throw corrupt('headerSchema', { reason: why });
  }
  if (header.formatVersion !== version)
    throw corrupt('versionDiffers', { header: header.formatVersion, prefix: version });
  if (header.compiledFormatVersion > COMPILED_FORMAT_VERSION) {
    throw artifactError(
      'artifactVersion',
      { k: 'compiled', version: header.compiledFormatVersion, max: COMPILED_FORMAT_VERSION },
      file,
    );
  }
  const payloadStart = FIXED_PREFIX + hlen;
  const expected = payloadStart + header.payloadLength + TRAILER;
  if (bytes.length !== expected) throw corrupt('length', { size: bytes.length, expected });
  const body = bytes.subarray(0, expected - TRAILER);
  const sum = await digest(body);
  const trailer = bytes.subarray(expected - TRAILER);
  for (let i = 0; i < TRAILER; i++) {
    if (sum[i] !== trailer[i]) throw artifactError('artifactTampered', {}, file);
  }
  const byName = new Map<string, SectionEntry>();
  for (const s of header.sections) {
    if (s.offset + s.length > header.payloadLength) throw corrupt('sectionOutside', { section: s.name });
    byName.set(s.name, s);
  }
  for (const r of REQUIRED_SECTIONS) if (!byName.has(r)) throw corrupt('sectionMissing', { section: r });

  const sectionBytes = (name: string): Uint8Array | undefined => {
    const s = byName.get(name);
    if (!s) return undefined;
    const raw = bytes.subarray(payloadStart + s.offset, payloadStart + s.offset + s.length);
    if (s.encoding === 'none') return raw;
    try {
      const out = inflate(raw, s.size);
      if (out.length !== s.size) throw new Error(`${out.length} bytes instead of ${s.size}`);
      return out;
    } catch (e) {
      throw corrupt('sectionInflate', { section: name, reason: (e as Error).message });
    }
  };
  const decoder = new TextDecoder();
  const text = options.text ?? ((b: Uint8Array) => decoder.decode(b));
  return {
    header,
    sectionBytes,
    sectionJson<T>(name: string): T | undefined {
      const b = sectionBytes(name);
      if (!b) return undefined;
      try {
        return JSON.parse(text(b)) as T;
      } catch (e) {
        throw corrupt('sectionJson', { section: name, reason: (e as Error).message });
      }
    },
  };
}
