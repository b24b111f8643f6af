/**
 * The built-in standard schemas (src/resolve/builtin): they are valid XML Schema documents, the resolver
 * serves them only as a last resort, and a DTS compiled with them has the same concept and type facts as
 * one compiled with the published XBRL International schemas (the shared cache folder, when present).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDts } from '../../src/compile/compile.js';
import type { CompiledTaxonomy } from '../../src/compile/types.js';
import { discoverDts, type DocumentSource } from '../../src/dts/discover.js';
import { BUILTIN_URLS, builtinDocument, ITEM_TYPE_NAMES } from '../../src/resolve/builtin/index.js';
import { Resolver } from '../../src/resolve/index.js';
import { checkSchemas } from '../../src/xml/schema-validate.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SHARED = resolve(REPO, process.env['SBR_SHARED'] ?? '../shared');
const XBRL_SCHEMAS = join(SHARED, 'xbrl-schemas');
const haveShared = existsSync(join(XBRL_SCHEMAS, 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'));
if (!haveShared)
  console.warn(
    `SKIP builtin-vs-published comparison: ${XBRL_SCHEMAS} not found (set SBR_SHARED to the shared data folder)`,
  );

const XBRLI = 'http://www.xbrl.org/2003/instance';
const INSTANCE_URL = 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd';
const TEST_NS = 'http://example.com/builtin-test';
const TEST_URL = 'http://example.com/builtin-test.xsd';

/** One concept per xbrli item type, one of a type restricting an item type, and the XDT heads. */
const TEST_SCHEMA = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="${XBRLI}" xmlns:t="${TEST_NS}"
    xmlns:xbrldt="http://xbrl.org/2005/xbrldt" targetNamespace="${TEST_NS}" elementFormDefault="qualified">
  <xs:import namespace="${XBRLI}" schemaLocation="${INSTANCE_URL}"/>
  <xs:import namespace="http://xbrl.org/2005/xbrldt" schemaLocation="http://www.xbrl.org/2005/xbrldt-2005.xsd"/>
  <xs:complexType name="codeItemType">
    <xs:simpleContent>
      <xs:restriction base="xbrli:stringItemType">
        <xs:pattern value="[A-Z]{2}"/>
      </xs:restriction>
    </xs:simpleContent>
  </xs:complexType>
  <xs:element name="Code" type="t:codeItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
  <xs:element name="Cube" type="xbrli:stringItemType" substitutionGroup="xbrldt:hypercubeItem" abstract="true" xbrli:periodType="duration"/>
  <xs:element name="Axis" type="xbrli:stringItemType" substitutionGroup="xbrldt:dimensionItem" abstract="true" xbrli:periodType="duration"/>
