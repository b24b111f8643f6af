import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FatalInputError, finding, type Finding } from '../../src/findings.js';
import {
  codeMatches,
  compareWithBaseline,
  fixedKnownFailures,
  formatOutcomes,
  makeBaseline,
  readBaseline,
  readSuite,
  runSuite,
  type Variation,
} from '../../src/conformance/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repoRoot, process.env.SBR_SHARED ?? '../shared');
const mini = join(repoRoot, 'fixtures/conformance/mini');
const xbrl21Index = join(shared, 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml');
const xdtIndex = join(shared, 'conformance/xdt/xdt-conf-cr4-2009-10-06/xdt.xml');

const err = (code: string): Finding =>
  finding(code, 'error', `reported ${code}`, { file: 'x.xml', line: 3, column: 1 });
const warn = (code: string): Finding => finding(code, 'warning', `reported ${code}`);

function fatalCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof FatalInputError ? e.finding.code : `not fatal: ${String(e)}`;
  }
  return undefined;
}

describe('readSuite on the mini fixture suite', () => {
  const vs = readSuite(join(mini, 'index.xml'));
  const byId = new Map(vs.map((v) => [v.id, v]));

  it('reads every variation of every testcase, in order, with unique ids', () => {
    expect(vs.map((v) => v.id)).toEqual([
      'plain-testcase:V-01',
      'plain-testcase:V-02',
      'dims-2005:V-01',
      'dims-2005:V-02',
      'dims-2005:V-03',
      'formula-2008:V-01',
      'formula-2008:V-02',
      'formula-2008:V-01#2',
    ]);
    expect(byId.get('formula-2008:V-01#2')!.variationId).toBe('V-01');
  });

  it('normalises the no-namespace (XBRL 2.1) shape', () => {
    const v1 = byId.get('plain-testcase:V-01')!;
    expect(v1).toMatchObject({
      name: 'ValidInstance',
      description: 'A valid instance.',
      expected: 'valid',
      expectedErrors: [],
      testcase: join(mini, 'plain/plain-testcase.xml'),
      readMeFirst: [join(mini, 'plain/valid.xml')],
      resultFiles: [join(mini, 'plain/valid-out.xml')],
    });
    expect(v1.data).toEqual([
      { kind: 'xsd', path: join(mini, 'plain/a.xsd'), readMeFirst: false },
      { kind: 'instance', path: join(mini, 'plain/valid.xml'), readMeFirst: true },
    ]);
    const v2 = byId.get('plain-testcase:V-02')!;
    expect(v2.expected).toBe('invalid');
    expect(v2.expectedErrors).toEqual([]);
    expect(v2.data.map((d) => [d.kind, d.readMeFirst])).toEqual([
      ['xsd', false],
      ['instance', true],
      ['linkbase', false],
    ]);
  });

  it('normalises the 2005 conformance shape (error codes, file outputs, empty result)', () => {
    expect(byId.get('dims-2005:V-01')).toMatchObject({
      expected: 'invalid',
      expectedErrors: ['xbrldte:DRSDirectedCycleError'],
      readMeFirst: [join(mini, 'cycle.xsd')],
      description: 'Directed cycle.',
    });
    expect(byId.get('dims-2005:V-02')).toMatchObject({
      expected: 'valid',
      expectedErrors: [],
      readMeFirst: [join(mini, 'ok.xsd'), join(mini, 'ok.xml')],
      resultFiles: [join(mini, 'ok-out.xml')],
    });
    expect(byId.get('dims-2005:V-03')).toMatchObject({ expected: 'valid', expectedErrors: [] });
  });

  it('normalises the 2008 conformance shape (prefixed elements, name child, parameters, assertionTests)', () => {
    const v = byId.get('formula-2008:V-01')!;
    expect(v).toMatchObject({
      name: 'Dimension error',
      description: 'Invalid member & more.',
      expected: 'invalid',
      expectedErrors: ['xbrldie:PrimaryItemDimensionallyInvalidError'],
      readMeFirst: [join(mini, 'dim.xml')],
    });
    expect(v.data).toHaveLength(1); // <parameter> is not a file
    const a = byId.get('formula-2008:V-02')!;
    expect(a.expected).toBe('valid');
    expect(a.assertionTests).toEqual([{ assertionID: 'a1', countSatisfied: 1, countNotSatisfied: 0 }]);
    expect(a.resultFiles).toEqual([join(mini, 'f-out.xml')]);
    expect(a.data.map((d) => d.kind)).toEqual(['schema', 'instance']);
  });

  it('throws FatalInputError sbr:conformanceIndex for unreadable or unknown formats', () => {
    expect(fatalCode(() => readSuite(join(mini, 'does-not-exist.xml')))).toBe('sbr:conformanceIndex');
    expect(fatalCode(() => readSuite(join(mini, 'malformed.xml')))).toBe('sbr:conformanceIndex');
    expect(fatalCode(() => readSuite(join(mini, 'unknown-format.xml')))).toBe('sbr:conformanceIndex');
    expect(fatalCode(() => readSuite(join(mini, 'bad-expected.xml')))).toBe('sbr:conformanceIndex');
    expect(fatalCode(() => readSuite(join(mini, 'baseline.json')))).toBe('sbr:conformanceIndex');
  });
});

