/** XBRL 2.1 section 5 rules on compiled networks (conformance 200-linkbase 204, 207, 208, 213, 293, preferredLabel in miniature). */
import { describe, expect, it } from 'vitest';
import type { ArcroleType, Resource, RoleType } from '../../../src/compile/types.js';
import { xbrl21TaxonomyRules } from '../../../src/rules/xbrl21/taxonomy/index.js';
import { SUM, concept, fact, instance, k, network, rel, run, taxonomy } from '../calc/fixtures.js';

const LINK = 'http://www.xbrl.org/2003/linkbase';
const PC = 'http://www.xbrl.org/2003/arcrole/parent-child';
const GS = 'http://www.xbrl.org/2003/arcrole/general-special';
const EA = 'http://www.xbrl.org/2003/arcrole/essence-alias';
const RE = 'http://www.xbrl.org/2003/arcrole/requires-element';
const pres = { link: `{${LINK}}presentationLink`, arc: `{${LINK}}presentationArc` };
const def = { link: `{${LINK}}definitionLink`, arc: `{${LINK}}definitionArc` };
const cs = ['A', 'B', 'C', 'D'].map((n) => concept(n));
const codes = (fs: { code: string }[]): string[] => fs.map((f) => f.code);

describe('arcrole cycles (5.1.4.3, 5.2.4.2, 5.2.6.2)', () => {
  it('parent-child: directed cycle is an error with the path (204 V-6), undirected is fine (204 V-22)', () => {
    const cyc = taxonomy(cs, [network(PC, [rel('A', 'B'), rel('B', 'C', {}, 11), rel('C', 'A', {}, 12)], pres)]);
    const found = run(xbrl21TaxonomyRules, cyc);
    expect(codes(found)).toEqual(['xbrl.5.2.4.2:directedCycle']);
    expect(found[0]!.message).toContain('A → B → C → A');
    expect(found[0]!.line).toBe(12);
    const und = taxonomy(cs, [network(PC, [rel('A', 'B'), rel('A', 'C'), rel('B', 'D'), rel('C', 'D')], pres)]);
    expect(run(xbrl21TaxonomyRules, und)).toEqual([]);
  });
  it('summation-item allows any cycles (204 V-12); general-special forbids directed ones (204 V-18)', () => {
    expect(
      run(
        xbrl21TaxonomyRules,
        taxonomy(cs, [network(SUM, [rel('A', 'B', { weight: '1' }), rel('B', 'A', { weight: '1' })])]),
      ),
    ).toEqual([]);
    expect(codes(run(xbrl21TaxonomyRules, taxonomy(cs, [network(GS, [rel('A', 'A')], def)])))).toEqual([
      'xbrl.5.2.6.2.1:directedCycle',
    ]);
  });
  it('custom arcrole with cyclesAllowed none rejects undirected cycles (207 V-2, V-14); custom links are not checked (220 V-01)', () => {
    const AR = 'http://example.com/arcrole/row-cell';
    const art: ArcroleType = {
      roleURI: AR,
      usedOn: [`{${LINK}}definitionArc`],
      cyclesAllowed: 'none',
      file: 't.xsd',
      line: 1,
      column: 1,
    };
    const rels = [rel('A', 'B'), rel('Z', 'B'), rel('A', 'C'), rel('Z', 'C', {}, 13)];
    expect(
      codes(run(xbrl21TaxonomyRules, taxonomy(cs, [network(AR, rels, def)], { arcroleTypes: { [AR]: art } }))),
    ).toEqual(['xbrl.5.1.4.3:undirectedCycle']);
    const custom = network(AR, rels, { link: '{http://example.com/nsl}link', arc: '{http://example.com/nsl}arc' });
    expect(run(xbrl21TaxonomyRules, taxonomy(cs, [custom], { arcroleTypes: { [AR]: art } }))).toEqual([]);
    // undirected allowed: only directed cycles count (207 V-7, V-8)
    const und = { ...art, cyclesAllowed: 'undirected' as const };
    expect(run(xbrl21TaxonomyRules, taxonomy(cs, [network(AR, rels, def)], { arcroleTypes: { [AR]: und } }))).toEqual(
      [],
    );
  });
});

describe('calculation arcs (5.1.1.2, 5.2.5.2)', () => {
  const debit = concept('Debit', { balance: 'debit' });
  const credit = concept('Credit', { balance: 'credit' });
  const debit2 = concept('Debit2', { balance: 'debit' });
  it('same balance needs a positive weight, opposite balances a negative one (208 V-03, V-04, V-05, V-08)', () => {
    const t = taxonomy(
      [debit, credit, debit2],
      [
        network(SUM, [
          rel('Debit', 'Debit2', { weight: '-1' }, 10),
          rel('Debit', 'Credit', { weight: '1' }, 11),
          rel('Credit', 'Debit2', { weight: '-1' }, 12),
          rel('Debit2', 'Debit', { weight: '1' }, 13),
        ]),
      ],
    );
    expect(codes(run(xbrl21TaxonomyRules, t))).toEqual([
      'xbrl.5.1.1.2:balanceCalcWeightIllegalNegative',
      'xbrl.5.1.1.2:balanceCalcWeightIllegalPositive',
    ]);
  });
  it('weight 0 (208 V-10) and non-numeric endpoints (213 V-02) are errors', () => {
    const t = taxonomy(
      [concept('A'), concept('S', { numeric: false, xbrliType: 'stringItemType' })],
      [network(SUM, [rel('A', 'A', { weight: '0' }), rel('S', 'A', { weight: '1' }, 11)])],
    );
    expect(codes(run(xbrl21TaxonomyRules, t))).toEqual(['xbrl.5.2.5.2.1:zeroWeight', 'xbrl.5.2.5.2:nonNumericCalc']);
  });
});

