/**
 * Layering a filing's company extension on an artifact compiled from the base alone (fixtures/artifact: the KvK
 * pattern on the SBR demo taxonomy): the extension's documents are discovered, the base's never read, and the
 * findings equal those of live discovery of the whole DTS.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { compileDts } from '../../src/compile/compile.js';
import { discoverDts, type DocumentSource } from '../../src/dts/discover.js';
import { Resolver } from '../../src/resolve/index.js';
import { validate } from '../../src/validate/node.js';

const ROOT = resolve(__dirname, '../..');
const ENTRY = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');
const FILING = resolve(ROOT, 'fixtures/artifact/ext-filing.xbrl');
const EXT = resolve(ROOT, 'fixtures/artifact/company-ext.xsd');
const PAYABLE = '{http://www.sbr-demo.example/2024/vat}VatPayable';
const INPUT = '{http://www.sbr-demo.example/2024/vat}InputVat';
const EXTRA = '{http://www.sbr-demo.example/company/ext}ExtraVat';

describe('extension layered on a compiled base', async () => {
  const validator = await Validator.load(compileArtifactFrom([ENTRY]).bytes);

  it('gives the findings of live discovery, reading only extension documents', async () => {
    const reads: string[] = [];
    const resolver = Resolver.create({});
    const spy: DocumentSource = { read: (u) => (reads.push(u), resolver.read(u)) };
    const live = await validate(FILING, {});
    for (const lang of ['en', 'nl']) {
      const r = await validator.validate(FILING, { documents: spy, lang });
      expect(r.findings).toEqual((await validate(FILING, { lang })).documents[0]!.findings);
    }
    expect(reads.every((u) => u.includes('fixtures/artifact/'))).toBe(true);
    expect(reads.length).toBe(6); // ext schema, cal and lab linkbases, per language run
    // the pattern of the base type reaches the extension concept; the calculation adds up only with the prohibition applied
    expect(live.findings.map((f) => f.code)).toContain('xmlSchema:valueError');
    expect(live.findings.map((f) => f.code)).not.toContain('xbrl.5.2.5.2:calcInconsistency');
  });

  it('reuses a layered extension only while its documents read back byte-identical', () => {
    const resolver = Resolver.create({});
    let label = 'Extra voorbelasting';
    const source: DocumentSource = {
      read: (u) => {
        const b = resolver.read(u);
        if (!b || !u.endsWith('company-lab.xml')) return b;
        return new TextEncoder().encode(new TextDecoder().decode(b).replace('Extra voorbelasting', label));
      },
    };
    const load = () => validator.taxonomySource(source).load([{ href: EXT }]).taxonomy;
    const first = load();
    expect(load()).toBe(first); // same bytes: the kept taxonomy
    label = 'Andere voorbelasting';
    const changed = load();
    expect(changed).not.toBe(first);
    expect(changed.labels[EXTRA]?.['http://www.xbrl.org/2003/role/label']?.['nl']).toBe('Andere voorbelasting');
    expect(first.labels[EXTRA]?.['http://www.xbrl.org/2003/role/label']?.['nl']).toBe('Extra voorbelasting');
    expect(load()).toBe(changed);
    validator.layerCacheSize = 0;
    try {
      const a = load();
      expect(load()).not.toBe(a);
      expect(a.labels[EXTRA]).toEqual(changed.labels[EXTRA]);
    } finally {
      validator.layerCacheSize = 4;
    }
  });

  it('merges concepts, networks (with the prohibition of a base arc) and labels', () => {
    const loaded = validator.taxonomySource(Resolver.create({})).load([{ href: EXT }]);
    const t = loaded.taxonomy;
    const extra = t.concepts[EXTRA]!;
    expect([extra.kind, extra.numeric, extra.xbrliType]).toEqual(['item', true, 'monetaryItemType']);
    const branch = t.concepts['{http://www.sbr-demo.example/company/ext}BranchVatNumber']!;
    expect(branch.valueType?.variety).toBe('atomic');
    const calc = t.networks.filter((n) => n.arcrole.endsWith('/summation-item')).flatMap((n) => n.relationships);
    expect(
      calc
        .filter((r) => r.from === PAYABLE)
        .map((r) => r.to)
        .sort(),
    ).toEqual([EXTRA, '{http://www.sbr-demo.example/2024/vat}VatHighRate'].sort());
    expect(calc.some((r) => r.to === INPUT)).toBe(false);
    expect(t.labels[EXTRA]?.['http://www.xbrl.org/2003/role/label']).toEqual({
      nl: 'Extra voorbelasting',
      en: 'Extra input VAT',
    });
    expect(validator.taxonomy.networks.flatMap((n) => n.relationships).some((r) => r.to === INPUT)).toBe(true); // base untouched
    const live = compileArtifactFrom([EXT]).loaded.taxonomy;
    expect(Object.keys(t.concepts).sort()).toEqual(Object.keys(live.concepts).sort());
    expect(t.dimensions).toEqual(live.dimensions);
  });

  it('recomputes the labels of base concepts the extension labels, as live discovery gives them', () => {
    // company-lab.xml plus a German standard label of the base's VatPayable and a terse label of its InputVat, in the
    // label network the base's own labels are in: those concepts' labels come from the extension's and the base's
    // relationships of that network (found through the base's index, layer.ts relationshipsFrom)
    const resolver = Resolver.create({});
    const more = `<link:loc xlink:type="locator" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#vat_VatPayable" xlink:label="P"/>
<link:label xlink:type="resource" xlink:label="P_de" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="de">Zahllast</link:label>
<link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="P" xlink:to="P_de"/>
<link:loc xlink:type="locator" xlink:href="../../taxonomies/sbr-demo/vat-2024.xsd#vat_InputVat" xlink:label="I"/>
<link:label xlink:type="resource" xlink:label="I_t" xlink:role="http://www.xbrl.org/2003/role/terseLabel" xml:lang="nl">Voorbel.</link:label>
<link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="I" xlink:to="I_t"/>
</link:labelLink>`;
    const source: DocumentSource = {
      read: (u) => {
        const b = resolver.read(u);
        if (!b || !u.endsWith('company-lab.xml')) return b;
        return new TextEncoder().encode(new TextDecoder().decode(b).replace('</link:labelLink>', more));
      },
    };
    const layered = validator.taxonomySource(source).load([{ href: EXT }]).taxonomy;
    const live = compileDts(discoverDts([{ href: EXT }], source));
    const LABEL = 'http://www.xbrl.org/2003/role/label';
    expect(layered.labels[PAYABLE]?.[LABEL]).toEqual({
      de: 'Zahllast',
      en: 'VAT payable',
      nl: 'Te betalen omzetbelasting',
    });
    expect(layered.labels[INPUT]).toEqual({
      [LABEL]: { en: 'Input VAT', nl: 'Voorbelasting' },
      'http://www.xbrl.org/2003/role/terseLabel': { nl: 'Voorbel.' },
    });
    for (const k of [PAYABLE, INPUT, EXTRA]) expect(layered.labels[k]).toEqual(live.labels[k]);
    expect(Object.keys(layered.labels).sort()).toEqual(Object.keys(live.labels).sort());
  });

  it('gives extension concepts typed by a base type the attribute uses of that type, as the live compile', () => {
    // what the schema-validity proof (src/instance/schema-proof.ts) checks a fact's attributes against
    const ext = resolve(ROOT, 'fixtures/artifact/constrained-ext.xsd');
    const layered = validator.taxonomySource(Resolver.create({})).load([{ href: ext }]).taxonomy;
    const live = compileDts(discoverDts([{ href: ext }], Resolver.create({})));
    const NS = '{http://www.sbr-demo.example/company/constrained}';
    const uses = (k: string, t: typeof live) => [t.concepts[k]?.allowedAttributes, t.concepts[k]?.requiredAttributes];
    expect(uses(`${NS}PlainVat`, layered)).toEqual([
      ['contextRef', 'decimals', 'id', 'precision', 'unitRef'],
      ['contextRef', 'unitRef'],
    ]);
    expect(uses(`${NS}PlainVat`, layered)).toEqual(uses(`${NS}PlainVat`, live));
    // an identity constraint: the type alone does not decide the attributes
    expect(uses(`${NS}ConstrainedVat`, layered)).toEqual([undefined, undefined]);
    expect(uses(`${NS}ConstrainedVat`, live)).toEqual([undefined, undefined]);
  });

  it("runs the extension's own formula linkbase, as live discovery does", async () => {
    const filing = resolve(ROOT, 'fixtures/artifact/formula-ext-filing.xbrl');
    const live = (await validate(filing, {})).documents[0]!.findings;
    const layered = (await validator.validate(filing, {})).findings;
    expect(layered).toEqual(live);
    const summary = layered.find((f) => f.code === 'sbr:formulaSummary');
    expect(summary?.message).toBe('Formula: 2 assertions ran, 1 satisfied, 1 not satisfied (extraVatLimit)');
    const limit = layered.find((f) => f.code === 'formula:extraVatLimit');
    expect([limit?.message, limit?.line]).toEqual(['Extra input VAT 3000 is more than 1000.', 72]);
  });
});
