/**
 * Validator artifacts (src/artifact): deterministic bytes, the committed JSON Schema, coded refusals of corrupt,
 * truncated, tampered and newer-format artifacts, and reuse of one Validator for many filings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { decodeSection, encodeSection } from '../../src/artifact/codec.js';
import { artifactSchema } from '../../src/artifact/schema.js';
import { FatalInputError } from '../../src/findings.js';
import { validate } from '../../src/validate/node.js';

const ROOT = resolve(__dirname, '../..');
const ENTRY = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');
const VALID = resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl');
const INVALID = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');

const compiled = compileArtifactFrom([ENTRY]);

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await Validator.load(bytes);
    return 'loaded';
  } catch (e) {
    if (e instanceof FatalInputError) return e.finding.code;
    throw e;
  }
}

describe('artifact format', () => {
  it('is byte-identical when compiled twice from the same inputs', () => {
    const again = compileArtifactFrom([ENTRY]).bytes;
    expect(bytesToHex(sha256(again))).toBe(bytesToHex(sha256(compiled.bytes)));
  });

  it('carries the entry points and the sha256 of every DTS document', () => {
    const h = compiled.header;
    expect(h.formatVersion).toBe(1);
    expect(h.taxonomy.entryPoints).toEqual([ENTRY]);
    const own = h.documents.find((d) => d.url === ENTRY)!;
    expect(own.sha256).toBe(bytesToHex(sha256(readFileSync(ENTRY))));
    expect(h.documents.length).toBe(11);
    expect(h.stats.labelLanguages).toEqual(['en', 'nl']);
  });

  it('stores concepts, networks and resources compactly and decodes them to the same objects, keys in the same order', () => {
    const t = compiled.loaded.taxonomy;
    for (const name of ['concepts', 'networks', 'resources'] as const) {
      const stored = encodeSection(name, t[name]) as { codec?: string };
      expect(stored.codec).toBe(`${name}/1`);
      expect(JSON.stringify(decodeSection(JSON.parse(JSON.stringify(stored))))).toBe(JSON.stringify(t[name]));
    }
  });

  it('freezes decoded relationships and resources as it makes them when asked (what the Validator asks)', async () => {
    const t = compiled.loaded.taxonomy;
    const decode = (name: 'networks' | 'resources', freeze?: boolean) =>
      decodeSection(JSON.parse(JSON.stringify(encodeSection(name, t[name]))), { freeze }) as object[];
    const nets = decode('networks', true) as { relationships: object[] }[];
    const res = decode('resources', true);
    expect(JSON.stringify(nets)).toBe(JSON.stringify(t.networks));
    expect([nets[0]!, nets[0]!.relationships, nets[0]!.relationships[0]!, res[0]!].map(Object.isFrozen)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const open = decode('networks') as { relationships: object[] }[];
    expect([Object.isFrozen(open[0]!.relationships[0]!), Object.isFrozen(decode('resources')[0]!)]).toEqual([
      false,
      false,
    ]);
    const validator = await Validator.load(compiled.bytes);
    expect(Object.isFrozen(validator.taxonomy.networks[0]!.relationships[0]!)).toBe(true);
  });

  it('has its JSON Schema committed as schemas/sbrv.schema.json', () => {
    expect(JSON.parse(readFileSync(resolve(ROOT, 'schemas/sbrv.schema.json'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(artifactSchema)),
    );
  });

  it('refuses truncated, corrupt, tampered and newer-format artifacts with coded errors', async () => {
    const b = compiled.bytes;
    expect(await refusal(b)).toBe('loaded');
    expect(await refusal(b.slice(0, b.length - 1))).toBe('sbr:artifactCorrupt');
    expect(await refusal(b.slice(0, 20))).toBe('sbr:artifactCorrupt');
    expect(
      await refusal(new TextEncoder().encode('<xbrl>not an artifact, but long enough to be read as one</xbrl>')),
    ).toBe('sbr:artifactCorrupt');
    const payload = b.slice();
    payload[payload.length - 100] ^= 1; // a payload byte
    expect(await refusal(payload)).toBe('sbr:artifactTampered');
    const hlen = new DataView(b.buffer, b.byteOffset).getUint32(8, true);
    const header = new TextDecoder().decode(b.subarray(12, 12 + hlen));
    const i = header.indexOf('"sha256":"') + 10;
    const forged = b.slice();
    forged[12 + i] = header[i] === 'a' ? 0x62 : 0x61; // a document hash digit: still a valid header
    expect(await refusal(forged)).toBe('sbr:artifactTampered');
    const broken = b.slice();
    broken[12] = 0x5b; // '{' -> '[': header not JSON of the right shape
    expect(await refusal(broken)).toBe('sbr:artifactCorrupt');
    const newer = b.slice();
    newer[4] = 2;
    expect(await refusal(newer)).toBe('sbr:artifactVersion');
    await expect(Validator.load(resolve(ROOT, 'no-such.sbrv'))).rejects.toMatchObject({
      finding: { code: 'sbr:artifactNotFound' },
    });
  });
});

describe('Validator', () => {
  it('validates many filings with one loaded artifact, as live discovery does', async () => {
    const validator = await Validator.load(compiled.bytes);
    for (const file of [INVALID, VALID, INVALID]) {
      for (const lang of ['en', 'nl']) {
        const live = await validate(file, { lang });
        const viaArtifact = await validator.validate(file, { lang });
        expect(viaArtifact.findings).toEqual(live.documents[0]!.findings);
      }
    }
    const r = await validator.validate(INVALID);
    expect(r.valid).toBe(false);
    expect(r.findings.map((f) => f.code)).toContain('xbrl.5.2.5.2:calcInconsistency');
  });

  it('keeps the compiled taxonomy immutable', async () => {
    const validator = await Validator.load(compiled.bytes);
    await validator.validate(VALID);
    expect(Object.isFrozen(validator.taxonomy)).toBe(true);
    expect(Object.isFrozen(validator.taxonomy.concepts)).toBe(true);
    expect(Object.isFrozen(Object.values(validator.taxonomy.concepts)[0])).toBe(true);
    expect(Object.isFrozen(validator.taxonomy.networks[0]!.relationships)).toBe(true);
  });

  it('refuses a filing whose DTS is only part of the compiled one', async () => {
    // the XBRL instance schema is a compiled document, but its DTS lacks the demo taxonomy's documents
    const validator = await Validator.load(compiled.bytes);
    expect(() =>
      validator.taxonomySource().load([{ href: 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd' }]),
    ).toThrow(/of the 11 documents compiled into the validator/);
  });
});
