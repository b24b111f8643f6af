/**
 * Validator artifact benchmark (part of `npm run bench`), on the KvK 2024 NL-GAAP entry point with the NT 2024
 * packages from ../shared (SBR_SHARED overrides):
 *   - compile: discover + compile + taxonomy rules per label language + encode (`sbr compile`), and the artifact size
 *   - load: `Validator.load(bytes)` (envelope + ajv header check + sha256 of the whole), median of 20; target ≤ 50 ms
 *   - decode: every section decoded (first use), and full ajv validation of the decoded content (what load skips)
 *   - first / next validation of a one-fact filing whose schemaRef is the entry point
 *   - layering: a one-concept company extension schema (imports the entry point, presentation + label linkbase,
 *     one prohibiting arc) validated against the artifact, against live discovery of the same filing for comparison
 *   - the six KvK 2023 report packages: live (packages + cache) vs artifact alone, median of 3 each (kvkPackages)
 *   - in-process, one loaded `Validator` (the way vendors embed it): the KvK groot-nl report package and the SBR AU
 *     SuperStream instance, per filing after the first, CPU and wall medians, with and without XML Schema validation;
 *     KvK also with `layerCacheSize = 0` (every filing's extension layered afresh, as a new company's would be);
 *     the findings of every measured run are checked (inProcess); targets 50 ms (KvK) and 10 ms (AU)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileArtifactFrom, Validator } from '../src/artifact/node.js';
import { fullValidatorFn } from '../src/artifact/schema-ajv.js';
import { Resolver } from '../src/resolve/index.js';
import { validate } from '../src/validate/node.js';

const SHARED = resolve(process.env.SBR_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const KVK_ENTRY = 'https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-annual-report-nlgaap-ext.xsd';
const NT = resolve(SHARED, 'real/nl/nt-2024');
const CACHE = resolve(SHARED, 'xbrl-schemas');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  if (!existsSync(NT)) {
    console.log(`SKIPPED: shared data not found at ${SHARED} (set SBR_SHARED)`);
    return;
  }
  const packages = readdirSync(NT)
    .filter((f) => /_2024\.zip$/.test(f))
    .sort()
    .map((f) => resolve(NT, f));
  const options = { packages, caches: [CACHE] };

  let t = performance.now();
  const { bytes, header } = compileArtifactFrom([KVK_ENTRY], options);
  const compileMs = performance.now() - t;
  const again = compileArtifactFrom([KVK_ENTRY], options).bytes;
  const deterministic = again.length === bytes.length && again.every((b, i) => b === bytes[i]);
  console.log(
    `artifact compile (kvk 2024 nlgaap, ${packages.length} packages): ${(compileMs / 1000).toFixed(2)} s; ${(bytes.length / 1e6).toFixed(2)} MB (${header.documents.length} documents, ${header.stats.concepts} concepts, ${header.stats.relationships} relationships, languages ${header.stats.labelLanguages.join('/')}); recompiled byte-identical: ${deterministic}`,
  );
  for (const s of header.sections)
    console.log(
      `  section ${s.name}: ${(s.length / 1e3).toFixed(0)} kB stored, ${(s.size / 1e3).toFixed(0)} kB decoded (${s.encoding})`,
    );

  const dir = mkdtempSync(join(tmpdir(), 'sbrv-bench-'));
  const file = join(dir, 'kvk-2024-nlgaap.sbrv');
  writeFileSync(file, bytes);

  const loads: number[] = [];
  const loadsFromPath: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await Validator.load(bytes);
    loads.push(performance.now() - t);
    t = performance.now();
    await Validator.load(file);
    loadsFromPath.push(performance.now() - t);
  }
  console.log(
    `artifact load: ${ms(median(loads))} median of 20 from bytes (first ${ms(loads[0]!)}, includes compiling the ajv header validator), ${ms(median(loadsFromPath))} from the file; target ≤ 50 ms`,
  );

  const v = await Validator.load(bytes);
  t = performance.now();
  const sections: Record<string, unknown> = {};
  for (const s of header.sections)
    if (s.name !== 'schemaBytes' && s.name !== 'supportBytes') sections[s.name] = v.section(s.name);
  v.schemaDocs();
  v.supportDocuments();
  const decodeMs = performance.now() - t;
  const validateFull = fullValidatorFn();
  t = performance.now();
  const ok = validateFull({ header, sections });
  const ajvFullMs = performance.now() - t;
  console.log(
    `artifact decode of every section (inflate + JSON.parse + freeze): ${ms(decodeMs)}; full ajv validation of the decoded content: ${ms(ajvFullMs)} (${ok ? 'valid' : 'INVALID'}) — so load checks the header with ajv and relies on the sha256 for the content`,
  );

  // a one-fact filing on the entry point, and a company extension on it
  const concept = Object.values(v.taxonomy.concepts).find(
    (c) => c.kind === 'item' && !c.abstract && c.xbrliType === 'stringItemType' && c.periodType === 'duration' && c.id,
  )!;
  const ctx = `<xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://www.kvk.nl/kvk-id">12345678</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>`;
  const instance = (schemaRef: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:c="${concept.namespace}" xmlns:e="http://example.com/ext">
<link:schemaRef xlink:type="simple" xlink:href="${schemaRef}"/>${ctx}<c:${concept.name} contextRef="c">Tekst</c:${concept.name}>${extra}</xbrli:xbrl>`;
  const baseFiling = join(dir, 'base-filing.xbrl');
  writeFileSync(baseFiling, instance(KVK_ENTRY));
  const validateRuns: number[] = [];
  let baseFindings = 0;
  for (let i = 0; i < 5; i++) {
    const fresh = await Validator.load(bytes);
    t = performance.now();
    const r = await fresh.validate(baseFiling);
    validateRuns.push(performance.now() - t);
    const t2 = performance.now();
    await fresh.validate(baseFiling);
    validateRuns.push(-(performance.now() - t2));
    baseFindings = r.findings.length;
  }
  const firsts = validateRuns.filter((x) => x >= 0);
  const nexts = validateRuns.filter((x) => x < 0).map((x) => -x);
  console.log(
    `validate a one-fact filing on the entry point: first on a freshly loaded validator ${ms(median(firsts))}, next ${ms(median(nexts))} (medians of 5, XML Schema validation included; ${baseFindings} findings)`,
  );

  const ext = join(dir, 'company-ext.xsd');
  writeFileSync(
    ext,
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" targetNamespace="http://example.com/ext" elementFormDefault="qualified">
<xs:annotation><xs:appinfo><link:linkbaseRef xlink:type="simple" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase" xlink:href="company-lab.xml"/></xs:appinfo></xs:annotation>
<xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
<xs:import namespace="${concept.namespace}" schemaLocation="${KVK_ENTRY}"/>
<xs:element name="CompanyNote" id="e_CompanyNote" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration" nillable="true"/>
</xs:schema>`,
  );
  writeFileSync(
    join(dir, 'company-lab.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xml="http://www.w3.org/XML/1998/namespace">
<link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
<link:loc xlink:type="locator" xlink:href="company-ext.xsd#e_CompanyNote" xlink:label="n"/>
<link:label xlink:type="resource" xlink:label="l" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="nl">Toelichting van de onderneming</link:label>
<link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="n" xlink:to="l"/>
</link:labelLink></link:linkbase>`,
  );
  const extFiling = join(dir, 'ext-filing.xbrl');
  writeFileSync(
    extFiling,
    instance('company-ext.xsd', '<e:CompanyNote contextRef="c">Eigen toelichting</e:CompanyNote>'),
  );
  const layerRuns: number[] = [];
  let extResult;
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    extResult = await v.validate(extFiling);
    layerRuns.push(performance.now() - t);
  }
  t = performance.now();
  const live = await validate(extFiling, { resolver: Resolver.create(options) });
  const liveMs = performance.now() - t;
  const same = JSON.stringify(live.findings) === JSON.stringify(extResult!.findings);
  console.log(
    `validate a company-extension filing with the artifact (extension discovered and layered, dimensions recompiled, taxonomy rules run on the merged taxonomy): ${ms(median(layerRuns))} median of 5, vs live discovery ${(liveMs / 1000).toFixed(2)} s; findings equal: ${same} (${extResult!.findings.length} findings)`,
  );

  await kvkPackages(packages);
  await inProcess(packages);
}

/** Median CPU (user + system) and wall ms per call of `run` after a first call, over `n` calls; `check` sees each result. */
async function perCall<T>(
  n: number,
  run: () => Promise<T>,
  check: (r: T) => void,
): Promise<{ cpu: number; wall: number }> {
  check(await run());
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    const r = await run();
    wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
    check(r);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/**
 * In-process validation with a loaded Validator: KvK groot-nl (artifact of the NT 2024 nlgaap entry point; findings:
 * sbr:documentNotFound for lei.xsd, which is not in the shared cache, and the sbr:formulaSummary info) and the AU
 * SuperStream instance xbrl_001_valid.xml (no findings). Exit code 1 when a run's findings are not the expected ones.
 */
async function inProcess(packages: string[]) {
  const fmt = (x: { cpu: number; wall: number }) => `${ms(x.cpu)} CPU, ${ms(x.wall)} wall`;
  const expectCodes = (what: string, want: string[]) => (r: { findings: { code: string }[] }) => {
    const got = r.findings.map((f) => f.code).sort();
    if (JSON.stringify(got) !== JSON.stringify([...want].sort())) {
      process.exitCode = 1;
      throw new Error(`${what}: findings ${got.join(', ') || '(none)'}, expected ${want.join(', ') || '(none)'}`);
    }
  };
  const groot = resolve(SHARED, 'real/nl/kvk-ixbrl-2023/groot-nl-jaarrekening-2023');
  if (existsSync(groot)) {
    const v = await Validator.load(compileArtifactFrom([KVK_ENTRY], { packages, caches: [CACHE] }).bytes);
    const check = expectCodes('kvk groot-nl in-process', ['sbr:documentNotFound', 'sbr:formulaSummary']);
    const withSchema = await perCall(7, () => v.validate(groot), check);
    const without = await perCall(7, () => v.validate(groot, { schemaValidation: false }), check);
    v.layerCacheSize = 0;
    const fresh = await perCall(5, () => v.validate(groot, { schemaValidation: false }), check);
    console.log(
      `in-process kvk groot-nl report package, loaded Validator, per report after the first (median of 7): ${fmt(withSchema)}; --no-schema-validation ${fmt(without)}; extension layered afresh each time (layerCacheSize 0, no schema validation, median of 5) ${fmt(fresh)}; target 50 ms`,
    );
  } else console.log('in-process kvk groot-nl: SKIPPED (sample absent)');
  const au = resolve(SHARED, 'real/au/superstream');
  if (existsSync(au)) {
    const entry =
      'http://sbr.gov.au/taxonomy/sbr_au_reports/sprstrm/sprcnt/sprcnt_0001/sprcnt.0001.conttrans.request.02.02.report.xsd';
    const v = await Validator.load(compileArtifactFrom([entry], { caches: [resolve(au, 'xsd'), CACHE] }).bytes);
    const file = resolve(au, 'xbrl/xbrl_001_valid.xml');
    const check = expectCodes('au superstream in-process', []);
    const withSchema = await perCall(20, () => v.validate(file), check);
    const without = await perCall(20, () => v.validate(file, { schemaValidation: false }), check);
    console.log(
      `in-process SBR AU SuperStream xbrl_001_valid.xml, loaded Validator, per filing after the first (median of 20): ${fmt(withSchema)}; without XML Schema validation ${fmt(without)}; target 10 ms`,
    );
  } else console.log('in-process au superstream: SKIPPED (sample absent)');
}

/**
 * The six KvK 2023 Inline XBRL report packages: live discovery (NT 2024 packages + cache) vs the artifact of the
 * package's KvK entry point with no package or cache; wall time of `validate(dir)` (extraction, XHTML and instance
 * XML Schema validation included), median of 3, artifact loaded once per entry point; findings must be equal.
 */
async function kvkPackages(packages: string[]) {
  const dir = resolve(SHARED, 'real/nl/kvk-ixbrl-2023');
  if (!existsSync(dir) || !existsSync(resolve(SHARED, 'real/ifrs'))) {
    console.log(`kvk report packages: SKIPPED (${dir} or real/ifrs absent)`);
    return;
  }
  const caches = (ep: string) => [CACHE, ...(ep.includes('ifrs') ? [resolve(SHARED, 'real/ifrs')] : [])];
  const validators = new Map<string, Validator>();
  for (const sample of readdirSync(dir).sort()) {
    const root = resolve(dir, sample);
    const ep = kvkEntryPoint(root);
    let v = validators.get(ep);
    if (!v)
      validators.set(ep, (v = await Validator.load(compileArtifactFrom([ep], { packages, caches: caches(ep) }).bytes)));
    const lives: number[] = [];
    const arts: number[] = [];
    let same = true;
    let n = 0;
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      const live = await validate(root, { packages, caches: caches(ep) });
      lives.push(performance.now() - t);
      const resolver = Resolver.create({});
      t = performance.now();
      const art = await validate(root, { resolver, taxonomies: v.taxonomySource(resolver) });
      arts.push(performance.now() - t);
      same &&= JSON.stringify(art.findings) === JSON.stringify(live.findings);
      n = art.findings.length;
    }
    const l = median(lives);
    const a = median(arts);
    console.log(
      `kvk ${sample} (${ep.slice(ep.lastIndexOf('/') + 1)}): live ${ms(l)}, artifact ${ms(a)}, ratio ${(l / a).toFixed(1)}x; findings equal: ${same} (${n})`,
    );
  }
}

/** The KvK entry point a report package uses (its extension schema's import, or its schemaRef). */
function kvkEntryPoint(root: string): string {
  const stack = [root];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/\.(xsd|html?|xhtml)$/.test(e.name)) {
        const m = /(https?:\/\/www\.nltaxonomie\.nl\/kvk\/2024-03-31\/kvk-annual-report-[\w-]+\.xsd)/.exec(
          readFileSync(p, 'latin1'),
        );
        if (m) return m[1]!;
      }
    }
  }
  throw new Error(`${root}: no KvK entry point`);
}

main();
