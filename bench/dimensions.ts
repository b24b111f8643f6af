/**
 * Dimensional validation benchmark (npm run bench, or `node --expose-gc --import tsx bench/dimensions.ts`).
 *
 * Generates, into a temporary folder that is removed afterwards, a taxonomy with several hypercubes and instances of
 * 10,000 and 100,000 dimensional item facts, then measures (median of 5 each):
 *
 *   - load:  parse + instance loading (src/instance/load.ts)
 *   - xdt:   the XBRL Dimensions 1.0 instance rules (src/rules/xdt) over the loaded instance
 *   - total: the whole validate() without xmllint schema validation (DTS, compile, load, every rule)
 *
 * and prints facts/second and the 100k/10k time ratio (10 = linear). Needs no shared data: the generated schema
 * imports only the XBRL core and xbrldt schemas, which are built in.
 *
 * Taxonomy (namespace http://example.com/xdt-bench):
 *   ELR Sales (definitionLink): SalesAbstract -> Sales01..Sales20 (domain-member: inherited hypercubes)
 *     - all SalesTable, closed, segment, targetRole SalesCubes: RegionAxis (explicit, 30 regions, default RegionDomain;
 *       its dimension-domain relationships reached through targetRole RegionDomains), ProductAxis (explicit, 5 groups
 *       x 10 products, domain not usable, no default), CustomerAxis (typed, xs:token)
 *     - all ChannelTable, open, scenario: ChannelAxis (explicit, 12 channels, default ChannelTotal)
 *     - notAll ExcludedRegionsTable, open, segment, targetRole ExcludedRegions: RegionAxis restricted to Region25..30
 *   ELR Costs: CostsAbstract -> Cost01..Cost20 and SharedItem
 *     - all CostTable, closed, segment: CostCenterAxis (explicit, 40 centres, default CostCenterTotal), RegionAxis
 *       (domain in this ELR: Region01..Region15 only)
 *   SharedItem is also in ELR Sales: two DRSs, valid when either is satisfied.
 *
 * Instance: one context per 5 facts (N/5 distinct contexts), 70 % sales contexts, 30 % cost contexts; about 1 % of
 * the contexts are dimensionally invalid (excluded region, non-usable product domain, region outside the cost domain).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstance } from '../src/instance/load.js';
import { Resolver } from '../src/resolve/index.js';
import { runRules } from '../src/rules/engine.js';
import { xdtInstanceRules } from '../src/rules/xdt/index.js';
import { loadDts, validate } from '../src/validate/node.js';
import { parseXml } from '../src/xml/parse.js';

const NS = 'http://example.com/xdt-bench';
const ROLE = (n: string) => `http://example.com/xdt-bench/role/${n}`;
const XDT = 'http://xbrl.org/int/dim/arcrole/';
const RUNS = Number(process.env.BENCH_DIM_RUNS ?? 5);
const SIZES = (process.env.BENCH_DIM_SIZES ?? '10000,100000').split(',').map(Number);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const REGIONS = range(30).map((i) => `Region${pad(i)}`);
const GROUPS = range(5).map((g) => `ProductGroup${g}`);
const PRODUCTS = range(50).map((i) => `Product${pad(i)}`);
const CHANNELS = range(12).map((i) => `Channel${pad(i)}`);
const CENTRES = range(40).map((i) => `CostCenter${pad(i)}`);
const SALES = range(20).map((i) => `Sales${pad(i)}`);
const COSTS = range(20).map((i) => `Cost${pad(i)}`);

// ---------------------------------------------------------------------------------------------------------------
// Taxonomy

export function schema(): string {
  const el = (name: string, type: string, subst: string, extra = '') =>
    `  <xs:element id="b_${name}" name="${name}" type="${type}" substitutionGroup="${subst}" xbrli:periodType="duration"${extra}/>`;
  const items = (names: string[], type = 'xbrli:monetaryItemType', abstract = false) =>
    names.map((n) =>
      el(
        n,
        abstract ? 'xbrli:stringItemType' : type,
        'xbrli:item',
        abstract ? ' abstract="true" nillable="true"' : ' nillable="true"',
      ),
    );
  const roles = ['Sales', 'SalesCubes', 'RegionDomains', 'ExcludedRegions', 'Costs'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xbrldt="http://xbrl.org/2005/xbrldt" xmlns:b="${NS}" targetNamespace="${NS}" elementFormDefault="qualified">
  <xs:annotation><xs:appinfo>
${roles.map((r) => `    <link:roleType id="${r}" roleURI="${ROLE(r)}"><link:definition>${r}</link:definition><link:usedOn>link:definitionLink</link:usedOn></link:roleType>`).join('\n')}
    <link:linkbaseRef xlink:type="simple" xlink:href="bench-def.xml" xlink:role="http://www.xbrl.org/2003/role/definitionLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
  </xs:appinfo></xs:annotation>
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:import namespace="http://xbrl.org/2005/xbrldt" schemaLocation="http://www.xbrl.org/2005/xbrldt-2005.xsd"/>
${items(['SalesAbstract', 'CostsAbstract'], '', true).join('\n')}
${items([...SALES, ...COSTS, 'SharedItem']).join('\n')}
${['SalesTable', 'ChannelTable', 'ExcludedRegionsTable', 'CostTable'].map((h) => el(h, 'xbrli:stringItemType', 'xbrldt:hypercubeItem', ' abstract="true"')).join('\n')}
${['RegionAxis', 'ProductAxis', 'ChannelAxis', 'CostCenterAxis'].map((d) => el(d, 'xbrli:stringItemType', 'xbrldt:dimensionItem', ' abstract="true"')).join('\n')}
${el('CustomerAxis', 'xbrli:stringItemType', 'xbrldt:dimensionItem', ' abstract="true" xbrldt:typedDomainRef="#b_CustomerId"')}
  <xs:element id="b_CustomerId" name="CustomerId" type="xs:token"/>
${items(['RegionDomain', 'ProductDomain', 'ChannelTotal', 'CostCenterTotal', ...REGIONS, ...GROUPS, ...PRODUCTS, ...CHANNELS, ...CENTRES], '', true).join('\n')}
</xs:schema>
`;
}

export function definitionLinkbase(): string {
  const links: string[] = [];
  const link = (role: string, arcs: [string, string, string, string?][]) => {
    const names = new Set<string>();
    for (const [, f, t] of arcs) names.add(f).add(t);
    const order = new Map<string, number>();
    links.push(`  <link:definitionLink xlink:type="extended" xlink:role="${ROLE(role)}">
${[...names].map((n) => `    <link:loc xlink:type="locator" xlink:href="bench.xsd#b_${n}" xlink:label="${n}"/>`).join('\n')}
${arcs
  .map(([arcrole, f, t, extra]) => {
    const o = (order.get(f) ?? 0) + 1;
    order.set(f, o);
    return `    <link:definitionArc xlink:type="arc" xlink:arcrole="${XDT}${arcrole}" xlink:from="${f}" xlink:to="${t}" order="${o}"${extra ? ' ' + extra : ''}/>`;
  })
  .join('\n')}
  </link:definitionLink>`);
  };
  type Arc = [string, string, string, string?];
  const dm = (from: string, to: string[], extra?: string): Arc[] => to.map((t) => ['domain-member', from, t, extra]);
  link('Sales', [
    ...dm('SalesAbstract', [...SALES, 'SharedItem']),
    [
      'all',
      'SalesAbstract',
      'SalesTable',
      `xbrldt:contextElement="segment" xbrldt:closed="true" xbrldt:targetRole="${ROLE('SalesCubes')}"`,
    ],
    ['all', 'SalesAbstract', 'ChannelTable', 'xbrldt:contextElement="scenario" xbrldt:closed="false"'],
    [
      'notAll',
      'SalesAbstract',
      'ExcludedRegionsTable',
      `xbrldt:contextElement="segment" xbrldt:targetRole="${ROLE('ExcludedRegions')}"`,
    ],
    ['hypercube-dimension', 'ChannelTable', 'ChannelAxis'],
    ['dimension-domain', 'ChannelAxis', 'ChannelTotal'],
    ...dm('ChannelTotal', CHANNELS),
  ]);
  link('SalesCubes', [
    ['hypercube-dimension', 'SalesTable', 'RegionAxis', `xbrldt:targetRole="${ROLE('RegionDomains')}"`],
    ['hypercube-dimension', 'SalesTable', 'ProductAxis'],
    ['hypercube-dimension', 'SalesTable', 'CustomerAxis'],
    ['dimension-domain', 'ProductAxis', 'ProductDomain', 'xbrldt:usable="false"'],
    ...dm('ProductDomain', GROUPS),
    ...GROUPS.flatMap((g, i) => dm(g, PRODUCTS.slice(i * 10, i * 10 + 10))),
  ]);
  link('RegionDomains', [['dimension-domain', 'RegionAxis', 'RegionDomain'], ...dm('RegionDomain', REGIONS)]);
  link('ExcludedRegions', [
    ['hypercube-dimension', 'ExcludedRegionsTable', 'RegionAxis'],
    ['dimension-domain', 'RegionAxis', 'RegionDomain', 'xbrldt:usable="false"'],
    ...dm('RegionDomain', REGIONS.slice(24)),
  ]);
  link('Costs', [
    ...dm('CostsAbstract', [...COSTS, 'SharedItem']),
    ['all', 'CostsAbstract', 'CostTable', 'xbrldt:contextElement="segment" xbrldt:closed="true"'],
    ['hypercube-dimension', 'CostTable', 'CostCenterAxis'],
    ['hypercube-dimension', 'CostTable', 'RegionAxis'],
    ['dimension-domain', 'CostCenterAxis', 'CostCenterTotal'],
    ...dm('CostCenterTotal', CENTRES),
    ['dimension-domain', 'RegionAxis', 'RegionDomain'],
    ...dm('RegionDomain', REGIONS.slice(0, 15)),
  ]);
  // dimension-default relationships are not scoped by ELR
  const defaults = `  <link:definitionLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
${['RegionAxis', 'RegionDomain', 'ChannelAxis', 'ChannelTotal', 'CostCenterAxis', 'CostCenterTotal'].map((n) => `    <link:loc xlink:type="locator" xlink:href="bench.xsd#b_${n}" xlink:label="${n}"/>`).join('\n')}
    <link:definitionArc xlink:type="arc" xlink:arcrole="${XDT}dimension-default" xlink:from="RegionAxis" xlink:to="RegionDomain"/>
    <link:definitionArc xlink:type="arc" xlink:arcrole="${XDT}dimension-default" xlink:from="ChannelAxis" xlink:to="ChannelTotal"/>
    <link:definitionArc xlink:type="arc" xlink:arcrole="${XDT}dimension-default" xlink:from="CostCenterAxis" xlink:to="CostCenterTotal"/>
  </link:definitionLink>`;
  const arcroles = ['all', 'notAll', 'hypercube-dimension', 'dimension-domain', 'domain-member', 'dimension-default'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldt="http://xbrl.org/2005/xbrldt">
${['Sales', 'SalesCubes', 'RegionDomains', 'ExcludedRegions', 'Costs'].map((r) => `  <link:roleRef roleURI="${ROLE(r)}" xlink:type="simple" xlink:href="bench.xsd#${r}"/>`).join('\n')}
${arcroles.map((a) => `  <link:arcroleRef arcroleURI="${XDT}${a}" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#${a}"/>`).join('\n')}
${links.join('\n')}
${defaults}
</link:linkbase>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Instance

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function instance(facts: number): { xml: string; invalidContexts: number } {
  const rand = rng(facts);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:b="${NS}">
  <link:schemaRef xlink:type="simple" xlink:href="bench.xsd"/>
  <xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>`);
  const contexts = Math.ceil(facts / 5);
  const factLines: string[] = [];
  let invalid = 0;
  let written = 0;
  const exp = (dim: string, m: string) => `<xbrldi:explicitMember dimension="b:${dim}">b:${m}</xbrldi:explicitMember>`;
  for (let c = 1; c <= contexts; c++) {
    const bad = c % 97 === 0; // ~1 % invalid contexts
    const sales = c % 10 < 7;
    let segment: string;
    let scenario = '';
    let items: string[];
    if (sales) {
      const region =
        bad && c % 3 === 0 ? pick(REGIONS.slice(24)) : rand() < 0.1 ? undefined : pick(REGIONS.slice(0, 24));
      const product = bad && c % 3 === 1 ? 'ProductDomain' : pick(PRODUCTS);
      const typed = `<xbrldi:typedMember dimension="b:CustomerAxis"><b:CustomerId>C${c}</b:CustomerId></xbrldi:typedMember>`;
      // invalid: excluded region (notAll), the non-usable product domain, or a dimension the closed hypercube lacks
      const extra = bad && c % 3 === 2 ? exp('CostCenterAxis', pick(CENTRES)) : '';
      segment = (region ? exp('RegionAxis', region) : '') + exp('ProductAxis', product) + typed + extra;
      if (rand() < 0.7) scenario = exp('ChannelAxis', pick(CHANNELS));
      items = [...SALES, 'SharedItem'];
    } else {
      const region = bad ? 'Region20' : pick(REGIONS.slice(0, 15));
      segment = (rand() < 0.1 ? '' : exp('CostCenterAxis', pick(CENTRES))) + exp('RegionAxis', region);
      items = [...COSTS, 'SharedItem'];
    }
    if (bad) invalid++;
    // distinct periods keep the cost contexts (which have no typed dimension) distinct
    const day = 1 + (c % 28);
    const month = 1 + (Math.floor(c / 28) % 12);
    out.push(
      `  <xbrli:context id="c${c}"><xbrli:entity><xbrli:identifier scheme="http://www.kvk.nl/kvk-id">12345678</xbrli:identifier>${segment ? `<xbrli:segment>${segment}</xbrli:segment>` : ''}</xbrli:entity><xbrli:period><xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2024-${pad(month)}-${pad(day)}</xbrli:endDate></xbrli:period>${scenario ? `<xbrli:scenario>${scenario}</xbrli:scenario>` : ''}</xbrli:context>`,
    );
    const start = Math.floor(rand() * items.length);
    for (let k = 0; k < 5 && written < facts; k++, written++) {
      const item = items[(start + k * 3) % items.length]!;
      factLines.push(
        `  <b:${item} contextRef="c${c}" unitRef="EUR" decimals="0">${Math.floor(rand() * 1e6)}</b:${item}>`,
      );
    }
  }
  out.push(...factLines, '</xbrli:xbrl>\n');
  return { xml: out.join('\n'), invalidContexts: invalid };
}

// ---------------------------------------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

interface SizeResult {
  facts: number;
  mb: number;
  load: number;
  xdt: number;
  total: number;
  xdtFindings: number;
  totalFindings: number;
  invalidContexts: number;
}

async function measure(dir: string, facts: number): Promise<SizeResult> {
  const file = join(dir, `instance-${facts}.xbrl`);
  const { xml, invalidContexts } = instance(facts);
  writeFileSync(file, xml);
  const resolver = Resolver.create({});
  const { taxonomy } = loadDts([join(dir, 'bench.xsd')], { resolver });
  const bytes = new Uint8Array(Buffer.from(xml));

  const loadRuns: number[] = [];
  const xdtRuns: number[] = [];
  let xdtFindings = 0;
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t = performance.now();
    const inst = loadInstance(parseXml(bytes, file), () => {}, taxonomy);
    loadRuns.push(performance.now() - t);
    if (inst.facts.length !== facts) throw new Error(`expected ${facts} facts, loaded ${inst.facts.length}`);
    gc();
    t = performance.now();
    const f = runRules(xdtInstanceRules, taxonomy, inst);
    xdtRuns.push(performance.now() - t);
    xdtFindings = f.length;
  }
  const totalRuns: number[] = [];
  let totalFindings = 0;
  for (let i = 0; i < RUNS; i++) {
    gc();
    const t = performance.now();
    const r = await validate(file, { resolver: Resolver.create({}), schemaValidation: false });
    totalRuns.push(performance.now() - t);
    totalFindings = r.findings.length;
  }
  return {
    facts,
    mb: statSync(file).size / 1e6,
    load: median(loadRuns),
    xdt: median(xdtRuns),
    total: median(totalRuns),
    xdtFindings,
    totalFindings,
    invalidContexts,
  };
}

export async function runDimensionsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sbr-xdt-bench-'));
  try {
    writeFileSync(join(dir, 'bench.xsd'), schema());
    writeFileSync(join(dir, 'bench-def.xml'), definitionLinkbase());
    const { taxonomy } = loadDts([join(dir, 'bench.xsd')], { resolver: Resolver.create({}) });
    const m = taxonomy.dimensions!;
    const xdtTaxFindings = taxonomy.findings.filter((f) => f.code.startsWith('xbrldte:'));
    const tf = runRules((await import('../src/rules/xdt/index.js')).xdtTaxonomyRules, taxonomy, undefined);
    if (xdtTaxFindings.length || tf.length) {
      throw new Error(
        `generated taxonomy is not XDT-valid: ${[...xdtTaxFindings, ...tf].map((f) => `${f.code} ${f.message}`).join('; ')}`,
      );
    }
    console.log(
      `xdt bench taxonomy: ${new Set(m.hasHypercubes.map((h) => h.hypercube)).size} hypercubes (${m.hasHypercubes.filter((h) => h.arcrole === 'all').length} all, ${m.hasHypercubes.filter((h) => h.arcrole === 'notAll').length} notAll; ${m.hasHypercubes.filter((h) => h.closed).length} closed), ` +
        `${Object.values(m.dimensions).filter((d) => d.explicit).length} explicit + ${Object.values(m.dimensions).filter((d) => !d.explicit).length} typed dimensions, ${m.domains.length} domains (${m.domains.map((d) => d.members.length).join('/')} members), ` +
        `${Object.keys(m.defaults).length} defaults, ${Object.keys(m.primaryItems).length} primary items, ${m.drs.length} DRSs`,
    );
    const results: SizeResult[] = [];
    for (const n of SIZES) {
      const r = await measure(dir, n);
      results.push(r);
      const fps = (ms: number) => Math.round(r.facts / (ms / 1000)).toLocaleString('en-US');
      console.log(
        `xdt ${r.facts.toLocaleString('en-US')} facts (${Math.ceil(r.facts / 5).toLocaleString('en-US')} contexts, ${r.mb.toFixed(1)} MB, ${r.invalidContexts} invalid contexts): ` +
          `xdt instance rules ${r.xdt.toFixed(0)} ms = ${fps(r.xdt)} facts/s (${r.xdtFindings} findings); ` +
          `parse+load ${r.load.toFixed(0)} ms = ${fps(r.load)} facts/s; ` +
          `validate() without schema validation ${r.total.toFixed(0)} ms = ${fps(r.total)} facts/s (${r.totalFindings} findings); median of ${RUNS}`,
      );
    }
    if (results.length >= 2) {
      const a = results[0]!;
      const b = results[results.length - 1]!;
      const k = b.facts / a.facts;
      console.log(
        `xdt scaling ${b.facts / 1000}k/${a.facts / 1000}k (x${k} facts; ${k} = linear): xdt rules ${(b.xdt / a.xdt).toFixed(1)}, parse+load ${(b.load / a.load).toFixed(1)}, validate() ${(b.total / a.total).toFixed(1)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/dimensions.ts')) {
  await runDimensionsBench();
}
