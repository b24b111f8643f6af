import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkSchemas,
  validateAgainstSchemas,
  validateManyAgainstSchemas,
  type SchemaDoc,
} from '../../src/xml/schema-validate.js';
import { pruneElements } from '../../src/xml/schema-prepare.js';

const repo = resolve(import.meta.dirname, '../..');
const fx = (name: string): string => join(repo, 'fixtures/xml-schema', name);
const shared = resolve(repo, process.env.SBR_SHARED ?? '../shared');
const haveShared = existsSync(join(shared, 'xbrl-schemas'));
if (!haveShared)
  console.warn(`schema-validate tests: shared data not found at ${shared} (set SBR_SHARED); real-data tests skipped`);

/**
 * Tiny test-only DTS loader: reads `root` and follows xs:import/include/redefine schemaLocations
 * recursively; http(s)://host/path is mapped to `<cacheDir>/host/path` in the first cache dir that has it.
 */
function loadSchemas(roots: string[], cacheDirs: string[]): SchemaDoc[] {
  const fileFor = (url: string): string | undefined => {
    const m = /^https?:\/\/(.*)$/.exec(url);
    if (!m) return existsSync(url) ? url : undefined;
    for (const d of cacheDirs) {
      const p = join(d, m[1]!);
      if (existsSync(p)) return p;
    }
    return undefined;
  };
  const out = new Map<string, string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (out.has(url)) continue;
    const file = fileFor(url);
    if (!file) continue;
    const text = readFileSync(file, 'utf8');
    out.set(url, text);
    for (const m of text.matchAll(
      /<(?:[\w.-]+:)?(?:import|include|redefine)\b[^>]*?schemaLocation\s*=\s*["']([^"']+)["']/g,
    )) {
      const ref = m[1]!;
      queue.push(/^https?:/.test(url) ? new URL(ref, url).href : /^https?:/.test(ref) ? ref : resolve(url, '..', ref));
    }
  }
  return [...out].map(([url, bytes]) => ({ url, bytes }));
}

const docOf = (path: string): SchemaDoc => ({ url: path, bytes: readFileSync(path) });

