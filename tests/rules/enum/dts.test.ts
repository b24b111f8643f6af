/** `sbr dts` lines for enumeration concepts (src/report/dts.ts) on the Extensible Enumerations 2.0 fixture. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverAndCompile } from '../../../src/validate/core.js';
import { formatDtsText, summarizeDts } from '../../../src/report/dts.js';
import { Resolver } from '../../../src/resolve/index.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CACHE = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared', 'xbrl-schemas');
const present = existsSync(resolve(CACHE, 'www.xbrl.org/2020/extensible-enumerations-2.0.xsd'));

describe.skipIf(!present)('sbr dts: enumeration concepts', () => {
  it('prints each enumeration concept with its domain head, linkrole and member count', () => {
    const { taxonomy } = discoverAndCompile(
      [{ href: resolve(REPO, 'fixtures/enum/enum2/taxonomy.xsd') }],
      Resolver.create({ caches: [CACHE] }),
    );
    const s = summarizeDts(taxonomy);
    expect(s.enumerations?.map((e) => `${e.label} ${e.set} ${e.members}`)).toEqual([
      'Activities true 3',
      'LegalForm false 4',
      'ParentLegalForm false 5',
    ]);
    const text = formatDtsText(s);
    expect(text).toContain('Enumeration concepts: 3 (');
    expect(text).toContain(
      '  ParentLegalForm: enum2:enumerationItemType, domain LegalFormDomain (head usable), linkrole http://example.com/enum2/role/LegalForms: 5 member(s)',
    );
  });
});
