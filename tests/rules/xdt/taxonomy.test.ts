import { describe, expect, it } from 'vitest';
import { xdtTaxonomyRules } from '../../../src/rules/xdt/index.js';
import {
  LINK,
  R1,
  R2,
  codes,
  dimension,
  element,
  hypercube,
  item,
  k,
  run,
  seg,
  taxonomy,
  tuple,
  typedDimension,
  xdt,
  type ArcSpec,
} from './helpers.js';

/** A valid DTS: P all Cube (segment) -> Dim -> Dom -> Mem, default Dom; typed dimension Typ -> element Id. */
const concepts = () => [
  item('P'),
  item('Dom', true),
  item('Mem'),
  hypercube('Cube'),
  dimension('Dim'),
  typedDimension('Typ', k('Id')),
  element('Id'),
  tuple('Tup'),
];
const valid: ArcSpec[] = [
  { arcrole: 'all', from: 'P', to: 'Cube', attrs: seg },
  { arcrole: 'hypercubeDimension', from: 'Cube', to: 'Dim', attrs: xdt('targetRole', R2) },
  { arcrole: 'hypercubeDimension', from: 'Cube', to: 'Typ' },
  { arcrole: 'dimensionDomain', role: R2, from: 'Dim', to: 'Dom' },
  { arcrole: 'domainMember', role: R2, from: 'Dom', to: 'Mem', attrs: xdt('targetRole', LINK) },
  { arcrole: 'dimensionDefault', role: LINK, from: 'Dim', to: 'Dom' },
];
const check = (cs = concepts(), arcs: ArcSpec[] = []) =>
  codes(run(xdtTaxonomyRules, taxonomy(cs, [...valid, ...arcs])));

