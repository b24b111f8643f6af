/**
 * The KvK Inline XBRL sample report packages (shared data, read in place; skipped when absent): each validates end to
 * end, and its extracted instance re-validated as a plain XBRL instance gives the same findings as the inline path.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInput } from '../../src/ixbrl/inline.js';
import { Resolver } from '../../src/resolve/index.js';
import { readInput, validate } from '../../src/validate/node.js';
import { FatalInputError, type Finding } from '../../src/findings.js';
import { NT2024, SHARED, XBRL_SCHEMAS, sharedAvailable, tmp } from '../resolve/helpers.js';

const KVK = join(SHARED, 'real/nl/kvk-ixbrl-2023');
const IFRS = join(SHARED, 'real/ifrs');
const have = sharedAvailable('KvK Inline XBRL samples', KVK) && sharedAvailable('NT 2024 packages', NT2024);
const packages = have ? readdirSync(KVK).sort() : [];
const ntZips = have
  ? [...readdirSync(NT2024).filter((z) => z.endsWith('_2024.zip')), 'wnt_taxonomie_2024.zip'].map((z) =>
      join(NT2024, z),
    )
  : [];
const key = (f: Finding) => `${f.severity} ${f.code} ${f.message}`;

describe.skipIf(!have)('KvK Inline XBRL report packages', () => {
  for (const p of packages) {
    it(`${p}: inline and extracted instance give the same findings`, async () => {
      const caches = [XBRL_SCHEMAS, ...(p.includes('ifrs') && existsSync(IFRS) ? [IFRS] : [])];
      const resolver = Resolver.create({ packages: ntZips, caches });
      const inline = await validate(join(KVK, p), { resolver });
      expect(inline.documents.length).toBeGreaterThan(0);
      expect(inline.documents[0]!.stats.facts).toBeGreaterThan(0);
      expect(inline.findings.every((f) => !f.code.startsWith('ix11') && !f.code.startsWith('ixTransform'))).toBe(true);
      const { instances } = await extractInput(join(KVK, p), readInput);
      const dir = mkdtempSync(join(tmpdir(), 'sbr-kvk-'));
      const file = join(dir, 'extracted.xbrl');
      writeFileSync(file, instances[0]!.xml);
      // the report package's catalog (extension taxonomy) is needed for the plain instance too
      const withPkg = existsSync(join(KVK, p, 'META-INF/taxonomyPackage.xml'))
        ? resolver.withPackages([join(KVK, p)])
        : resolver;
      const plain = await validate(file, { resolver: withPkg });
      // A document of the set without ix markup (de-other-gaap's German copy of the report) is a warning of the
      // inline path only (issue 11 item 10): the extracted instance has no such document.
      const plainMember = inline.findings.filter((f) => f.code === 'sbr:documentWithoutInlineXbrl');
      expect(plainMember.map((f) => f.file!.split('/').pop())).toEqual(
        p === 'jaarrekening-de-other-gaap-2023' ? ['beispielgmbh-jahresabschluss-de-2023-12-31.html'] : [],
      );
      expect(plain.findings.map(key).sort()).toEqual(
        inline.findings
          .filter((f) => f.code !== 'sbr:documentWithoutInlineXbrl')
          .map(key)
          .sort(),
      );
      expect(plain.documents[0]!.stats.facts).toBe(inline.documents[0]!.stats.facts);
    }, 300_000);
  }

  it('refuses a report package that expands past the limit, before reading a report', async () => {
    const p = join(tmp(), 'bomb.xbri');
    const { zipSync, strToU8 } = await import('fflate');
    writeFileSync(
      p,
      zipSync({
        'r/META-INF/reportPackage.json': [
          strToU8('{"documentInfo":{"documentType":"https://xbrl.org/report-package/2023/xbri"}}'),
          {},
        ],
        'r/reports/x.html': [new Uint8Array(4 << 20), { level: 9 }],
      }),
    );
    await expect(validate(p, { maxPackageBytes: 1 << 20 })).rejects.toSatisfy(
      (e: unknown) => e instanceof FatalInputError && e.finding.code === 'sbr:zipBomb',
    );
  });
});
