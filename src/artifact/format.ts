/**
 * The validator artifact container (`.sbrv`): one file that carries a compiled taxonomy, so that filings can be
 * validated without the taxonomy's documents. Node-free (runs in a browser).
 *
 * Layout (all integers little-endian):
 *
 * | bytes          | what |
 * |----------------|------|
 * | 0..3           | magic `SBRV` |
 * | 4..5           | container format version (u16), `ARTIFACT_FORMAT_VERSION` |
 * | 6..7           | reserved, 0 |
 * | 8..11          | header length H (u32) |
 * | 12..12+H       | header: canonical JSON (UTF-8, sorted keys), described by `schemas/sbrv.schema.json` |
 * | then           | payload: the sections one after another, as the header's `sections` place them |
 * | last 32        | sha256 of every byte before it (header and payload): tampering and truncation show here |
 *
 * A section is the JSON of one part of the compiled taxonomy (or of the artifact's own data), in ASCII (characters
 * past U+007F as `\uXXXX` escapes, compile.ts `asciiJson`; readers take UTF-8, which earlier writers used), deflated
 * when that pays (`encoding: "deflate"`, raw DEFLATE via fflate) or stored (`"none"`); `schemaBytes` holds the raw bytes of
 * the DTS schemas (for XML Schema validation), indexed by the `schemaIndex` section; the optional `supportBytes` /
 * `supportIndex` likewise hold standard documents outside the DTS (compile.ts SUPPORT_DOCUMENTS); the optional
 * `schemaSets` (`{ clean: [digest, ...] }`, written by `sbr compile`: node.ts `recordCleanSchemaSet`) names the schema
 * sets found covered by the schema-validity proof and validated whole without any finding. An artifact without it
 * (compileArtifact alone, an earlier version) is read as before.
 */
import { FatalInputError, type MessageParams } from '../findings.js';
import { paramFinding } from '../messages/index.js';

export const ARTIFACT_MAGIC = 'SBRV';

/** True when `bytes` start with the artifact's magic (`SBRV`, the fixed prefix above): a validator artifact, or a damaged one. */
export function hasArtifactMagic(bytes: Uint8Array): boolean {
  return bytes.length >= ARTIFACT_MAGIC.length && [...ARTIFACT_MAGIC].every((c, i) => bytes[i] === c.charCodeAt(0));
}
/** Container format version written and the newest one this code reads. */
export const ARTIFACT_FORMAT_VERSION = 1;
export const FIXED_PREFIX = 12;
export const TRAILER = 32;

export interface SectionEntry {
  name: string;
  /** Offset in the payload (bytes after the header). */
  offset: number;
  /** Stored length in bytes. */
  length: number;
  /** Length after decoding. */
  size: number;
  encoding: 'deflate' | 'none';
}

export interface ArtifactPackage {
  identifier?: string;
  name?: string;
  version?: string;
  /** File name of the package zip (no folder: artifacts do not depend on where packages were). */
  file?: string;
}

export interface ArtifactDocument {
  url: string;
  kind: 'schema' | 'linkbase' | 'other';
  targetNamespace?: string;
  /** sha256 of the document bytes, hex. */
  sha256: string;
}

export interface ArtifactHeader {
  format: 'sbr-validator-artifact';
  formatVersion: number;
  /** `COMPILED_FORMAT_VERSION` of the compiled taxonomy inside. */
  compiledFormatVersion: number;
  taxonomy: { entryPoints: string[]; packages: ArtifactPackage[] };
  documents: ArtifactDocument[];
  sections: SectionEntry[];
  payloadLength: number;
  stats: { concepts: number; relationships: number; labelLanguages: string[] };
  /** The Dutch filing-rule profile (`sbr profiles`) the artifact was compiled for: `Validator.validate` applies it by default. */
  profile?: string;
}

/**
 * A coded refusal of an artifact: `sbr:artifactCorrupt`, `sbr:artifactTampered`, `sbr:artifactVersion`,
 * `sbr:artifactMismatch`, `sbr:artifactNotFound`, its message rendered from `params` (the shapes of
 * src/messages/en-app.ts; `file` is added to them when given).
 */
export function artifactError(
  code: 'artifactCorrupt' | 'artifactTampered' | 'artifactVersion' | 'artifactMismatch' | 'artifactNotFound',
  params: MessageParams,
  file = '',
): FatalInputError {
  return new FatalInputError(paramFinding(`sbr:${code}`, 'error', file ? { file, ...params } : params, { file }));
}

/** JSON with object keys sorted (for the header: same content, same bytes). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** Concatenates byte arrays. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
