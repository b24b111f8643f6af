/**
 * The compiled enumeration model in a validator artifact: the `enumerations` section carries the domains of allowed
 * values, a filing gives the same enumeration findings with the artifact as with live discovery, and a company
 * extension that adds a member to a base domain is layered on the artifact with the domain recomputed (the member is
 * allowed). Needs the shared standard-schema cache (skipped without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileArtifact } from '../../../src/artifact/compile.js';
import { Validator } from '../../../src/artifact/validator.js';
import type { EnumerationModel } from '../../../src/compile/enumerations.js';
import type { Finding } from '../../../src/findings.js';
import { liveTaxonomySource, validateBytes } from '../../../src/validate/core.js';
import { Resolver } from '../../../src/resolve/index.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CACHE = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared', 'xbrl-schemas');
const present = existsSync(resolve(CACHE, 'www.xbrl.org/2020/extensible-enumerations-2.0.xsd'));
const fx = (p: string) => resolve(REPO, 'fixtures/enum/enum2', p);
const brief = (fs: Finding[]) => fs.map((f) => `${f.line} ${f.code} ${f.message}`);

describe.skipIf(!present)('enumerations in a validator artifact', () => {
  const resolver = Resolver.create({ caches: [CACHE] });
  const compiled = compileArtifact([fx('taxonomy.xsd')], resolver);

  it('has an enumerations section with the domains of allowed values', async () => {
    expect(compiled.header.sections.map((s) => s.name)).toContain('enumerations');
    const v = await Validator.load(compiled.bytes);
    const e = v.taxonomy.enumerations as EnumerationModel;
    expect(e.concepts['{http://example.com/enum2}LegalForm']).toEqual({
      version: 2,
      set: false,
      headUsable: false,
      domainQName: 'e:LegalFormDomain',
      domain: '{http://example.com/enum2}LegalFormDomain',
      linkrole: 'http://example.com/enum2/role/LegalForms',
      members: [
        '{http://example.com/enum2}BV',
        '{http://example.com/enum2}Cooperative',
        '{http://example.com/enum2}NV',
        '{http://example.com/enum2}OtherForms',
      ],
    });
    expect(e.concepts['{http://example.com/enum2}ParentLegalForm']!.members).toContain(
      '{http://example.com/enum2}LegalFormDomain',
    );
    expect(e.types).toEqual({
      '{http://example.com/enum2}LegalFormItemType': { version: 2, set: false },
      '{http://xbrl.org/2020/extensible-enumerations-2.0}enumerationItemType': { version: 2, set: false },
      '{http://xbrl.org/2020/extensible-enumerations-2.0}enumerationSetItemType': { version: 2, set: true },
    });
  });

  it('gives the same findings as live discovery', async () => {
    const v = await Validator.load(compiled.bytes);
    for (const name of ['invalid.xbrl', 'valid.xbrl']) {
      const bytes = new Uint8Array(readFileSync(fx(name)));
      const live = await validateBytes(fx(name), bytes, liveTaxonomySource(resolver));
      const art = await v.validate({ url: fx(name), bytes }, { documents: resolver });
      expect(brief(art.findings)).toEqual(brief(live.findings));
    }
  });

  it('layers an extension that adds a member to a base domain (extension/filing.xbrl)', async () => {
    const v = await Validator.load(compiled.bytes);
    const file = fx('extension/filing.xbrl');
    const bytes = new Uint8Array(readFileSync(file));
    const art = await v.validate({ url: file, bytes }, { documents: resolver });
    const live = await validateBytes(file, bytes, liveTaxonomySource(resolver));
    const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
    expect(brief(errors(art.findings))).toEqual(brief(errors(live.findings)));
    expect(errors(art.findings).map((f) => `${f.line} ${f.code}`)).toEqual(['13 enum2ie:InvalidEnumerationValue']);
    expect(art.findings[0]!.message).toContain(
      'Allowed are: http://example.com/enum2-ext#Partnership, http://example.com/enum2#BV',
    );
  });
});
