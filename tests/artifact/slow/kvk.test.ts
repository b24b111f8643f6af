/**
 * Validator artifact ≡ live discovery for the six KvK 2023 Inline XBRL report packages (real/nl/kvk-ixbrl-2023):
 * live validation with the NT 2024 taxonomy packages and the cache, artifact validation with the artifact of the
 * package's KvK entry point and NO package or cache (the report package's own extension taxonomy is layered on the
 * compiled base; DTR/LRR/Calculations 1.1 and the Inline XBRL schema set come from the artifact's support documents).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../../src/artifact/node.js';
import { Resolver } from '../../../src/resolve/index.js';
import { validate } from '../../../src/validate/node.js';
import { SHARED, sharedPresent } from './equivalence.js';
import { portableFinding } from '../../../src/artifact/compile.js';

const DIR = 'real/nl/kvk-ixbrl-2023';
const NT = 'real/nl/nt-2024';
const present = sharedPresent(DIR) && sharedPresent(NT) && sharedPresent('real/ifrs') && sharedPresent('xbrl-schemas');
const samples = present ? readdirSync(resolve(SHARED, DIR)).sort() : [];
const KVK = 'https://www.nltaxonomie.nl/kvk/2024-03-31/';

/** The KvK entry point a report package uses: its extension schema's import of kvk-annual-report-*, or its schemaRef. */
function entryPointOf(sample: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = resolve(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(xsd|html?|xhtml)$/.test(e.name)) files.push(p);
    }
  };
  walk(resolve(SHARED, DIR, sample));
  for (const f of files) {
    const m = /(https?:\/\/www\.nltaxonomie\.nl\/kvk\/2024-03-31\/kvk-annual-report-[\w-]+\.xsd)/.exec(
      readFileSync(f, 'latin1'),
    );
    if (m) return m[1]!;
  }
  throw new Error(`${sample}: no KvK entry point found`);
}

describe.skipIf(!present)('artifact equivalence: KvK 2023 report packages', () => {
  const packages = () =>
    readdirSync(resolve(SHARED, NT))
      .filter((f) => /_2024\.zip$/.test(f))
      .sort()
      .map((f) => resolve(SHARED, NT, f));
  const caches = (ep: string) => [
    resolve(SHARED, 'xbrl-schemas'),
    ...(ep.includes('ifrs') ? [resolve(SHARED, 'real/ifrs')] : []),
  ];
  const artifacts = new Map<string, Promise<Validator>>();
  const artifact = (ep: string) => {
    let v = artifacts.get(ep);
    if (!v)
      artifacts.set(
        ep,
        (v = Validator.load(compileArtifactFrom([ep], { packages: packages(), caches: caches(ep) }).bytes)),
      );
    return v;
  };
  it('has the six samples', () => expect(samples.length).toBe(6));
  it.each(samples)('%s', async (sample) => {
    const ep = entryPointOf(sample);
    expect(ep.startsWith(KVK)).toBe(true);
    const dir = resolve(SHARED, DIR, sample);
    const live = await validate(dir, { packages: packages(), caches: caches(ep) });
    const v = await artifact(ep);
    const resolver = Resolver.create({}); // no package, no cache: everything from the artifact and the report package
    const art = await validate(dir, { resolver, taxonomies: v.taxonomySource(resolver) });
    // an artifact names the compiling machine's folders portably (issue 11 item 8): compare in that form
    expect(JSON.stringify(art.findings.map(portableFinding), null, 1)).toBe(
      JSON.stringify(live.findings.map(portableFinding), null, 1),
    );
    expect(
      art.findings.filter((f) => f.code === 'sbr:documentNotFound').every((f) => f.message.includes('lei.xsd')),
    ).toBe(true);
  });
});
