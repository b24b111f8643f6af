/**
 * Taxonomy diff on the fixture pair fixtures/diff/v1 -> v2, which makes exactly one change of each kind (see the
 * comment in fixtures/diff/v1/ex.xsd): the diff must find each of them and nothing else.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom } from '../../src/artifact/node.js';
import { main } from '../../src/cli/main.js';
import { diffTaxonomies, undated } from '../../src/diff/diff.js';
import { filingImpact } from '../../src/diff/filing.js';
import { loadFiling, loadRelease } from '../../src/diff/node.js';
import { formatDiffHtml } from '../../src/report/diff-html.js';
import { formatDiffText, formatFilingImpactText } from '../../src/report/diff-text.js';
import { loadDts } from '../../src/validate/node.js';

const FX = resolve(__dirname, '../../fixtures/diff');
const CORE = 'http://example.com/diff/core';
const ex = (local: string) => `{${CORE}}${local}`;
const XBRLI = (local: string) => `{http://www.xbrl.org/2003/instance}${local}`;
const DATED_1 = 'http://example.com/diff/2024-01-01/dated';
const DATED_2 = 'http://example.com/diff/2025-01-01/dated';
const BALANCE_1 = 'http://example.com/diff/2024-01-01/role/balance';
const BALANCE_2 = 'http://example.com/diff/2025-01-01/role/balance';
const DIMS = 'http://example.com/diff/role/dims';

const v1 = loadDts([join(FX, 'v1/ex.xsd')]).taxonomy;
const v2 = loadDts([join(FX, 'v2/ex.xsd'), join(FX, 'v2/other-entry.xsd')]).taxonomy;
const d = diffTaxonomies(v1, v2);
const c = d.changes;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('diffTaxonomies on fixtures/diff v1 -> v2', () => {
  it('counts one change of each kind and nothing else', () => {
    expect(d.summary).toEqual({
      conceptsAdded: 1,
      conceptsRemoved: 1,
      conceptsRenamed: 2,
      conceptsChanged: 8,
      labelsChanged: 3,
      referencesChanged: 2,
      relationshipsAdded: 4,
      relationshipsRemoved: 3,
      relationshipsChanged: 3,
      dimensionsChanged: 2,
      roleTypesChanged: 2,
      roleTypesRenamed: 1,
      arcroleTypesChanged: 1,
      arcroleTypesRenamed: 0,
      assertionsChanged: 0,
      entryPointsChanged: 1,
    });
  });

  it('concepts added, removed and renamed (namespace move; local name and declaration)', () => {
    expect(c.concepts.added.map((x) => x.concept)).toEqual([ex('Added')]);
    expect(c.concepts.removed.map((x) => x.concept)).toEqual([ex('Removed')]);
    expect(c.concepts.renamed).toEqual([
      { old: ex('Relocated'), new: '{http://example.com/diff/extra}Relocated', label: 'Relocated', by: 'localName' },
      { old: `{${DATED_1}}Moved`, new: `{${DATED_2}}Moved`, label: 'Moved', by: 'namespace' },
    ]);
    expect(c.namespaces).toEqual([{ old: DATED_1, new: DATED_2 }]);
  });

  it('concept properties: type, substitution group, period type, balance, abstract, nillable, facets, enumeration', () => {
    const byConcept = Object.fromEntries(c.concepts.changed.map((x) => [x.concept, x.changes]));
    expect(byConcept).toEqual({
      [ex('TypeChanged')]: [{ property: 'type', old: XBRLI('stringItemType'), new: XBRLI('normalizedStringItemType') }],
      [ex('SubstChanged')]: [{ property: 'substitutionGroup', old: XBRLI('item'), new: ex('customHead') }],
      [ex('PeriodChanged')]: [{ property: 'periodType', old: 'instant', new: 'duration' }],
      [ex('BalanceChanged')]: [{ property: 'balance', old: 'debit', new: 'credit' }],
      [ex('AbstractChanged')]: [{ property: 'abstract', old: false, new: true }],
      [ex('NillableChanged')]: [{ property: 'nillable', old: true, new: false }],
      [ex('FacetChanged')]: [{ property: 'facets', old: [{ maxLength: 10 }], new: [{ maxLength: 20 }] }],
      [ex('EnumChanged')]: [{ property: 'enumeration', old: ['green', 'red'], new: ['blue', 'red'] }],
    });
  });

  it('labels per role and language, and references', () => {
    const LAB = 'http://www.xbrl.org/2003/role/label';
    expect(c.labels).toEqual([
      {
        concept: ex('Assets'),
        role: 'http://www.xbrl.org/2003/role/terseLabel',
        lang: 'en',
        kind: 'removed',
        old: 'Assets (terse)',
      },
      { concept: ex('Cash'), role: LAB, lang: 'nl', kind: 'added', new: 'Liquide middelen' },
      { concept: ex('LabelChanged'), role: LAB, lang: 'en', kind: 'changed', old: 'Label before', new: 'Label after' },
    ]);
    expect(c.references.map((r) => [r.concept, r.kind, r.text])).toEqual([
      [ex('ReferenceChanged'), 'removed', 'Section: 1'],
      [ex('ReferenceChanged'), 'added', 'Section: 2'],
    ]);
  });

  it('relationships per network, through the renamed ELR', () => {
    const nets = Object.fromEntries(c.relationships.map((n) => [`${n.arcrole.replace(/.*\//, '')} ${n.role}`, n]));
    expect(Object.keys(nets).sort()).toEqual([
      `all ${DIMS}`,
      `dimension-default ${DIMS}`,
      `domain-member ${DIMS}`,
      'general-special http://www.xbrl.org/2003/role/link',
      `parent-child ${BALANCE_2}`,
      `summation-item ${BALANCE_2}`,
    ]);
    const pc = nets[`parent-child ${BALANCE_2}`]!;
    expect(pc.oldRole).toBe(BALANCE_1);
    expect(pc.removed.map((r) => r.to)).toEqual([ex('Removed')]);
    expect(pc.added.map((r) => r.to)).toEqual([ex('Added')]);
    expect(pc.changed).toEqual([
      { from: ex('Assets'), to: ex('Receivables'), changes: [{ property: 'order', old: 2, new: 3 }] },
    ]);
    expect(nets[`summation-item ${BALANCE_2}`]!.changed).toEqual([
      { from: ex('Assets'), to: ex('Receivables'), changes: [{ property: 'weight', old: '1', new: '0.5' }] },
    ]);
    expect(nets[`all ${DIMS}`]!.changed[0]!.changes).toEqual([
      { property: '{http://xbrl.org/2005/xbrldt}closed', old: 'true', new: 'false' },
    ]);
    expect(nets[`domain-member ${DIMS}`]!.removed.map((r) => r.to)).toEqual([ex('GreenMember')]);
    expect(nets[`domain-member ${DIMS}`]!.added.map((r) => r.to)).toEqual([ex('BlueMember')]);
    expect(nets['general-special http://www.xbrl.org/2003/role/link']!.added.map((r) => [r.from, r.to])).toEqual([
      [ex('Assets'), ex('Cash')],
    ]);
  });

  it('the dimensional model: hypercube closed, members removed and added, default', () => {
    expect(c.dimensions).toEqual([
      {
        kind: 'hasHypercubeChanged',
        arcrole: 'all',
        primaryItem: ex('Sales'),
        hypercube: ex('Table'),
        elr: DIMS,
        changes: [{ property: 'closed', old: true, new: false }],
      },
      {
        kind: 'dimensionChanged',
        dimension: ex('ColourAxis'),
        membersAdded: [ex('BlueMember')],
        membersRemoved: [ex('GreenMember')],
        changes: [{ property: 'default', old: ex('ColourDomain'), new: ex('RedMember') }],
      },
    ]);
  });

  it('role types, arcrole types, entry points; assertions not available until formula lands', () => {
    expect(c.roleTypes.renamed).toEqual([{ old: BALANCE_1, new: BALANCE_2 }]);
    expect(c.roleTypes.added).toEqual([{ uri: 'http://example.com/diff/role/extra', definition: 'Extra' }]);
    expect(c.roleTypes.removed).toEqual([]);
    expect(c.roleTypes.changed).toEqual([
      { uri: DIMS, changes: [{ property: 'definition', old: 'Dimensions', new: 'Dimensional model' }] },
    ]);
    expect(c.arcroleTypes.added).toEqual([{ uri: 'http://example.com/diff/arcrole/see-also', definition: 'See also' }]);
    expect(c.entryPoints).toEqual({ added: [join(FX, 'v2/other-entry.xsd')], removed: [] });
    expect(c.assertions.available).toBe(false);
  });

  it('a taxonomy against itself, and the reverse direction', () => {
    const self = diffTaxonomies(v1, v1);
    expect(Object.values(self.summary).every((n) => n === 0)).toBe(true);
    expect(formatDiffText(self)).toContain('No differences.');
    const back = diffTaxonomies(v2, v1).summary;
    expect([
      back.conceptsAdded,
      back.conceptsRemoved,
      back.conceptsRenamed,
      back.relationshipsAdded,
      back.relationshipsRemoved,
    ]).toEqual([1, 1, 2, 3, 4]);
  });

  it('formula assertions: added, removed, changed test, severity and message (by id)', () => {
    const loc = { file: 'f.xml', line: 1, column: 1 };
    const x = (text: string) => ({ text, namespaces: {}, ...loc });
    const va = (id: string, test: string, severity?: 'WARNING' | 'ERROR', message?: string) => ({
      kind: 'valueAssertion' as const,
      id,
      elr: 'http://www.xbrl.org/2003/role/link',
      aspectModel: 'dimensional' as const,
      implicitFiltering: true,
      variables: [],
      filters: [],
      preconditions: [],
      test: x(test),
      satisfiedMessages: [],
      labels: [],
      unsatisfiedMessages: message ? [{ lang: 'en', text: message, ...loc }] : [],
      ...(severity ? { severity } : {}),
      ...loc,
    });
    const model = (sets: ReturnType<typeof va>[]) => ({
      parameters: [],
      variableSets: sets,
      consistencyAssertions: [],
      customFunctions: [],
      resourceCount: sets.length,
    });
    const a = {
      ...v1,
      formula: model([
        va('same', '$a ge 0'),
        va('test', '$a eq $b'),
        va('sev', '$c', 'WARNING'),
        va('msg', '$d', undefined, 'Old text'),
        va('gone', '$e'),
      ]),
    };
    const b = {
      ...v1,
      formula: model([
        va('same', '$a ge 0'),
        va('test', '$a eq $b + $c'),
        va('sev', '$c', 'ERROR'),
        va('msg', '$d', undefined, 'New text'),
        va('new', '$f'),
      ]),
    };
    const r = diffTaxonomies(a, b);
    expect(r.summary.assertionsChanged).toBe(5);
    const as = r.changes.assertions;
    expect([as.available, as.old, as.new]).toEqual([true, 5, 5]);
    expect(as.removed).toEqual([{ id: 'gone', kind: 'valueAssertion', test: '$e' }]);
    expect(as.added).toEqual([{ id: 'new', kind: 'valueAssertion', test: '$f' }]);
    expect(as.changed).toEqual([
      { id: 'test', kind: 'valueAssertion', changes: [{ property: 'test', old: '$a eq $b', new: '$a eq $b + $c' }] },
      { id: 'sev', kind: 'valueAssertion', changes: [{ property: 'severity', old: 'WARNING', new: 'ERROR' }] },
      {
        id: 'msg',
        kind: 'valueAssertion',
        changes: [{ property: 'unsatisfiedMessages', old: { en: 'Old text' }, new: { en: 'New text' } }],
      },
    ]);
    expect(formatDiffText(r)).toContain('~ valueAssertion sev');
    expect(diffTaxonomies(a, a).summary.assertionsChanged).toBe(0);
  });

  it('undated blanks release dates in URIs', () => {
    expect(undated('https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-cor')).toBe(
      'https://www.nltaxonomie.nl/kvk/*/kvk-cor',
    );
    expect(undated('http://x.example/20240331/a')).toBe('http://x.example/*/a');
    expect(undated('http://x.example/2024/role/a')).toBe('http://x.example/*/role/a');
    expect(undated('http://x.example/role/a12024')).toBe('http://x.example/role/a12024');
  });
});

