/**
 * A KvK example report package (NBA micro 2023, from ../shared/real/nl/kvk-ixbrl-2023) with the NT 2024 taxonomy
 * packages and --profile nl-inline-2024: the NL-KVK rules run end to end on the package, its extension taxonomy and
 * its DTS. The micro example follows the rules except for its file name ({base}-{lang}-{date} instead of
 * {base}-{date}-{lang}, base over 20 characters: two SHOULD warnings); its KvK formula assertions are evaluated and
 * satisfied, so NL-KVK.3.7.1.1/.2 report nothing.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/node.js';
import { SHARED, sharedPresent } from './suites.js';

const PKG = 'real/nl/kvk-ixbrl-2023/nba-micro-nl-inrichtingsjaarrekening-2023';

describe.skipIf(!sharedPresent(PKG) || !sharedPresent('real/nl/nt-2024'))(
  'KvK inline rules on the micro example (nl-inline-2024)',
  () => {
    it('reports the NL-KVK codes the example breaks, and no others', async () => {
      const nt = resolve(SHARED, 'real/nl/nt-2024');
      const packages = readdirSync(nt)
        .filter((f) => f.endsWith('_2024.zip'))
        .map((f) => join(nt, f));
      const r = await validate(resolve(SHARED, PKG), {
        packages,
        caches: [resolve(SHARED, 'xbrl-schemas'), resolve(SHARED, 'real/ifrs')],
        profile: 'nl-inline-2024',
        schemaValidation: false,
      });
      const nl = r.findings.filter((f) => f.code.startsWith('NL.'));
      const counts: Record<string, string> = {};
      for (const f of nl) counts[f.code] = f.severity;
      expect(counts).toEqual({
        'NL.NL-KVK.3.6.3.1.baseComponentInDocumentNameExceedsTwentyCharacters': 'warning',
        'NL.NL-KVK.3.6.3.2.documentNameDoesNotFollowNamingConvention': 'warning',
      });
      expect(r.findings.some((f) => f.code === 'sbr:formulaSummary')).toBe(true);
      expect(nl.find((f) => f.code.includes('3.6.3.1'))!.message).toContain('demicrobv-jaarrekening-nl-2023-12-31');
    }, 600_000);
  },
);
