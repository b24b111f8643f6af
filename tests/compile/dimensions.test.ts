import { describe, expect, it } from 'vitest';
import { compileDimensions, type DimensionalModel } from '../../src/compile/dimensions.js';
import type { Finding } from '../../src/findings.js';
import {
  LINK,
  R1,
  R2,
  R3,
  dimension,
  element,
  hypercube,
  item,
  k,
  scen,
  seg,
  taxonomy,
  typedDimension,
  xdt,
} from '../rules/xdt/helpers.js';

function compile(t: ReturnType<typeof taxonomy>): { model: DimensionalModel; findings: Finding[] } {
  const findings: Finding[] = [];
  const model = compileDimensions(t, (f) => findings.push(f));
  return { model, findings };
}

/**
 * Primary items: Root (abstract, has `all` Cube in R1, closed, segment) -> A, A -> B (targetRole R3), and in R3 B -> C.
 * Cube -> Dim (explicit, domain in R2 via targetRole) and -> Typ (typed, typed domain element Code).
 * R2: Dim -> Dom -> M1, Dom -> M2 (usable=false), Dom -> M4 (targetRole R3); R3: M4 -> M5.
 * Default of Dim: Dom. Other is an item with no hypercubes.
 */
function base() {
  return taxonomy(
    [
      item('Root', true),
      item('A'),
      item('B'),
      item('C'),
      item('Other'),
      hypercube('Cube'),
      dimension('Dim'),
      typedDimension('Typ', k('Code')),
      element('Code'),
      item('Dom', true),
      item('M1'),
      item('M2'),
      item('M4'),
      item('M5'),
    ],
    [
      { arcrole: 'all', from: 'Root', to: 'Cube', attrs: { ...seg, ...xdt('closed', 'true') } },
      { arcrole: 'domainMember', from: 'Root', to: 'A' },
      { arcrole: 'domainMember', from: 'A', to: 'B', attrs: xdt('targetRole', R3) },
      { arcrole: 'domainMember', role: R3, from: 'B', to: 'C' },
      { arcrole: 'hypercubeDimension', from: 'Cube', to: 'Dim', attrs: xdt('targetRole', R2) },
      { arcrole: 'hypercubeDimension', from: 'Cube', to: 'Typ' },
      { arcrole: 'dimensionDomain', role: R2, from: 'Dim', to: 'Dom' },
      { arcrole: 'domainMember', role: R2, from: 'Dom', to: 'M1' },
      { arcrole: 'domainMember', role: R2, from: 'Dom', to: 'M2', attrs: xdt('usable', 'false') },
      { arcrole: 'domainMember', role: R2, from: 'Dom', to: 'M4', attrs: xdt('targetRole', R3) },
      { arcrole: 'domainMember', role: R3, from: 'M4', to: 'M5' },
      { arcrole: 'dimensionDefault', role: LINK, from: 'Dim', to: 'Dom' },
    ],
  );
}

