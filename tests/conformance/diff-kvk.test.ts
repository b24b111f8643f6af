/**
 * Taxonomy diff on real data: KvK NL-GAAP 2024-03-31 against 2025-03-31 (with the jenv and rj 2024 packages, as the
 * 2025 KvK entry point imports them) from ../shared. The 2025 release only moves the kvk-cor namespace (and the entry
 * point's own namespace) to the 2025 date: 15 concepts renamed, nothing else (its 13 formula assertions unchanged). The same summary must come from the
 * compiled artifacts as from live discovery, a taxonomy against itself gives an empty diff, and each of the six KvK
 * 2023 sample reports has exactly one fact (its kvk-cor:LegalEntitySize* fact) to move to the new namespace; NEW's
 * assertions run on each filing translated to NEW's names fail exactly where the 2024 ones fail on it.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom } from '../../src/artifact/node.js';
import { taxonomyOfArtifact } from '../../src/diff/artifact.js';
import { diffTaxonomies } from '../../src/diff/diff.js';
import { filingImpact } from '../../src/diff/filing.js';
import { loadFiling } from '../../src/diff/node.js';
import type { CompiledTaxonomy } from '../../src/compile/types.js';
import { SHARED, sharedPresent } from './suites.js';

const NT = resolve(SHARED, 'real/nl/nt-2024');
const SAMPLES = resolve(SHARED, 'real/nl/kvk-ixbrl-2023');
const present = sharedPresent('real/nl/nt-2024/kvk_taxonomy_2025.zip') && sharedPresent('real/nl/kvk-ixbrl-2023');

function compile(year: string): { live: CompiledTaxonomy; bytes: Uint8Array } {
  const packages = [`kvk_taxonomy_${year}.zip`, 'jenv_taxonomy_2024.zip', 'rj_taxonomy_2024.zip'].map((f) =>
    resolve(NT, f),
  );
  const a = compileArtifactFrom([`https://www.nltaxonomie.nl/kvk/${year}-03-31/kvk-annual-report-nlgaap-ext.xsd`], {
    packages,
    caches: [resolve(SHARED, 'xbrl-schemas')],
  });
  return { live: a.loaded.taxonomy, bytes: a.bytes };
}

describe.skipIf(!present)('sbr diff on KvK NL-GAAP 2024-03-31 -> 2025-03-31', () => {
  const y24 = present ? compile('2024') : undefined;
  const y25 = present ? compile('2025') : undefined;
  const live = present ? diffTaxonomies(y24!.live, y25!.live) : undefined;

  it('15 concepts renamed (kvk-cor moved to the 2025 namespace), nothing else', () => {
    const s = live!.summary;
    expect(s.conceptsRenamed).toBe(15);
    expect(Object.entries(s).filter(([k, n]) => k !== 'conceptsRenamed' && n !== 0)).toEqual([]);
    expect(live!.changes.namespaces.map((n) => n.new)).toEqual([
      'https://www.nltaxonomie.nl/kvk/2025-03-31/kvk-cor',
      'https://www.nltaxonomie.nl/kvk/2025-03-31/kvk-annual-report-nlgaap-ext',
    ]);
    expect(
      live!.changes.concepts.renamed.every(
        (r) => r.by === 'namespace' && r.old.startsWith('{https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-cor}'),
      ),
    ).toBe(true);
    // the 13 formula assertions (value and existence) of kvk-annual-report-nlgaap-ext-for.xml, matched by id, unchanged
    expect([live!.changes.assertions.available, live!.changes.assertions.old, live!.changes.assertions.new]).toEqual([
      true,
      13,
      13,
    ]);
    expect(live!.old.concepts).toBe(6055);
    expect(live!.old.relationships).toBe(55661);
  });

  it('the same diff from the two compiled artifacts as from the entry points', async () => {
    const a = diffTaxonomies(await taxonomyOfArtifact(y24!.bytes), await taxonomyOfArtifact(y25!.bytes));
    expect(a.summary).toEqual(live!.summary);
    expect(a.changes).toEqual(live!.changes);
  });

  it('a taxonomy against itself gives an empty diff', () => {
    const self = diffTaxonomies(y24!.live, y24!.live);
    expect(Object.values(self.summary).every((n) => n === 0)).toBe(true);
  });

  it('each KvK 2023 sample report: one fact to move to the new namespace, nothing removed or gone', async () => {
    const rows: string[] = [];
    for (const dir of readdirSync(SAMPLES).sort()) {
      for (const f of await loadFiling(resolve(SAMPLES, dir), y24!.live)) {
        const x = filingImpact(live!, y24!.live, f.instance, f.name, f.locate, { newTaxonomy: y25!.live });
        rows.push(
          `${dir}: ${x.facts} facts, ${x.factsNotInOld} not in OLD, renamed ${x.summary.factsRenamedConcepts}, removed ${x.summary.factsRemovedConcepts}, changed ${x.summary.factsChangedConcepts}, members gone ${x.summary.contextsGoneMembers}, NEW's assertions failed ${x.assertions.failed.map((a) => a.id).join(' ') || 'none'}`,
        );
        // NEW's 13 assertions, run on the filing translated to NEW's names, fail where the 2024 ones fail on it
        // (the LegalEntitySize value assertion passes only when the renamed fact keeps its boolean type)
        expect([x.assertions.available, x.assertions.evaluated]).toEqual([true, 13]);
        expect(x.assertions.failed.map((a) => a.id)).toEqual(
          dir.startsWith('groot-en')
            ? ['existsOnlyOnce_DocumentAdoptionStatus']
            : dir.includes('middelgroot')
              ? ['existsOnlyOnce_ChamberOfCommerceRegistrationNumber', 'existsOnlyOnce_LegalEntityRegisteredOffice']
              : [],
        );
        expect(x.summary.factsRenamedConcepts).toBe(1);
        expect(x.renamed[0]!.concept).toMatch(/kvk-cor\}LegalEntitySize(Micro|Small|Medium|Large)$/);
        expect(x.renamed[0]!.locations[0]!.file).toMatch(/\.html$/);
        expect([x.summary.factsRemovedConcepts, x.summary.factsChangedConcepts, x.summary.contextsGoneMembers]).toEqual(
          [0, 0, 0],
        );
      }
    }
    console.log(rows.join('\n'));
    expect(rows.length).toBe(6);
  });
});