${ITEM_TYPE_NAMES.map((t) => `  <xs:element name="c_${t}" type="xbrli:${t}" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>`).join('\n')}
</xs:schema>
`;

function compileWith(source: DocumentSource): CompiledTaxonomy {
  const withTest: DocumentSource = {
    read: (url) => (url === TEST_URL ? new TextEncoder().encode(TEST_SCHEMA) : source.read(url)),
  };
  const dts = discoverDts([{ href: TEST_URL }], withTest);
  expect(dts.findings).toEqual([]);
  return compileDts(dts);
}

/** The facts a rule may use of a concept. */
function facts(tax: CompiledTaxonomy, key: string) {
  const c = tax.concepts[key];
  if (!c) return undefined;
  const {
    kind,
    substitutionGroups,
    type,
    xbrliType,
    numeric,
    fraction,
    periodType,
    balance,
    abstract,
    nillable,
    valueType,
    complexContent,
  } = c;
  return {
    kind,
    substitutionGroups,
    type,
    xbrliType,
    numeric,
    fraction,
    periodType,
    balance,
    abstract,
    nillable,
    valueType,
    complexContent,
  };
}

describe('built-in standard schemas', () => {
  it('serves the XBRL 2.1 and Dimensions schemas over http and https, nothing else', () => {
    expect(BUILTIN_URLS).toEqual(
      expect.arrayContaining([
        INSTANCE_URL,
        'http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd',
        'http://www.xbrl.org/2003/xl-2003-12-31.xsd',
        'http://www.xbrl.org/2003/xlink-2003-12-31.xsd',
        'http://www.xbrl.org/2005/xbrldt-2005.xsd',
      ]),
    );
    for (const u of BUILTIN_URLS) {
      expect(builtinDocument(u)?.length).toBeGreaterThan(100);
      expect(builtinDocument(u.replace('http:', 'https:'))).toEqual(builtinDocument(u));
      expect(builtinDocument(u + '#element(/1)')).toEqual(builtinDocument(u));
    }
    expect(builtinDocument('http://www.xbrl.org/2003/ref-2003-12-31.xsd')).toBeUndefined();
    expect(builtinDocument('/www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd')).toBeUndefined();
  });

  it('are valid XML Schema documents (libxml2 compiles each with no error or warning)', async () => {
    const schemas = BUILTIN_URLS.map((url) => ({ url, bytes: builtinDocument(url)! }));
    for (const u of BUILTIN_URLS) expect(await checkSchemas(schemas, [u]), u).toEqual([]);
    // the check itself does report a broken schema
    const broken = {
      url: 'http://example.com/broken.xsd',
      bytes: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="xs:nope"/></xs:schema>',
    };
    expect((await checkSchemas([broken], [broken.url])).some((f) => f.code === 'xmlSchema:schemaError')).toBe(true);
  });

  it('are the last resort of the resolver: a cache folder wins', () => {
    const bare = Resolver.create({});
    expect(bare.read(INSTANCE_URL)).toEqual(builtinDocument(INSTANCE_URL));
    expect(bare.locate(INSTANCE_URL)).toBeUndefined();
    if (!haveShared) return;
    const cached = Resolver.create({ caches: [XBRL_SCHEMAS] });
    expect(cached.locate(INSTANCE_URL)?.kind).toBe('cache');
    expect(cached.read(INSTANCE_URL)).not.toEqual(builtinDocument(INSTANCE_URL));
  });

  it('compile to a DTS on their own', () => {
    const tax = compileWith({ read: (u) => builtinDocument(u) });
    expect(tax.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const money = tax.concepts[`{${TEST_NS}}c_monetaryItemType`]!;
    expect(money).toMatchObject({ kind: 'item', xbrliType: 'monetaryItemType', numeric: true, fraction: false });
    expect(tax.concepts[`{${TEST_NS}}Code`]).toMatchObject({ xbrliType: 'stringItemType', numeric: false });
    expect(Object.keys(tax.arcroleTypes).filter((a) => a.startsWith('http://xbrl.org/int/dim/arcrole/'))).toHaveLength(
      6,
    );
  });

  it.skipIf(!haveShared)('give the same concept, type and arcrole facts as the published schemas', () => {
    const published = Resolver.create({ caches: [XBRL_SCHEMAS] });
    const a = compileWith({ read: (u) => builtinDocument(u) });
    const b = compileWith({ read: (u) => published.read(u) });
    // the published documents really came from the cache
    for (const u of BUILTIN_URLS) expect(published.locate(u)?.kind, u).toBe('cache');

    const keys = [
      ...ITEM_TYPE_NAMES.map((t) => `{${TEST_NS}}c_${t}`),
      `{${TEST_NS}}Code`,
      `{${TEST_NS}}Cube`,
      `{${TEST_NS}}Axis`,
      `{${XBRLI}}item`,
      `{${XBRLI}}tuple`,
      '{http://xbrl.org/2005/xbrldt}hypercubeItem',
      '{http://xbrl.org/2005/xbrldt}dimensionItem',
    ];
    for (const k of keys) {
      expect(facts(a, k), k).toBeDefined();
      expect(facts(a, k), k).toEqual(facts(b, k));
    }
    // every xbrli item type, compiled as a type
    for (const t of ITEM_TYPE_NAMES) expect(a.types[`{${XBRLI}}${t}`], t).toEqual(b.types[`{${XBRLI}}${t}`]);
    // the same set of xbrli item types is declared
    const itemTypes = (x: CompiledTaxonomy) =>
      Object.keys(x.concepts)
        .filter((k) => k.startsWith(`{${TEST_NS}}c_`))
        .sort();
    expect(itemTypes(a)).toEqual(itemTypes(b));
    const publishedItemTypes = [
      ...new TextDecoder().decode(published.read(INSTANCE_URL)).matchAll(/complexType name="(\w+ItemType)"/g),
    ]
      .map((m) => m[1])
      .sort();
    expect([...ITEM_TYPE_NAMES].sort()).toEqual(publishedItemTypes);
    // XDT arcroles: same URIs, cycles and usedOn
    const arcroles = (x: CompiledTaxonomy) =>
      Object.values(x.arcroleTypes)
        .map((r) => ({ uri: r.roleURI, cycles: r.cyclesAllowed, usedOn: r.usedOn }))
        .sort((p, q) => p.uri.localeCompare(q.uri));
    expect(arcroles(a)).toEqual(arcroles(b));
  });
});