describe('runSuite pass rule and report', () => {
  const vs = readSuite(join(mini, 'index.xml'));

  /** Fake validator: findings keyed by variation id. */
  const answers: Record<string, () => Promise<{ findings: Finding[] }>> = {
    'plain-testcase:V-01': async () => ({ findings: [warn('sbr:style')] }), // warnings only: valid -> pass
    'plain-testcase:V-02': async () => ({ findings: [warn('sbr:style')] }), // no error: invalid -> FAIL
    'dims-2005:V-01': async () => ({ findings: [err('xbrldte:DRSDirectedCycleError')] }), // exact -> pass
    'dims-2005:V-02': async () => ({ findings: [err('xbrl.4.6.1:itemContextRef')] }), // valid expected -> FAIL
    'dims-2005:V-03': async () => {
      throw new Error('boom'); // thrown -> FAIL with reason
    },
    'formula-2008:V-01': async () => ({ findings: [err('xbrldie:RepeatedDimensionInInstanceError')] }), // wrong code -> FAIL
    'formula-2008:V-02': async () => ({ findings: [] }), // valid -> pass
    'formula-2008:V-01#2': async () => {
      // FatalInputError counts as an error finding -> invalid without codes passes
      throw new FatalInputError(finding('sbr:notXml', 'error', 'not XML', { file: 'dup.xml' }));
    },
  };
  const validate = (v: Variation) => answers[v.id]!();

  it('applies the pass rule to each variation', async () => {
    const seen: string[] = [];
    const outcomes = await runSuite(vs, validate, { concurrency: 3, onResult: (o) => seen.push(o.variation.id) });
    expect(seen.sort()).toEqual(vs.map((v) => v.id).sort());
    expect(outcomes.map((o) => [o.variation.id, o.pass])).toEqual([
      ['plain-testcase:V-01', true],
      ['plain-testcase:V-02', false],
      ['dims-2005:V-01', true],
      ['dims-2005:V-02', false],
      ['dims-2005:V-03', false],
      ['formula-2008:V-01', false],
      ['formula-2008:V-02', true],
      ['formula-2008:V-01#2', true],
    ]);
    for (const o of outcomes) {
      expect(o.ms).toBeGreaterThanOrEqual(0);
      if (!o.pass) expect(o.reason).toBeTruthy();
    }
    expect(outcomes[4]!.reason).toContain('boom');
    expect(outcomes[7]!.actualErrors).toEqual(['sbr:notXml']);

    const report = formatOutcomes(outcomes);
    const lines = report.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^FAIL plain-testcase:V-02 expected invalid got valid: /);
    expect(lines[1]).toMatch(
      /^FAIL dims-2005:V-02 expected valid got xbrl\.4\.6\.1:itemContextRef: expected valid but 1 error/,
    );
    expect(lines[2]).toMatch(/^FAIL dims-2005:V-03 expected valid got valid: validate\(\) threw Error: boom$/);
    expect(lines[3]).toMatch(
      /^FAIL formula-2008:V-01 expected xbrldie:PrimaryItemDimensionallyInvalidError got xbrldie:RepeatedDimensionInInstanceError: /,
    );
    expect(lines.at(-1)).toBe('4 passed, 4 failed');
  });

  it('matches expected codes by prefix and local name as written', async () => {
    const only = vs.filter((v) => v.id === 'dims-2005:V-01');
    const run = async (code: string) => (await runSuite(only, async () => ({ findings: [err(code)] })))[0]!.pass;
    expect(await run('xbrldte:DRSDirectedCycleError')).toBe(true);
    expect(await run('DRSDirectedCycleError')).toBe(true);
    expect(await run('other:DRSDirectedCycleError')).toBe(false);
    expect(await run('xbrldte:DRSUndirectedCycleError')).toBe(false);
    // a warning with the right code does not count
    expect((await runSuite(only, async () => ({ findings: [warn('xbrldte:DRSDirectedCycleError')] })))[0]!.pass).toBe(
      false,
    );
    expect(codeMatches('xbrldte:X', 'X')).toBe(true);
    expect(codeMatches('X', 'xbrldte:X')).toBe(true);
    expect(codeMatches('a:X', 'b:X')).toBe(false);
  });

  it('filters variations, reports timeouts, and prints an all-pass run as one line', async () => {
    const outcomes = await runSuite(vs, validate, {
      filter: (v) => v.expected === 'valid' && !v.id.startsWith('dims'),
    });
    expect(outcomes.map((o) => o.variation.id)).toEqual(['plain-testcase:V-01', 'formula-2008:V-02']);
    expect(formatOutcomes(outcomes)).toBe('2 passed, 0 failed');
    expect(formatOutcomes([])).toBe('0 passed, 0 failed');
    const slow = await runSuite(vs.slice(0, 1), () => new Promise(() => {}), { timeoutMs: 20 });
    expect(slow[0]!.pass).toBe(false);
    expect(slow[0]!.reason).toContain('timed out');
  });

  it('compares a run with a baseline', async () => {
    const outcomes = await runSuite(vs, validate);
    const baseline = readBaseline(join(mini, 'baseline.json'));
    expect(baseline).toEqual({
      suite: 'mini',
      minPassed: 3,
      knownFailures: { 'formula-2008:V-02': 'assertion tests not supported' },
    });
    const regressions = compareWithBaseline(outcomes, baseline);
    expect(regressions.map((r) => r.id)).toEqual([
      'plain-testcase:V-02',
      'dims-2005:V-02',
      'dims-2005:V-03',
      'formula-2008:V-01',
    ]);
    expect(fixedKnownFailures(outcomes, baseline)).toEqual(['formula-2008:V-02']);

    const recorded = makeBaseline('mini', outcomes);
    expect(recorded.minPassed).toBe(4);
    expect(compareWithBaseline(outcomes, recorded)).toEqual([]);
    const tooFew = compareWithBaseline(outcomes, { ...recorded, minPassed: 5 });
    expect(tooFew).toHaveLength(1);
    expect(tooFew[0]!.id).toBeUndefined();
    expect(tooFew[0]!.message).toContain('4 passed');

    const dir = mkdtempSync(join(tmpdir(), 'sbr-baseline-'));
    writeFileSync(join(dir, 'bad.json'), '{"suite": 1}');
    expect(fatalCode(() => readBaseline(join(dir, 'bad.json')))).toBe('sbr:conformanceBaseline');
    expect(fatalCode(() => readBaseline(join(dir, 'missing.json')))).toBe('sbr:conformanceBaseline');
  });
});