describe('essence-alias, preferredLabel, usedOn', () => {
  it('essence-alias endpoints need the same type, periodType and balance (5.2.6.2.2)', () => {
    const t = taxonomy(
      [concept('E', { balance: 'debit' }), concept('Al', { periodType: 'duration', balance: 'credit' })],
      [network(EA, [rel('E', 'Al')], def)],
    );
    expect(codes(run(xbrl21TaxonomyRules, t))).toEqual([
      'xbrl.5.2.6.2.2:essenceAliasTypes',
      'xbrl.5.2.6.2.2:essenceAliasBalance',
    ]);
  });
  it('preferredLabel must exist for the target in some language (preferredLabel V-2, V-4)', () => {
    const TERSE = 'http://www.xbrl.org/2003/role/terseLabel';
    const n = network(PC, [rel('A', 'B', { preferredLabel: TERSE })], pres);
    expect(codes(run(xbrl21TaxonomyRules, taxonomy(cs, [n])))).toEqual(['xbrl.5.2.4.2.1:preferredLabelMissing']);
    expect(run(xbrl21TaxonomyRules, taxonomy(cs, [n], { labels: { [k('B')]: { [TERSE]: { ja: 'B' } } } }))).toEqual([]);
  });
  it('custom ELR, arcrole and resource roles need usedOn for the element (205 V-9, 206 V-2, 293)', () => {
    const ELR = 'http://example.com/role/bs';
    const AR = 'http://example.com/arcrole/row-cell';
    const LR = 'http://example.com/role/myLabel';
    const rt = (uri: string, usedOn: string[]): RoleType => ({
      roleURI: uri,
      usedOn,
      file: 't.xsd',
      line: 2,
      column: 1,
    });
    const res = (role: string, line: number): Resource => ({
      element: `{${LINK}}label`,
      role,
      lang: 'en',
      text: 'x',
      file: 'lab.xml',
      line,
      column: 1,
    });
    const t = taxonomy(
      cs,
      [
        network(PC, [rel('A', 'B')], { ...pres, role: ELR }),
        network(AR, [rel('A', 'C', {}, 20)], { link: `{${LINK}}calculationLink`, arc: `{${LINK}}calculationArc` }),
      ],
      {
        roleTypes: { [ELR]: rt(ELR, [`{${LINK}}definitionLink`]), [LR]: rt(LR, [`{${LINK}}label`]) },
        arcroleTypes: { [AR]: { ...rt(AR, [`{${LINK}}presentationArc`]), cyclesAllowed: 'any' } },
        resources: [
          res(LR, 30),
          res('http://www.xbrl.org/2003/role/terseLabel', 31),
          res('http://www.xbrl.org/2003/role/link', 32),
        ],
      },
    );
    expect(codes(run(xbrl21TaxonomyRules, t))).toEqual([
      'xbrl.5.1.3.4:custRoleUsedOn',
      'xbrl.5.1.4.5:custArcroleUsedOn',
      'xbrl.5.2.2.2.2:labelRole',
    ]);
  });
});

describe('instance checks of definition arcroles', () => {
  it('requires-element: a fact of the source needs a fact of the target (5.2.6.2.4)', () => {
    const t = taxonomy(cs, [network(RE, [rel('A', 'B')], def)]);
    const a = fact('A', '1');
    expect(run(xbrl21TaxonomyRules, t, instance([a])).map((f) => [f.code, f.line])).toEqual([
      ['xbrl.5.2.6.2.4:requiresElementInconsistency', a.line],
    ]);
    expect(run(xbrl21TaxonomyRules, t, instance([fact('A', '1'), fact('B', '', { nil: true })]))).toEqual([]);
  });
  it('essence-alias: c-equal p-equal facts must be v-equal at the lower decimals (5.2.6.2.2, 397 V-21)', () => {
    const t = taxonomy(cs, [network(EA, [rel('A', 'B')], def)]);
    expect(run(xbrl21TaxonomyRules, t, instance([fact('A', '1000', { decimals: '-3' }), fact('B', '1040')]))).toEqual(
      [],
    );
    expect(codes(run(xbrl21TaxonomyRules, t, instance([fact('A', '1000'), fact('B', '1040')])))).toEqual([
      'xbrl.5.2.6.2.2:essenceAliasValueInconsistency',
    ]);
  });
});