describe('validateAgainstSchemas (fixtures)', () => {
  const schemas = loadSchemas([fx('concepts.xsd')], []);
  const roots = [fx('concepts.xsd')];

  it('loads both fixture schemas', () => {
    expect(schemas.map((s) => s.url).sort()).toEqual([fx('concepts.xsd'), fx('types.xsd')]);
  });

  it('reports nothing for a valid document', async () => {
    expect(await validateAgainstSchemas(docOf(fx('valid.xml')), schemas, roots)).toEqual([]);
  });

  it('reports value and structure errors with lines, columns and readable messages', async () => {
    const f = await validateAgainstSchemas(docOf(fx('invalid.xml')), schemas, roots);
    expect(f.map((x) => [x.code, x.line, x.column])).toEqual([
      ['xmlSchema:valueError', 3, 3],
      ['xmlSchema:valueError', 4, 3],
      ['xmlSchema:elementUnexpected', 5, 3],
    ]);
    expect(f.every((x) => x.file === fx('invalid.xml') && x.severity === 'error')).toBe(true);
    expect(f[0]!.message).toBe("Element t:code: The value '12x456' does not match the required pattern '[0-9]{6}'.");
    expect(f[1]!.message).toMatch(/^Element t:amount: 'abc' is not a valid value of the atomic type 'xs:decimal'/);
    expect(f[2]!.message).toMatch(/^Element t:code: This element is not allowed here/);
    for (const x of f) expect(x.message).not.toMatch(/\/x\/|\/doc\/|\{http/);
  });

  it('gives the same results with and without pruning of unused element declarations', async () => {
    const a = await validateAgainstSchemas(docOf(fx('invalid.xml')), schemas, roots);
    const [b] = await validateManyAgainstSchemas([docOf(fx('invalid.xml'))], schemas, roots, {
      pruneUnusedElements: false,
    });
    expect(b).toEqual(a);
  });

  it('gives each run the same results whatever the runs before it left in the reused wasm memory', async () => {
    const first = await validateAgainstSchemas(docOf(fx('invalid.xml')), schemas, roots);
    // a bigger run in between (more documents, unpruned), then the same runs again, two at a time
    await validateManyAgainstSchemas([docOf(fx('valid.xml')), docOf(fx('invalid.xml'))], schemas, roots, {
      pruneUnusedElements: false,
    });
    const again = await Promise.all([
      validateAgainstSchemas(docOf(fx('invalid.xml')), schemas, roots),
      validateAgainstSchemas(docOf(fx('valid.xml')), schemas, roots),
    ]);
    expect(first.length).toBe(3);
    expect(again).toEqual([first, []]);
  });

  it('validates several documents in one run', async () => {
    const [v, i] = await validateManyAgainstSchemas([docOf(fx('valid.xml')), docOf(fx('invalid.xml'))], schemas, roots);
    expect(v).toEqual([]);
    expect(i!.length).toBe(3);
  });

  it('resolves absolute http schemaLocations to preloaded documents and merges one namespace split over documents', async () => {
    const xs = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
    const set: SchemaDoc[] = [
      {
        url: 'http://example.com/tax/entry.xsd',
        bytes: `<xs:schema ${xs} targetNamespace="urn:e">
  <xs:import namespace="urn:c" schemaLocation="http://example.com/tax/c1.xsd"/>
  <xs:import namespace="urn:c" schemaLocation="sub/c2.xsd"/>
</xs:schema>`,
      },
      {
        url: 'http://example.com/tax/c1.xsd',
        bytes: `<xs:schema ${xs} targetNamespace="urn:c"><xs:element name="one" type="xs:integer"/></xs:schema>`,
      },
      {
        url: 'http://example.com/tax/sub/c2.xsd',
        bytes: `<xs:schema ${xs} targetNamespace="urn:c"><xs:element name="two" type="xs:integer"/></xs:schema>`,
      },
    ];
    const ok = { url: 'mem:ok.xml', bytes: '<two xmlns="urn:c">2</two>' };
    expect(await validateAgainstSchemas(ok, set, ['http://example.com/tax/entry.xsd'])).toEqual([]);
    const bad = { url: 'mem:bad.xml', bytes: '<one xmlns="urn:c">x</one>' };
    const f = await validateAgainstSchemas(bad, set, ['http://example.com/tax/entry.xsd']);
    expect(f.map((x) => [x.code, x.file, x.line])).toEqual([['xmlSchema:valueError', 'mem:bad.xml', 1]]);
  });

  it('reports a schema that does not compile as schemaError on the schema file', async () => {
    const broken = [{ url: fx('broken.xsd'), bytes: readFileSync(fx('broken.xsd')) }];
    const f = await validateAgainstSchemas({ url: 'mem:a.xml', bytes: '<a xmlns="http://example.com/b"/>' }, broken, [
      fx('broken.xsd'),
    ]);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ code: 'xmlSchema:schemaError', file: fx('broken.xsd'), line: 3, severity: 'error' });
    expect(f[0]!.message).toMatch(/noSuchType/);
    expect(await checkSchemas(broken, [fx('broken.xsd')])).toEqual(f);
    expect(await checkSchemas(schemas, roots)).toEqual([]);
  });

  it('reports missing imported schemas under their real URL without going to the network', async () => {
    const set: SchemaDoc[] = [
      {
        url: 'http://example.com/e.xsd',
        bytes: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:e">
  <xs:import namespace="urn:m" schemaLocation="http://example.com/missing.xsd"/>
  <xs:element name="e" type="xs:string"/>
</xs:schema>`,
      },
    ];
    const f = await validateAgainstSchemas({ url: 'mem:e.xml', bytes: '<e xmlns="urn:e"/>' }, set, [
      'http://example.com/e.xsd',
    ]);
    expect(f.length).toBeGreaterThan(0);
    expect(
      f.some((x) => x.file === 'http://example.com/e.xsd' && /http:\/\/example\.com\/missing\.xsd/.test(x.message)),
    ).toBe(true);
  });

  it('reports a malformed instance', async () => {
    const f = await validateAgainstSchemas(
      { url: 'mem:m.xml', bytes: '<t:root xmlns:t="http://example.com/t">\n<t:code>' },
      schemas,
      roots,
    );
    expect(f.some((x) => x.code === 'xml:malformed' && x.file === 'mem:m.xml')).toBe(true);
  });

  it('pruneElements blanks unused top-level element declarations keeping line numbers', () => {
    const text = readFileSync(fx('concepts.xsd'), 'latin1');
    const pruned = pruneElements(text, new Set(['root', 'code', 'amount']));
    expect(pruned.split('\n').length).toBe(text.split('\n').length);
    expect(pruned).not.toMatch(/name="unused"/);
    expect(pruned).toMatch(/name="amount"/);
    expect(pruned).toMatch(/<xs:element ref="t:code"/);
  });

  it('leaves process.exitCode alone', async () => {
    const before = process.exitCode;
    await validateAgainstSchemas(docOf(fx('invalid.xml')), schemas, roots);
    expect(process.exitCode).toBe(before);
  });
});

describe.skipIf(!haveShared)('validateAgainstSchemas (SBR Australia SuperStream, real data)', () => {
  const base = join(shared, 'real/au/superstream');
  const root =
    'http://sbr.gov.au/taxonomy/sbr_au_reports/sprstrm/sprcnt/sprcnt_0001/sprcnt.0001.conttrans.request.02.02.report.xsd';
  const schemas = haveShared ? loadSchemas([root], [join(base, 'xsd'), join(shared, 'xbrl-schemas')]) : [];

  it('finds the pattern facet failure on line 47 of xbrl_003 and nothing in xbrl_001', async () => {
    const bad = join(base, 'xbrl/xbrl_003_invalid-against-XSD.xml');
    const f = await validateAgainstSchemas(docOf(bad), schemas, [root]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'xmlSchema:valueError', file: bad, line: 47, severity: 'error' });
    expect(f[0]!.message).toContain('FinancialInstitutionAccount.BankStateBranch.Number');
    expect(f[0]!.message).toContain("'[0-9]{6}'");
    expect(await validateAgainstSchemas(docOf(join(base, 'xbrl/xbrl_001_valid.xml')), schemas, [root])).toEqual([]);
  });
});

describe.skipIf(!haveShared)('validateAgainstSchemas (XBRL 2.1 conformance, 104 tuples)', () => {
  const dir = join(shared, 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/Common/100-schema');
  const cache = [join(shared, 'xbrl-schemas')];

  it.each(['104-01-SpecTupleExample', '104-03-TupleExampleCardinality'])(
    '%s (expected valid) is schema-valid',
    async (name) => {
      const xsd = join(dir, `${name}.xsd`);
      const schemas = loadSchemas([xsd], cache);
      const f = await validateAgainstSchemas(docOf(join(dir, `${name}.xml`)), schemas, [xsd]);
      expect(f).toEqual([]);
    },
  );

  it('reports a cardinality violation when a tuple member occurs too often', async () => {
    const name = '104-03-TupleExampleCardinality';
    const xsd = join(dir, `${name}.xsd`);
    const schemas = loadSchemas([xsd], cache);
    const text = readFileSync(join(dir, `${name}.xml`), 'utf8').replace(
      '<my:managementName contextRef="ci">My Name</my:managementName>',
      '<my:managementName contextRef="ci">My Name</my:managementName><my:managementName contextRef="ci">Again</my:managementName>',
    );
    const f = await validateAgainstSchemas({ url: 'mem:104-03-modified.xml', bytes: text }, schemas, [xsd]);
    expect(f.map((x) => [x.code, x.line])).toEqual([['xmlSchema:elementUnexpected', 4]]);
  });
});