describe.skipIf(!existsSync(xbrl21Index))('XBRL 2.1 conformance suite index', () => {
  it(`reads all 548 variations (shared suite at ${xbrl21Index})`, () => {
    const vs = readSuite(xbrl21Index);
    expect(vs).toHaveLength(548);
    expect(new Set(vs.map((v) => v.testcase)).size).toBe(55);
    expect(new Set(vs.map((v) => v.id)).size).toBe(548);
    expect(vs.filter((v) => v.expected === 'valid')).toHaveLength(331);
    expect(vs.filter((v) => v.expected === 'invalid')).toHaveLength(217);
    expect(vs.filter((v) => v.expectedErrors.length > 0)).toHaveLength(0);
    expect(vs.filter((v) => v.resultFiles?.length)).toHaveLength(107);
    for (const v of vs) expect(v.readMeFirst, v.id).toHaveLength(1);
    for (const v of vs)
      for (const f of [...v.readMeFirst, ...(v.resultFiles ?? [])]) expect(existsSync(f), `${v.id} ${f}`).toBe(true);
    expect(vs[0]).toMatchObject({ id: '301-idScope:V-1', variationId: 'V-1', name: 'IdScopeValid', expected: 'valid' });
  });
});

describe.skipIf(!existsSync(xdtIndex))('XDT conformance suite index', () => {
  it(`reads all 337 variations (shared suite at ${xdtIndex})`, () => {
    const vs = readSuite(xdtIndex);
    expect(vs).toHaveLength(337);
    expect(new Set(vs.map((v) => v.testcase)).size).toBe(32); // two testcases are commented out in xdt.xml
    expect(new Set(vs.map((v) => v.id)).size).toBe(337);
    const withErrors = vs.filter((v) => v.expectedErrors.length > 0);
    expect(withErrors).toHaveLength(162);
    expect(withErrors.every((v) => v.expected === 'invalid')).toBe(true);
    expect(vs.filter((v) => v.expected === 'valid')).toHaveLength(175);
    expect(vs.filter((v) => v.expectedErrors.includes('xbrldie:PrimaryItemDimensionallyInvalidError'))).toHaveLength(
      89,
    );
    expect(vs.filter((v) => v.expectedErrors.some((e) => e.startsWith('xbrldte:')))).toHaveLength(51);
    expect(vs.filter((v) => v.expectedErrors.includes('sche:XmlSchemaError'))).toHaveLength(7);
    expect(vs.find((v) => v.id === '101-TestCase-HypercubeElementIsNotAbstractError:V-02')!.expectedErrors).toEqual([
      'xbrldte:HypercubeElementIsNotAbstractError',
    ]);
    for (const v of vs)
      for (const f of [...v.readMeFirst, ...(v.resultFiles ?? [])]) expect(existsSync(f), `${v.id} ${f}`).toBe(true);
  });
});

if (!existsSync(xbrl21Index) || !existsSync(xdtIndex)) {
  console.warn(
    `conformance-runner: shared conformance suites not found under ${shared} (set SBR_SHARED); real-suite tests skipped`,
  );
}
