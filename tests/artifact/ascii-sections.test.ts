/**
 * Artifact sections are written as ASCII-only JSON (compile.ts asciiJson: characters past U+007F as \u escapes), so
 * that Node reads them as one-byte strings without UTF-8 decoding (issue 14); a section written as UTF-8 JSON, as
 * earlier versions wrote them, reads to the same values. The demo taxonomy's Dutch labels get non-ASCII text here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { asciiJson, compileArtifact } from '../../src/artifact/compile.js';
import { NODE_READ_OPTIONS, Validator } from '../../src/artifact/node.js';
import { readArtifact } from '../../src/artifact/read.js';
import { Validator as CoreValidator } from '../../src/artifact/validator.js';
import type { ArtifactHeader } from '../../src/artifact/format.js';
import { Resolver } from '../../src/resolve/index.js';

const ROOT = resolve(__dirname, '../..');
const ENTRY = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');
const LAB_NL = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024-lab-nl.xml');
// two-byte, three-byte and four-byte (a surrogate pair) UTF-8
const LABEL = 'Omzetbelasting hoog tarief — één € 𝄞';

const resolver = Resolver.create({});
const labNl = readFileSync(LAB_NL, 'utf8').replace('>Omzetbelasting hoog tarief<', `>${LABEL}<`);
const compiled = compileArtifact([ENTRY], {
  read: (url) => (resolve(url) === LAB_NL ? new TextEncoder().encode(labNl) : resolver.read(url)),
});

/** The artifact with every JSON section rewritten as UTF-8 JSON and stored (what an earlier version wrote). */
async function asUtf8Sections(bytes: Uint8Array): Promise<Uint8Array> {
  const hlen = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as ArtifactHeader;
  const reader = await readArtifact(bytes, '', NODE_READ_OPTIONS);
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const s of header.sections) {
    const raw = reader.sectionBytes(s.name)!;
    const data = s.name.endsWith('Bytes')
      ? raw
      : new TextEncoder().encode(JSON.stringify(JSON.parse(new TextDecoder().decode(raw))));
    Object.assign(s, { offset, length: data.length, size: data.length, encoding: 'none' });
    parts.push(data);
    offset += data.length;
  }
  header.payloadLength = offset;
  const h = new TextEncoder().encode(JSON.stringify(header));
  const body = new Uint8Array(12 + h.length + offset);
  body.set(bytes.subarray(0, 12));
  new DataView(body.buffer).setUint32(8, h.length, true);
  body.set(h, 12);
  let at = 12 + h.length;
  for (const p of parts) {
    body.set(p, at);
    at += p.length;
  }
  const out = new Uint8Array(body.length + 32);
  out.set(body);
  out.set(sha256(body), body.length);
  return out;
}

const labelOf = (v: CoreValidator) => {
  const key = Object.keys(v.taxonomy.labels).find((k) => k.endsWith('}VatHighRate'))!;
  return v.taxonomy.labels[key]!['http://www.xbrl.org/2003/role/label']!['nl'];
};

describe('artifact sections in ASCII', () => {
  it('writes every JSON section as ASCII only, the label as \\u escapes', async () => {
    const reader = await readArtifact(compiled.bytes, '', NODE_READ_OPTIONS);
    for (const s of reader.header.sections) {
      if (s.name.endsWith('Bytes')) continue;
      const b = reader.sectionBytes(s.name)!;
      expect(b.every((x) => x < 0x80)).toBe(true);
    }
    const labels = new TextDecoder().decode(reader.sectionBytes('labels'));
    expect(labels).toContain('\\u2014 \\u00e9\\u00e9n \\u20ac \\ud834\\udd1e');
    expect(asciiJson({ t: LABEL })).toBe(
      '{"t":"Omzetbelasting hoog tarief \\u2014 \\u00e9\\u00e9n \\u20ac \\ud834\\udd1e"}',
    );
  });

  it('reads the label back as written, in Node and with the portable reader', async () => {
    expect(labelOf(await Validator.load(compiled.bytes))).toBe(LABEL);
    expect(labelOf(await CoreValidator.load(compiled.bytes))).toBe(LABEL);
  });

  it('reads an artifact of UTF-8 sections (an earlier version) to the same values', async () => {
    const old = await asUtf8Sections(compiled.bytes);
    const reader = await readArtifact(old, '', NODE_READ_OPTIONS);
    expect(new TextDecoder().decode(reader.sectionBytes('labels'))).toContain(LABEL);
    const a = await Validator.load(compiled.bytes);
    for (const v of [await Validator.load(old), await CoreValidator.load(old)]) {
      expect(labelOf(v)).toBe(LABEL);
      for (const s of a.header.sections)
        if (!s.name.endsWith('Bytes'))
          expect(JSON.stringify(v.section(s.name))).toBe(JSON.stringify(a.section(s.name)));
    }
  });
});
