/**
 * Shadow test of the schema-validity proof (src/instance/schema-proof.ts, issue 14): for every instance below, when
 * the proof (as src/validate/core.ts `schemaProofOf` applies it) says "certainly valid", libxml2 on today's path
 * (pruned schemas, src/xml/schema-validate.ts) must give no finding at all. Inputs: the XBRL 2.1 and XDT conformance
 * suites' instances, the SBR AU SuperStream instances, the demo filings, and seeded mutants of the AU and demo valid
 * filings (tests/fuzz/mutate.ts) and the KvK Inline XBRL reports' target instances. A source that is absent is skipped with a warning. Counts are printed; the AU and
 * demo valid filings must be proven (or the test proves nothing) and no proven instance may have a schema finding.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSuite } from '../../src/conformance/index.js';
import { extractInput } from '../../src/ixbrl/inline.js';
import { readInput } from '../../src/validate/node.js';
import { withFormulaEngine } from '../../src/formula/engine.js';
import { Resolver } from '../../src/resolve/index.js';
import {
  documentStarts,
  liveTaxonomySource,
  schemaProofOf,
  sharedTaxonomySource,
  type TaxonomySource,
} from '../../src/validate/core.js';
import { parseXml } from '../../src/xml/parse.js';
import { validateAgainstSchemas } from '../../src/xml/schema-validate.js';
import { squeezeIgnorableWhitespace } from '../../src/xml/whitespace.js';
import { mutateXml } from '../fuzz/mutate.js';
import { SHARED, sharedPresent } from './suites.js';

const ROOT = resolve(__dirname, '../..');
const AU = resolve(SHARED, 'real/au/superstream');
const DEMO_VALID = resolve(ROOT, 'fixtures/demo/vat-return-valid.xbrl');
const DEMO_INVALID = resolve(ROOT, 'fixtures/demo/vat-return-invalid.xbrl');
// more with SBR_PROOF_MUTANTS (a longer hunt for disagreements)
const IFRS = resolve(SHARED, 'real/ifrs');
const enc = (s: string) => new TextEncoder().encode(s);
const MUTANTS = Number(process.env['SBR_PROOF_MUTANTS'] ?? 250);

type Outcome = 'skipped' | 'unknown' | 'proven' | 'unclean' | { disagreement: string[] };

/**
 * Whether a schema set (by roots and URLs: the test's sets do not change) validates whole, with the first proven
 * instance, without any finding: what src/validate/core.ts requires before it trusts the proof for a set.
 */
const clean = new Map<string, Promise<boolean>>();

async function shadow(file: string, bytes: Uint8Array, source: TaxonomySource): Promise<Outcome> {
  let doc;
  let starts;
  try {
    doc = parseXml(bytes, file);
    const ds = documentStarts(doc, file);
    if (!ds.isInstance) return 'skipped';
    starts = ds.starts;
  } catch {
    return 'skipped'; // not XML, not an instance: never reaches XML Schema validation
  }
  let loaded;
  try {
    loaded = await withFormulaEngine(() => source.load(starts));
  } catch {
    return 'skipped';
  }
  const { schemas, roots } = loaded.schemas(doc);
  if (!schemaProofOf({ bytes, doc }, loaded.taxonomy, schemas, roots).certain) return 'unknown';
  const input = { url: file, bytes: squeezeIgnorableWhitespace(bytes) };
  const key = [...roots, '', ...schemas.map((s) => s.url)].join('\n');
  let whole = clean.get(key);
  if (!whole) {
    // as the pipeline does it: with a document that declares every namespace of the set (all schemas compiled)
    const probe = 'sbr:probe.xml';
    const namespaces = new Set(loaded.taxonomy.documents.map((d) => d.targetNamespace).filter((n) => n));
    const declarations = [...namespaces].map((n, i) => ` xmlns:n${i}="${n}"`).join('');
    whole = validateAgainstSchemas(input, schemas, roots, {
      pruneUnusedElements: false,
      moreDocuments: [{ url: probe, bytes: `<probe${declarations}/>` }],
    }).then((f) => f.every((x) => x.file === probe));
    clean.set(key, whole);
  }
  // the pipeline never skips libxml2 for such a set (its filings are validated as before)
  if (!(await whole)) return 'unclean';
  const findings = await validateAgainstSchemas(input, schemas, roots);
  return findings.length ? { disagreement: findings.map((f) => `${f.code} ${f.line}: ${f.message}`) } : 'proven';
}