describe('compileDimensions', () => {
  it('resolves has-hypercube, dimensions, usable members (targetRole, usable=false) and the default', () => {
    const { model, findings } = compile(base());
    expect(findings).toEqual([]);
    expect(model.defaults).toEqual({ [k('Dim')]: k('Dom') });
    expect(model.hasHypercubes).toHaveLength(1);
    const h = model.hasHypercubes[0]!;
    expect(h).toMatchObject({
      arcrole: 'all',
      primaryItem: k('Root'),
      hypercube: k('Cube'),
      elr: R1,
      closed: true,
      contextElement: 'segment',
    });
    expect(h.dimensions.map((d) => [d.dimension, d.explicit, d.typedDomain, d.default])).toEqual([
      [k('Dim'), true, undefined, k('Dom')],
      [k('Typ'), false, k('Code'), undefined],
    ]);
    // M2 is the target of a usable="false" arc; M5 is reached through the targetRole R3 of Dom -> M4.
    expect(model.domains[h.dimensions[0]!.domain!]!.members).toEqual([k('Dom'), k('M1'), k('M4'), k('M5')].sort());
  });

  it('lets domain-member descendants inherit the hypercubes, following targetRole', () => {
    const { model } = compile(base());
    for (const p of ['Root', 'A', 'B', 'C']) expect(model.primaryItems[k(p)], p).toEqual([0]);
    expect(model.primaryItems[k('Other')]).toBeUndefined();
    // the hypercube's members are not primary items of the DRS
    expect(model.primaryItems[k('M1')]).toBeUndefined();
    expect(model.drs).toEqual([{ elr: R1, hasHypercubes: [0] }]);
  });

  it('groups has-hypercubes by ELR: one DRS per ELR, own and inherited cubes together', () => {
    const t = taxonomy(
      [item('P'), item('Q'), hypercube('H1'), hypercube('H2'), hypercube('H3'), dimension('D'), item('Dom')],
      [
        { arcrole: 'all', from: 'P', to: 'H1', attrs: seg },
        { arcrole: 'domainMember', from: 'P', to: 'Q' },
        { arcrole: 'notAll', from: 'Q', to: 'H2', attrs: scen },
        { arcrole: 'all', role: R2, from: 'Q', to: 'H3', attrs: seg },
        { arcrole: 'hypercubeDimension', from: 'H1', to: 'D' },
      ],
    );
    const { model } = compile(t);
    const drsOf = (p: string) =>
      model.primaryItems[k(p)]!.map((i) => ({
        elr: model.drs[i]!.elr,
        cubes: model.drs[i]!.hasHypercubes.map((h) => model.hasHypercubes[h]!.hypercube),
      }));
    expect(drsOf('P')).toEqual([{ elr: R1, cubes: [k('H1')] }]);
    expect(drsOf('Q')).toEqual([
      { elr: R1, cubes: [k('H1'), k('H2')] },
      { elr: R2, cubes: [k('H3')] },
    ]);
  });

  it('is plain JSON', () => {
    const { model } = compile(base());
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('reports xbrldte:TooManyDefaultMembersError across ELRs (124 V-03), not for the same default twice (124 V-05)', () => {
    const mk = (second: string) =>
      taxonomy(
        [dimension('D'), item('A'), item('B')],
        [
          { arcrole: 'dimensionDefault', role: R1, from: 'D', to: 'A' },
          { arcrole: 'dimensionDefault', role: R2, from: 'D', to: second },
        ],
      );
    expect(compile(mk('B')).findings.map((f) => f.code)).toEqual(['xbrldte:TooManyDefaultMembersError']);
    expect(compile(mk('A')).findings).toEqual([]);
  });

  const cycleTax = (withCube: boolean) =>
    // 126 V-04 (domainMemberParallel): Dim -> Dom, Dom -> Mem in R1; Dim -> Mem (targetRole R2); R2: Mem -> Dom.
    taxonomy(
      [item('P'), hypercube('Cube'), dimension('Dim'), item('Dom'), item('Mem')],
      [
        ...(withCube
          ? [
              { arcrole: 'all' as const, from: 'P', to: 'Cube', attrs: seg },
              { arcrole: 'hypercubeDimension' as const, from: 'Cube', to: 'Dim' },
            ]
          : []),
        { arcrole: 'domainMember', from: 'Dom', to: 'Mem' },
        { arcrole: 'dimensionDomain', from: 'Dim', to: 'Dom' },
        { arcrole: 'dimensionDomain', from: 'Dim', to: 'Mem', attrs: xdt('targetRole', R2) },
        { arcrole: 'domainMember', role: R2, from: 'Mem', to: 'Dom' },
      ],
    );
  it('reports xbrldte:DRSDirectedCycleError over the ELRs of the DRS (126 V-04), not without a hypercube (126 V-05)', () => {
    expect(compile(cycleTax(true)).findings.map((f) => f.code)).toEqual(['xbrldte:DRSDirectedCycleError']);
    expect(compile(cycleTax(false)).findings).toEqual([]);
  });

  it('does not see a cycle in a role the DRS never enters (126 V-06)', () => {
    const t = taxonomy(
      [item('P'), hypercube('Cube'), dimension('Dim'), item('Dom'), item('Mem')],
      [
        { arcrole: 'all', from: 'P', to: 'Cube', attrs: seg },
        { arcrole: 'hypercubeDimension', from: 'Cube', to: 'Dim' },
        { arcrole: 'dimensionDomain', from: 'Dim', to: 'Dom' },
        { arcrole: 'domainMember', from: 'Dom', to: 'Mem' },
        { arcrole: 'domainMember', role: R2, from: 'Mem', to: 'Dom', attrs: xdt('targetRole', R1) },
      ],
    );
    expect(compile(t).findings).toEqual([]);
  });

  // 115 V-01/V-03: Items -> Sales (domain-member, so Sales inherits Cube); Cube -> BalanceDim -> IncomeStatement -> ... -> Sales.
  const poly = (usable: boolean) =>
    taxonomy(
      [item('Items'), item('Sales'), item('Income'), item('Revenue'), hypercube('Cube'), dimension('BalanceDim')],
      [
        { arcrole: 'all', role: LINK, from: 'Items', to: 'Cube', attrs: { ...seg, ...xdt('targetRole', R1) } },
        { arcrole: 'domainMember', role: LINK, from: 'Items', to: 'Sales' },
        { arcrole: 'hypercubeDimension', from: 'Cube', to: 'BalanceDim' },
        { arcrole: 'dimensionDomain', from: 'BalanceDim', to: 'Income', attrs: xdt('targetRole', LINK) },
        { arcrole: 'domainMember', role: LINK, from: 'Income', to: 'Revenue' },
        {
          arcrole: 'domainMember',
          role: LINK,
          from: 'Revenue',
          to: 'Sales',
          attrs: usable ? {} : xdt('usable', 'false'),
        },
      ],
    );
  it('reports xbrldte:PrimaryItemPolymorphismError for an inherited primary item in the domain (115 V-01)', () => {
    const { findings } = compile(poly(true));
    expect(findings.map((f) => f.code)).toEqual(['xbrldte:PrimaryItemPolymorphismError']);
    expect(findings[0]!.message).toContain('Sales');
  });
  it('does not report polymorphism when the member is not usable (115 V-03)', () => {
    expect(compile(poly(false)).findings).toEqual([]);
  });
});