describe('diff reports', () => {
  it('text: counts first, then grouped changes with short names', () => {
    const t = formatDiffText(d);
    expect(t.indexOf('Summary')).toBeLessThan(t.indexOf('Concepts renamed (2)'));
    expect(t).toMatch(/concepts changed\s+8/);
    expect(t).toContain('core:TypeChanged');
    expect(t).toContain('periodType: instant -> duration');
    expect(t).toContain('~ core:Assets -> core:Receivables: weight 1 -> 0.5');
  });

  it('html: one self-contained page, taxonomy text escaped', () => {
    const evil = structuredClone(d);
    evil.changes.labels[0]!.old = '<script>alert(1)</script>';
    const h = formatDiffHtml(evil);
    expect(h.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;script&gt;');
    expect(h).not.toMatch(/<(link|img|script)\b|src=/);
    expect(h).toContain('<td><span class="n">8</span></td>');
  });
});

describe('filing impact', () => {
  it('facts of removed, renamed and changed concepts, and members gone', async () => {
    const [f] = await loadFiling(join(FX, 'filing-v1.xbrl'), v1);
    const x = filingImpact(d, v1, f!.instance, f!.name, f!.locate);
    expect(x.facts).toBe(6);
    expect(x.factsNotInOld).toBe(0);
    expect(x.summary).toEqual({
      factsRemovedConcepts: 1,
      factsRenamedConcepts: 1,
      factsChangedConcepts: 1,
      contextsGoneMembers: 1,
      factsGoneMembers: 1,
      assertionsFailed: 0,
    });
    expect(x.removed.map((r) => [r.concept, r.locations[0]!.line])).toEqual([[ex('Removed'), 32]]);
    expect(x.renamed.map((r) => [r.concept, r.newConcept])).toEqual([[`{${DATED_1}}Moved`, `{${DATED_2}}Moved`]]);
    expect(x.changed.map((r) => [r.concept, r.changes])).toEqual([
      [ex('PeriodChanged'), [{ property: 'periodType', old: 'instant', new: 'duration' }]],
    ]);
    expect(x.membersGone.map((m) => [m.dimension, m.member, m.gone, m.contexts, m.facts])).toEqual([
      [ex('ColourAxis'), ex('GreenMember'), 'member', 1, 1],
    ]);
    expect(x.assertions.available).toBe(false);
    // one fact: "1 fact" (was "1 facts")
    const text = formatFilingImpactText(x);
    expect(text).toContain('  contexts with gone members  1 (1 fact)\n');
    expect(text).toMatch(/ removed {2}core:Removed: 1 fact, no counterpart in NEW/);
    expect(text).toMatch(/: not a member of the dimension in NEW, 1 context, 1 fact/);
    expect(text).not.toMatch(/\b1 facts\b|\b1 contexts\b/);
  });

  it("runs NEW's assertions on the filing, its renamed concepts translated to NEW's names", async () => {
    const v2f = loadDts([
      join(FX, 'v2/ex.xsd'),
      join(FX, 'v2/other-entry.xsd'),
      join(FX, 'v2-formula/rules.xsd'),
    ]).taxonomy;
    const d = diffTaxonomies(v1, v2);
    const [f] = await loadFiling(join(FX, 'filing-v1.xbrl'), v1);
    const x = filingImpact(d, v1, f!.instance, f!.name, f!.locate, { newTaxonomy: v2f });
    expect([x.assertions.available, x.assertions.evaluated, x.summary.assertionsFailed]).toEqual([true, 2, 1]);
    expect(x.assertions.failed.map((a) => [a.id, a.message, a.location?.line])).toEqual([
      ['movedAtMost10', 'Moved is 100, more than 10.', 33],
    ]);
    expect(formatFilingImpactText(x)).toContain('fails    movedAtMost10: Moved is 100, more than 10.');
  });
});

describe('sbr diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbr-diff-'));
  it('artifacts give the same diff as entry points', async () => {
    writeFileSync(join(dir, 'v1.sbrv'), compileArtifactFrom([join(FX, 'v1/ex.xsd')]).bytes);
    writeFileSync(join(dir, 'v2.sbrv'), compileArtifactFrom([join(FX, 'v2/ex.xsd')]).bytes);
    const a = await run(['diff', join(dir, 'v1.sbrv'), join(dir, 'v2.sbrv'), '--format', 'json']);
    const e = await run(['diff', join(FX, 'v1/ex.xsd'), join(FX, 'v2/ex.xsd'), '--format', 'json']);
    expect(a.code).toBe(0);
    expect(e.code).toBe(0);
    const sa = JSON.parse(a.out).summary;
    expect(sa).toEqual(JSON.parse(e.out).summary);
    expect(sa).toEqual({ ...d.summary, entryPointsChanged: 0 }); // one entry point each side here
    expect((await loadRelease(join(dir, 'v1.sbrv'))).concepts[ex('Removed')]?.name).toBe('Removed');
  });

  it('--filing in json, -o writes the report, html format', async () => {
    const r = await run([
      'diff',
      join(FX, 'v1/ex.xsd'),
      join(FX, 'v2/ex.xsd'),
      '--filing',
      join(FX, 'filing-v1.xbrl'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).filings[0].summary.factsRemovedConcepts).toBe(1);
    const out = join(dir, 'diff.html');
    const h = await run(['diff', join(FX, 'v1/ex.xsd'), join(FX, 'v2/ex.xsd'), '--format', 'html', '-o', out]);
    expect(h.code).toBe(0);
    expect(h.out).toBe('');
    expect(h.err).toContain('1 concepts added, 1 removed, 2 renamed, 8 changed');
    expect(readFileSync(out, 'utf8')).toContain('<h2>Concepts changed (8)</h2>');
  });

  it('bad input: coded findings and exit 2, never a stack trace', async () => {
    const missing = await run(['diff', join(dir, 'nope.xsd'), join(FX, 'v2/ex.xsd'), '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out).findings[0].code).toBe('sbr:fileNotFound');
    writeFileSync(join(dir, 'bad.sbrv'), 'SBRV this is not an artifact');
    const bad = await run(['diff', join(dir, 'bad.sbrv'), join(FX, 'v2/ex.xsd')]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('sbr:artifactCorrupt');
    const usage = await run(['diff', join(FX, 'v1/ex.xsd')]);
    expect(usage.code).toBe(2);
  });
});