class Tally {
  proven = 0;
  unclean = 0;
  unknown = 0;
  skipped = 0;
  disagreements: string[] = [];
  add(name: string, o: Outcome): void {
    if (o === 'proven') this.proven++;
    else if (o === 'unknown') this.unknown++;
    else if (o === 'unclean') this.unclean++;
    else if (o === 'skipped') this.skipped++;
    else this.disagreements.push(`${name}: ${o.disagreement.join(' | ')}`);
  }
  toString(): string {
    return `proven ${this.proven}, proven but schema set not clean ${this.unclean}, unknown ${this.unknown}, skipped ${this.skipped}, disagreements ${this.disagreements.length}`;
  }
}

const resolver = () =>
  Resolver.create({ caches: [resolve(SHARED, 'xbrl-schemas'), ...(existsSync(AU) ? [resolve(AU, 'xsd')] : [])] });

describe('schema-validity proof: proven instances have no libxml2 finding (issue 14)', () => {
  it('SBR AU SuperStream instances and their mutants', async () => {
    if (!sharedPresent('real/au/superstream')) return;
    const source = sharedTaxonomySource(liveTaxonomySource(resolver()));
    const t = new Tally();
    const valid = resolve(AU, 'xbrl/xbrl_001_valid.xml');
    const seed = readFileSync(valid);
    expect(await shadow(valid, seed, source)).toBe('proven');
    for (const f of ['xbrl_002_invalid-against-Schematron.xml', 'xbrl_003_invalid-against-XSD.xml']) {
      const file = resolve(AU, 'xbrl', f);
      t.add(f, await shadow(file, readFileSync(file), source));
    }
    for (let n = 1; n <= MUTANTS; n++) t.add(`AU mutant ${n}`, await shadow(valid, mutateXml(seed, n).bytes, source));
    console.log(`AU: ${t}`);
    expect(t.disagreements).toEqual([]);
    expect(t.proven).toBeGreaterThan(0);
  });

  it('demo filings and their mutants', async () => {
    const source = sharedTaxonomySource(liveTaxonomySource(resolver()));
    const t = new Tally();
    const seed = readFileSync(DEMO_VALID);
    expect(await shadow(DEMO_VALID, seed, source)).toBe('proven');
    t.add('demo invalid', await shadow(DEMO_INVALID, readFileSync(DEMO_INVALID), source));
    for (let n = 1; n <= MUTANTS; n++)
      t.add(`demo mutant ${n}`, await shadow(DEMO_VALID, mutateXml(seed, n).bytes, source));
    console.log(`demo: ${t}`);
    expect(t.disagreements).toEqual([]);
    expect(t.proven).toBeGreaterThan(0);
  });

  it('KvK Inline XBRL reports (their target instances)', async () => {
    const kvk = resolve(SHARED, 'real/nl/kvk-ixbrl-2023');
    const nt = resolve(SHARED, 'real/nl/nt-2024');
    if (!sharedPresent('real/nl/kvk-ixbrl-2023') || !sharedPresent('real/nl/nt-2024')) return;
    const zips = [...readdirSync(nt).filter((z) => z.endsWith('_2024.zip')), 'wnt_taxonomie_2024.zip'].map((z) =>
      resolve(nt, z),
    );
    const caches = [resolve(SHARED, 'xbrl-schemas'), ...(existsSync(IFRS) ? [IFRS] : [])];
    const t = new Tally();
    for (const p of readdirSync(kvk).sort()) {
      const dir = resolve(kvk, p);
      const base = Resolver.create({ packages: zips, caches });
      const withPkg = existsSync(resolve(dir, 'META-INF/taxonomyPackage.xml')) ? base.withPackages([dir]) : base;
      const { instances } = await extractInput(dir, readInput);
      for (const [i, inst] of instances.entries())
        t.add(`${p} ${i}`, await shadow(resolve(dir, `target-${i}.xbrl`), enc(inst.xml), liveTaxonomySource(withPkg)));
    }
    console.log(`KvK: ${t}`);
    expect(t.disagreements).toEqual([]);
  }, 900_000);

  for (const [name, index] of [
    ['XBRL 2.1', 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml'],
    ['XDT', 'conformance/xdt/xdt-conf-cr4-2009-10-06/xdt.xml'],
  ] as const) {
    it(`${name} conformance suite instances`, async () => {
      if (!sharedPresent(index)) return;
      const source = sharedTaxonomySource(liveTaxonomySource(resolver()));
      const t = new Tally();
      const files = new Set(readSuite(resolve(SHARED, index)).flatMap((v) => v.readMeFirst));
      for (const f of files) t.add(f, await shadow(f, readFileSync(f), source));
      console.log(`${name}: ${t}`);
      expect(t.disagreements).toEqual([]);
    });
  }
});