describe('xbrldte taxonomy rules', () => {
  it('reports nothing for a valid DTS', () => {
    expect(check()).toEqual([]);
  });
  it('HypercubeElementIsNotAbstractError (101 V-02) and DimensionElementIsNotAbstractError (108 V-02)', () => {
    expect(check([...concepts(), hypercube('Cube2', false), dimension('Dim2', false)])).toEqual([
      'xbrldte:DimensionElementIsNotAbstractError',
      'xbrldte:HypercubeElementIsNotAbstractError',
    ]);
  });
  it('HypercubeDimensionSourceError / TargetError (102 V-03, 103 V-03)', () => {
    expect(check(undefined, [{ arcrole: 'hypercubeDimension', from: 'P', to: 'Dim' }])).toEqual([
      'xbrldte:HypercubeDimensionSourceError',
    ]);
    expect(check(undefined, [{ arcrole: 'hypercubeDimension', from: 'Cube', to: 'Cube' }])).toEqual([
      'xbrldte:HypercubeDimensionTargetError',
    ]);
  });
  it('HasHypercubeSourceError (104 V-06), HasHypercubeTargetError (105 V-01), MissingContextElement (106 V-01)', () => {
    expect(check(undefined, [{ arcrole: 'all', from: 'Dim', to: 'Cube', attrs: seg }])).toEqual([
      'xbrldte:HasHypercubeSourceError',
    ]);
    expect(check(undefined, [{ arcrole: 'notAll', from: 'P', to: 'Mem', attrs: seg }])).toEqual([
      'xbrldte:HasHypercubeTargetError',
    ]);
    expect(check(undefined, [{ arcrole: 'notAll', role: R2, from: 'P', to: 'Cube' }])).toEqual([
      'xbrldte:HasHypercubeMissingContextElementAttributeError',
    ]);
  });
  it('TargetRoleNotResolvedError for a targetRole with no roleType (107 V-02), not for the standard role', () => {
    expect(
      check(undefined, [
        { arcrole: 'domainMember', from: 'Dom', to: 'Mem', attrs: xdt('targetRole', 'http://example.com/role/foobar') },
      ]),
    ).toEqual(['xbrldte:TargetRoleNotResolvedError']);
  });
  it('DimensionDomainSourceError for an item and a typed dimension (112 V-03, V-05); TargetError (113 V-02)', () => {
    expect(check(undefined, [{ arcrole: 'dimensionDomain', from: 'P', to: 'Mem' }])).toEqual([
      'xbrldte:DimensionDomainSourceError',
    ]);
    expect(check(undefined, [{ arcrole: 'dimensionDomain', from: 'Typ', to: 'Mem' }])).toEqual([
      'xbrldte:DimensionDomainSourceError',
    ]);
    expect(check(undefined, [{ arcrole: 'dimensionDomain', from: 'Dim', to: 'Cube' }])).toEqual([
      'xbrldte:DimensionDomainTargetError',
    ]);
  });
  it('DomainMemberSourceError (116 V-01) and TargetError (117 V-02), tuples included', () => {
    expect(check(undefined, [{ arcrole: 'domainMember', from: 'Dim', to: 'Mem' }])).toEqual([
      'xbrldte:DomainMemberSourceError',
    ]);
    expect(check(undefined, [{ arcrole: 'domainMember', from: 'Mem', to: 'Cube' }])).toEqual([
      'xbrldte:DomainMemberTargetError',
    ]);
    expect(check(undefined, [{ arcrole: 'domainMember', from: 'Mem', to: 'Tup' }])).toEqual([
      'xbrldte:DomainMemberTargetError',
    ]);
  });
  it('DimensionDefaultSourceError (122 V-02) and TargetError (123 V-01); a default outside the domain is fine (123 V-02)', () => {
    expect(check(undefined, [{ arcrole: 'dimensionDefault', from: 'Cube', to: 'Mem' }])).toEqual([
      'xbrldte:DimensionDefaultSourceError',
    ]);
    expect(check(undefined, [{ arcrole: 'dimensionDefault', from: 'Typ', to: 'Mem' }])).toEqual([
      'xbrldte:DimensionDefaultSourceError',
    ]);
    expect(check([...concepts(), dimension('D2')], [{ arcrole: 'dimensionDefault', from: 'D2', to: 'Dim' }])).toEqual([
      'xbrldte:DimensionDefaultTargetError',
    ]);
    expect(check([...concepts(), dimension('D2')], [{ arcrole: 'dimensionDefault', from: 'D2', to: 'P' }])).toEqual([]);
  });
  it('typedDomainRef: on a non-dimension (109 V-02), no fragment (111 V-01), out of the DTS (127 V-01), not a global element or abstract (110 V-03/V-04)', () => {
    const onItem = { ...item('X'), otherAttributes: { [`{http://xbrl.org/2005/xbrldt}typedDomainRef`]: 't.xsd#Id' } };
    expect(check([...concepts(), onItem])).toEqual(['xbrldte:TypedDomainRefError']);
    expect(check([...concepts(), typedDimension('T2', undefined, 't.xsd')])).toEqual([
      'xbrldte:TypedDimensionURIError',
    ]);
    expect(check([...concepts(), typedDimension('T2', undefined, 'other.xsd#Id', 'file:///other.xsd')])).toEqual([
      'xbrldte:OutOfDTSSchemaError',
    ]);
    expect(check([...concepts(), typedDimension('T2', undefined, 't.xsd#SomeType')])).toEqual([
      'xbrldte:TypedDimensionError',
    ]);
    expect(check([...concepts(), element('Abs', true), typedDimension('T2', k('Abs'))])).toEqual([
      'xbrldte:TypedDimensionError',
    ]);
  });
  it('schema-invalid xbrldt arc attributes are xmlSchema:valueError, not XDT errors (001-Taxonomy V-03, V-04, V-05, V-12)', () => {
    expect(
      check(undefined, [{ arcrole: 'all', role: R2, from: 'P', to: 'Cube', attrs: xdt('contextElement', 'foobar') }]),
    ).toEqual(['xmlSchema:valueError']);
    expect(
      check(undefined, [
        { arcrole: 'all', role: R2, from: 'P', to: 'Cube', attrs: { ...seg, ...xdt('closed', 'foobar') } },
      ]),
    ).toEqual(['xmlSchema:valueError']);
    expect(
      check(undefined, [{ arcrole: 'domainMember', from: 'Dom', to: 'Mem', attrs: xdt('usable', 'yes') }]),
    ).toEqual(['xmlSchema:valueError']);
    expect(
      check(undefined, [{ arcrole: 'domainMember', from: 'Dom', to: 'Mem', attrs: xdt('targetRole', '##') }]),
    ).toEqual(['xmlSchema:valueError']);
    expect(
      check(undefined, [
        { arcrole: 'domainMember', from: 'Dom', to: 'Mem', attrs: { ...xdt('usable', '0'), ...xdt('targetRole', R2) } },
      ]),
    ).toEqual([]);
  });
  it('reports where the arc is', () => {
    const f = run(
      xdtTaxonomyRules,
      taxonomy(concepts(), [...valid, { arcrole: 'hypercubeDimension', role: R1, from: 'P', to: 'Dim' }]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'file:///t-definition.xml', line: 106 });
    expect(f[0]!.message).toMatch(/has as source P, which is a primary item; it must be a hypercube/);
  });
});
