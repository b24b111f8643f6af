/**
 * Extensible Enumerations 1.0 and 2.0 on the fixtures in fixtures/enum/ (written from the specifications' rules):
 * each rule passes on the valid instances and fails, with its code at the line the fixture announces, on the invalid
 * ones, for XBRL 2.1 instances and for Inline XBRL documents. The enumeration schemas (and the DTR types 2.0 imports)
 * come from the shared standard-schema cache; without it the tests are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/findings.js';
import { validateInlineInput } from '../../../src/ixbrl/inline.js';
import { liveTaxonomySource, validateBytes, validateParsed } from '../../../src/validate/core.js';
import { Resolver } from '../../../src/resolve/index.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CACHE = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared', 'xbrl-schemas');
const present = existsSync(resolve(CACHE, 'www.xbrl.org/2020/extensible-enumerations-2.0.xsd'));
if (!present) console.warn(`SKIPPED: ${CACHE} is absent (set SBR_SHARED to the shared data folder)`);
const fixture = (p: string) => resolve(REPO, 'fixtures/enum', p);
const read = (p: string) => new Uint8Array(readFileSync(p));

async function findings(rel: string): Promise<Finding[]> {
  const resolver = Resolver.create({ caches: [CACHE] });
  const file = fixture(rel);
  if (file.endsWith('.xhtml')) {
    const rs = await validateInlineInput(
      file,
      resolver,
      read,
      (u, b, d, res) => validateParsed(u, b, d, liveTaxonomySource(res)),
      {},
      { xhtmlSchemaValidation: false },
    );
    return rs.flatMap((r) => r.findings);
  }
  return (await validateBytes(file, read(file), liveTaxonomySource(resolver))).findings;
}

/** `line code` of the findings of the enumeration rules (and of any error at all, so that a stray one shows). */
const lines = (fs: Finding[]) =>
  fs
    .filter(
      (f) =>
        f.code.startsWith('enum') ||
        f.code === 'sbr:enumerationDomainEmpty' ||
        (f.severity === 'error' && f.code !== 'xmlSchema:valueError'),
    )
    .map((f) => `${f.line} ${f.code}`)
    .sort();

describe.skipIf(!present)('Extensible Enumerations 2.0 (fixtures/enum/enum2)', () => {
  it('valid.xbrl: members, a targetRole member, headUsable, a sorted set and the empty set pass', async () => {
    const fs = await findings('enum2/valid.xbrl');
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('invalid.xbrl: section 6.1 codes at the announced lines', async () => {
    const fs = await findings('enum2/invalid.xbrl');
    expect(lines(fs)).toEqual([
      '20 enum2ie:InvalidEnumerationValue',
      '22 enum2ie:InvalidEnumerationValue',
      '24 enum2ie:InvalidEnumerationValue',
      '26 enum2ie:InvalidEnumerationValue',
      '28 enum2ie:InvalidEnumerationSetValue',
      '30 enum2ie:RepeatedEnumerationSetValue',
      '32 enum2ie:InvalidEnumerationSetOrder',
    ]);
    const first = fs.find((f) => f.line === 20)!;
    // names the fact, the value and the allowed members with their labels, as they must be written
    expect(first.message).toContain('LegalForm (context c1) has the value "http://example.com/enum2#Unrelated"');
    expect(first.message).toContain(
      'Allowed are: http://example.com/enum2#BV (Private limited company), http://example.com/enum2#Cooperative, http://example.com/enum2#NV, http://example.com/enum2#OtherForms.',
    );
    expect(first.spec).toBe('Extensible Enumerations 2.0 section 6.1');
    expect(fs.find((f) => f.line === 28)!.message).toContain(
      '"http://example.com/other#Wholesale", which is not a member',
    );
    expect(fs.find((f) => f.line === 32)!.message).toContain(
      'write them in lexicographic order: http://example.com/enum2#Retail http://example.com/enum2#Wholesale',
    );
  });

  it('taxonomy-errors.xsd: section 4 constraints; facts of broken declarations are not checked again', async () => {
    const fs = await findings('enum2/taxonomy-errors.xbrl');
    expect(lines(fs)).toEqual([
      '11 enum2ie:InvalidEnumerationValue', // WrongLinkRole: its domain of allowed values is empty
      '22 enum2te:MissingDomainError',
      '24 enum2te:InvalidDomainError',
      '26 enum2te:InvalidDomainError',
      '28 enum2te:InvalidDomainError',
      '30 enum2te:MissingLinkRoleError',
      '32 sbr:enumerationDomainEmpty',
    ]);
    expect(fs.find((f) => f.line === 24)!.message).toContain('x:Cube, is a hypercube');
    expect(fs.find((f) => f.line === 28)!.message).toContain('nope:LegalFormDomain, cannot be resolved');
    expect(fs.find((f) => f.line === 32)!.severity).toBe('warning');
  });

  it('inline-valid.xhtml: values split over markup, ixt:fixed-empty for the empty set', async () => {
    const fs = await findings('enum2/inline-valid.xhtml');
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('inline-invalid.xhtml: codes at the ix:nonNumeric lines', async () => {
    const fs = await findings('enum2/inline-invalid.xhtml');
    expect(lines(fs)).toEqual([
      '22 enum2ie:InvalidEnumerationValue',
      '23 enum2ie:InvalidEnumerationValue',
      '24 enum2ie:InvalidEnumerationSetValue',
      '25 enum2ie:InvalidEnumerationSetOrder',
      '25 enum2ie:RepeatedEnumerationSetValue',
    ]);
    expect(fs.find((f) => f.line === 23 && f.code.startsWith('enum2'))!.message).toContain('has an empty value');
    expect(fs.every((f) => f.file.endsWith('inline-invalid.xhtml'))).toBe(true);
  });
});

describe.skipIf(!present)('Extensible Enumerations 1.0 (fixtures/enum/enum1)', () => {
  it('valid.xbrl: QName values with any prefix or the default namespace pass', async () => {
    const fs = await findings('enum1/valid.xbrl');
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('invalid.xbrl: enumie:InvalidFactValue at the announced lines', async () => {
    const fs = await findings('enum1/invalid.xbrl');
    expect(lines(fs)).toEqual(['17', '19', '21', '23', '25'].map((l) => `${l} enumie:InvalidFactValue`));
    expect(fs.find((f) => f.line === 17)!.message).toContain(
      'Allowed are: e:BV (Private limited company), e:Cooperative, e:NV, e:OtherForms.',
    );
    expect(fs.find((f) => f.line === 17)!.spec).toBe('Extensible Enumerations 1.0 section 3');
    expect(fs.find((f) => f.line === 25 && f.code.startsWith('enumie'))!.message).toContain(
      'not a QName whose prefix is declared',
    );
  });

  it('taxonomy-errors.xsd: section 2 constraints (enum2: attributes do not count on a 1.0 concept)', async () => {
    const fs = await findings('enum1/taxonomy-errors.xbrl');
    expect(lines(fs)).toEqual([
      '21 enumte:MissingDomainError',
      '23 enumte:InvalidDomainError',
      '25 enumte:InvalidDomainError',
      '27 enumte:MissingLinkRoleError',
      '29 enumte:MissingDomainError',
      '29 enumte:MissingLinkRoleError',
    ]);
    expect(fs.find((f) => f.line === 23)!.message).toContain('x:Group, is a tuple');
    expect(fs.find((f) => f.line === 25)!.message).toContain('x:Dim, is a dimension');
  });

  it('inline-valid.xhtml / inline-invalid.xhtml', async () => {
    expect((await findings('enum1/inline-valid.xhtml')).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lines(await findings('enum1/inline-invalid.xhtml'))).toEqual([
      '22 enumie:InvalidFactValue',
      '23 enumie:InvalidFactValue',
    ]);
  });
});
