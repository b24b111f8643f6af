/** XBRL Calculations 1.1 (arcrole https://xbrl.org/2023/arcrole/summation-item): hand-built taxonomies and instances. */
import { describe, expect, it } from 'vitest';
import { englishMessage } from '../../../src/messages/index.js';
import { finding, type Finding } from '../../../src/findings.js';
import type { Concept } from '../../../src/compile/types.js';
import type { Instance } from '../../../src/instance/types.js';
import { calcRules, SUMMATION_ITEM_11 } from '../../../src/rules/calc/index.js';
import { calc11Rounding, calc11Truncation, D, intersectIntervals } from '../../../src/rules/calc/rounding.js';
import type { RuleContext } from '../../../src/rules/types.js';
import { SUM, concept, context, fact, instance, k, network, rel, run, taxonomy, tuple, unit } from './fixtures.js';

const ELR = 'http://example.com/role/balance';
const decimalType = { variety: 'atomic' as const, builtin: 'decimal', facets: [] };
const dec = (local: string, over: Partial<Concept> = {}): Concept =>
  concept(local, { valueType: decimalType, ...over });

// Activa = VasteActiva + VlottendeActiva - Correctie
const concepts = [dec('Activa'), dec('VasteActiva'), dec('VlottendeActiva'), dec('Correctie'), dec('Other')];
const rels11 = [
  rel('Activa', 'VasteActiva', { weight: '1' }),
  rel('Activa', 'VlottendeActiva', { weight: '1.0' }),
  rel('Activa', 'Correctie', { weight: '-1' }),
];
const tax = taxonomy(concepts, [network(SUMMATION_ITEM_11, rels11, { role: ELR })], {
  labels: { [k('Activa')]: { 'http://www.xbrl.org/2003/role/label': { en: 'Total assets' } } },
});
// Activa = VasteActiva + VlottendeActiva + Other
const rels3 = [
  rel('Activa', 'VasteActiva', { weight: '1' }),
  rel('Activa', 'VlottendeActiva', { weight: '1' }),
  rel('Activa', 'Other', { weight: '1' }),
];
const tax3 = taxonomy(concepts, [network(SUMMATION_ITEM_11, rels3, { role: ELR })]);
// Activa = VasteActiva + VlottendeActiva
const tax2 = taxonomy(concepts, [
  network(SUMMATION_ITEM_11, [
    rel('Activa', 'VasteActiva', { weight: '1' }),
    rel('Activa', 'VlottendeActiva', { weight: '1' }),
  ]),
]);

/** Runs the calc rules with a Calculations 1.1 mode. */
function runMode(mode: 'round' | 'truncate', inst: Instance, t = tax): Finding[] {
  const out: Finding[] = [];
  for (const rule of calcRules) {
    if (rule.scope === 'instance' && !inst) continue;
    const ctx: RuleContext = {
      taxonomy: t,
      instance: inst,
      lang: 'en',
      calcMode: mode,
      label: (key) => t.labels[key]?.['http://www.xbrl.org/2003/role/label']?.['en'] ?? key.replace(/^\{[^}]*\}/, ''),
      report: (f) =>
        out.push(
          finding(
            f.code ?? rule.code,
            f.severity ?? rule.severity,
            f.message ?? englishMessage(f.code ?? rule.code, f.params ?? {}),
            f.loc,
            rule.spec,
          ),
        ),
    };
    rule.check(ctx);
  }
  return out;
}
const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);

describe('Calculations 1.1 intervals', () => {
  it('round-to-nearest: v ± 0.5·10^-d, closed; truncation: [v, v+10^-d) / (v-10^-d, v] / (-10^-d, 10^-d)', () => {
    const r = calc11Rounding.interval(new D('1000'), -1);
    expect([r.lo.toFixed(), r.hi.toFixed(), r.loIncl, r.hiIncl]).toEqual(['995', '1005', true, true]);
    const t = calc11Truncation.interval(new D('1.2'), 1);
    expect([t.lo.toFixed(), t.hi.toFixed(), t.loIncl, t.hiIncl]).toEqual(['1.2', '1.3', true, false]);
    const n = calc11Truncation.interval(new D('-1.2'), 1);
    expect([n.lo.toFixed(), n.hi.toFixed(), n.loIncl, n.hiIncl]).toEqual(['-1.3', '-1.2', false, true]);
    const z = calc11Truncation.interval(new D('0'), 0);
    expect([z.lo.toFixed(), z.hi.toFixed(), z.loIncl, z.hiIncl]).toEqual(['-1', '1', false, false]);
    const inf = calc11Rounding.interval(new D('0.1'), 'INF');
    expect([inf.lo.toFixed(), inf.hi.toFixed()]).toEqual(['0.1', '0.1']);
  });

  it('intervals meeting at one closed end intersect; at an open end they do not', () => {
    const a = calc11Rounding.interval(new D('10'), 0); // [9.5, 10.5]
    const b = calc11Rounding.interval(new D('11'), 0); // [10.5, 11.5]
    expect(intersectIntervals(a, b)?.lo.toFixed()).toBe('10.5');
    expect(
      intersectIntervals(calc11Truncation.interval(new D('10'), 0), calc11Truncation.interval(new D('11'), 0)),
    ).toBeUndefined();
  });
});

describe('calc11e:inconsistentCalculationUsingRounding', () => {
  it('is consistent after rounding where XBRL 2.1 is not: 0.4 + 0.4 + 0.4 = 1.2 reported as 0 + 0 + 0 = 1', () => {
    // items [-0.5, 0.5] each: the sum [-1.5, 1.5] meets the total's [0.5, 1.5]
    const inst = instance([
      fact('Activa', '1'),
      fact('VasteActiva', '0'),
      fact('VlottendeActiva', '0'),
      fact('Other', '0'),
    ]);
    expect(runMode('round', inst, tax3)).toEqual([]);
    const t21 = taxonomy(concepts, [network(SUM, rels3)]);
    expect(codes(runMode('round', inst, t21))).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
  });

  it('reports an inconsistent total with the intervals, at the summation fact', () => {
    const sum = fact('Activa', '1000');
    const inst = instance([sum, fact('VasteActiva', '500'), fact('VlottendeActiva', '400'), fact('Correctie', '-90')]);
    // 500 + 400 - (-90) = 990
    const found = runMode('round', inst);
    expect(found).toEqual([
      {
        code: 'calc11e:inconsistentCalculationUsingRounding',
        severity: 'error',
        spec: 'XBRL Calculations 1.1',
        message:
          `Total assets = 1,000 but its 3 items add up to 990 in context 'FY2024' (ELR ${ELR}): as values rounded to their decimals, ` +
          'the total stands for [999.5, 1,000.5] and the items for [988.5, 991.5], which do not overlap',
        file: 'i.xbrl',
        line: sum.line,
        column: 3,
      },
    ]);
    expect(
      runMode(
        'round',
        instance([
          fact('Activa', '990'),
          fact('VasteActiva', '500'),
          fact('VlottendeActiva', '400'),
          fact('Correctie', '-90'),
        ]),
      ),
    ).toEqual([]);
  });

  it('allows the rounding slack of every item: 1 + 1 + 1 may be 4 or 5 at decimals 0, not 6', () => {
    // items [0.5, 1.5] each: sum [1.5, 4.5]
    const items = () => [fact('VasteActiva', '1'), fact('VlottendeActiva', '1'), fact('Other', '1')];
    expect(runMode('round', instance([fact('Activa', '4'), ...items()]), tax3)).toEqual([]); // [3.5, 4.5]
    expect(runMode('round', instance([fact('Activa', '5'), ...items()]), tax3)).toEqual([]); // [4.5, 5.5]: meets at 4.5
    expect(codes(runMode('round', instance([fact('Activa', '6'), ...items()]), tax3))).toEqual([
      'calc11e:inconsistentCalculationUsingRounding',
    ]);
  });

  it('treats decimals INF as exact', () => {
    const ok = instance([
      fact('Activa', '0.3', { decimals: 'INF' }),
      fact('VasteActiva', '0.1', { decimals: 'INF' }),
      fact('VlottendeActiva', '0.2', { decimals: 'INF' }),
    ]);
    expect(runMode('round', ok)).toEqual([]);
    const bad = instance([
      fact('Activa', '0.3', { decimals: 'INF' }),
      fact('VasteActiva', '0.1', { decimals: 'INF' }),
      fact('VlottendeActiva', '0.21', { decimals: 'INF' }),
    ]);
    expect(codes(runMode('round', bad))).toEqual(['calc11e:inconsistentCalculationUsingRounding']);
    // an exact total against a rounded item: 0.3 (INF) vs 0 (decimals 0) -> [-0.5, 0.5] contains 0.3
    expect(runMode('round', instance([fact('Activa', '0.3', { decimals: 'INF' }), fact('VasteActiva', '0')]))).toEqual(
      [],
    );
  });

  it('uses decimal weights exactly, never floats', () => {
    const t = taxonomy(concepts, [
      network(SUMMATION_ITEM_11, [
        rel('Activa', 'VasteActiva', { weight: '0.1' }),
        rel('Activa', 'VlottendeActiva', { weight: '0.2' }),
      ]),
    ]);
    const inst = instance([
      fact('Activa', '0.3', { decimals: 'INF' }),
      fact('VasteActiva', '1', { decimals: 'INF' }),
      fact('VlottendeActiva', '1', { decimals: 'INF' }),
    ]);
    expect(runMode('round', inst, t)).toEqual([]);
  });

  it('binds on c-equal and u-equal facts only, needs a contributing fact, and skips nil totals and nil items', () => {
    const inst = instance(
      [
        fact('Activa', '1000'),
        fact('VasteActiva', '1', { contextRef: 'PY' }),
        fact('VlottendeActiva', '5', { unitRef: 'USD' }),
      ],
      [context('FY2024'), context('PY', { kind: 'instant', instant: '2023-12-31' })],
      [unit('EUR'), unit('USD', 'USD')],
    );
    expect(runMode('round', inst)).toEqual([]);
    expect(runMode('round', instance([fact('Activa', '', { nil: true }), fact('VasteActiva', '5')]))).toEqual([]);
    expect(runMode('round', instance([fact('Activa', '5'), fact('VasteActiva', '', { nil: true })]))).toEqual([]);
    expect(
      codes(
        runMode(
          'round',
          instance([fact('Activa', '5'), fact('VasteActiva', '', { nil: true }), fact('VlottendeActiva', '7')]),
        ),
      ),
    ).toEqual(['calc11e:inconsistentCalculationUsingRounding']);
  });

  it('ignores facts inside tuples (OIM has none)', () => {
    const inst = instance([tuple('T', [fact('Activa', '1000'), fact('VasteActiva', '5')])]);
    expect(runMode('round', inst)).toEqual([]);
  });

  it('leaves XBRL 2.1 summation-item networks to the XBRL 2.1 rule, whatever the mode', () => {
    const t = taxonomy(concepts, [
      network(SUM, [rel('Activa', 'VasteActiva', { weight: '1' }), rel('Activa', 'VlottendeActiva', { weight: '1' })]),
    ]);
    const inst = instance([fact('Activa', '1'), fact('VasteActiva', '0'), fact('VlottendeActiva', '0')]);
    expect(codes(runMode('round', inst, t))).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    expect(codes(runMode('truncate', inst, t))).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    expect(codes(run(calcRules, t, inst))).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
  });
});

describe('calc11e:inconsistentCalculationUsingTruncation (truncation mode)', () => {
  it('accepts a total that is the truncated sum and rejects one beyond it', () => {
    // items [1, 2) + [1, 2) = [2, 4): total 3 -> [3, 4) meets; total 4 -> [4, 5) does not (open at 4)
    expect(
      runMode(
        'truncate',
        instance([fact('Activa', '3'), fact('VasteActiva', '1'), fact('VlottendeActiva', '1')]),
        tax2,
      ),
    ).toEqual([]);
    expect(
      codes(
        runMode(
          'truncate',
          instance([fact('Activa', '4'), fact('VasteActiva', '1'), fact('VlottendeActiva', '1')]),
          tax2,
        ),
      ),
    ).toEqual(['calc11e:inconsistentCalculationUsingTruncation']);
  });

  it('differs from round-to-nearest in both directions', () => {
    // 3 = 1.9 + 1.9 truncated: truncate [3, 4) meets [3.8, 4.0); round [2.5, 3.5] does not meet [3.75, 3.85]
    const truncated = instance([
      fact('Activa', '3'),
      fact('VasteActiva', '1.9', { decimals: '1' }),
      fact('VlottendeActiva', '1.9', { decimals: '1' }),
    ]);
    expect(runMode('truncate', truncated, tax2)).toEqual([]);
    expect(codes(runMode('round', truncated, tax2))).toEqual(['calc11e:inconsistentCalculationUsingRounding']);
    // 3 vs 1.2 + 1.2: round [2.5, 3.5] meets [2.3, 2.5] at 2.5; truncate [3, 4) does not meet [2.4, 2.6)
    const rounded = instance([
      fact('Activa', '3'),
      fact('VasteActiva', '1.2', { decimals: '1' }),
      fact('VlottendeActiva', '1.2', { decimals: '1' }),
    ]);
    expect(runMode('round', rounded, tax2)).toEqual([]);
    expect(codes(runMode('truncate', rounded, tax2))).toEqual(['calc11e:inconsistentCalculationUsingTruncation']);
  });

  it('handles negative values and negative weights (ends and their openness swap)', () => {
    // Activa = VasteActiva + VlottendeActiva - Correctie with -1, 0, -1: (-2, -1] + (-1, 1) - (-2, -1] = (-2, 2)
    const items = () => [fact('VasteActiva', '-1'), fact('VlottendeActiva', '0'), fact('Correctie', '-1')];
    expect(runMode('truncate', instance([fact('Activa', '1'), ...items()]))).toEqual([]); // [1, 2)
    expect(codes(runMode('truncate', instance([fact('Activa', '2'), ...items()])))).toEqual([
      'calc11e:inconsistentCalculationUsingTruncation',
    ]); // [2, 3)
    // round-to-nearest: [-1.5, 1.5] meets [1.5, 2.5]
    expect(runMode('round', instance([fact('Activa', '2'), ...items()]))).toEqual([]);
  });
});

describe('Calculations 1.1 duplicate facts', () => {
  it('combines consistent duplicates by intersecting their intervals', () => {
    // 1000 (decimals -1: [995,1005]) and 1001.4 (decimals 1: [1001.35,1001.45]) are consistent; combined [1001.35,1001.45]
    const inst = instance([
      fact('Activa', '1000', { decimals: '-1' }),
      fact('Activa', '1001.4', { decimals: '1' }),
      fact('VasteActiva', '600'),
      fact('VlottendeActiva', '401'),
    ]);
    expect(runMode('round', inst)).toEqual([]); // items [1000, 1002] meet [1001.35, 1001.45]
    // the same items against the combined value, where the less precise fact alone would be consistent
    const inst2 = instance([
      fact('Activa', '1000', { decimals: '-1' }),
      fact('Activa', '1003.4', { decimals: '1' }),
      fact('VasteActiva', '600'),
      fact('VlottendeActiva', '401'),
    ]);
    expect(codes(runMode('round', inst2))).toEqual(['calc11e:inconsistentCalculationUsingRounding']);
    // complete duplicates are fine
    expect(
      runMode(
        'round',
        instance([
          fact('Activa', '1001'),
          fact('Activa', '1001'),
          fact('VasteActiva', '600'),
          fact('VlottendeActiva', '401'),
        ]),
      ),
    ).toEqual([]);
  });

  it('reports inconsistent duplicates once and does not check the calculation', () => {
    const first = fact('Activa', '1000');
    const inst = instance([first, fact('Activa', '1010'), fact('VasteActiva', '600'), fact('VlottendeActiva', '401')]);
    const found = runMode('round', inst);
    expect(codes(found)).toEqual(['oime:disallowedDuplicateFacts']);
    expect(found[0]!.line).toBe(first.line);
    expect(found[0]!.message).toContain('1000 (decimals 0), 1010 (decimals 0)');
    // same decimals, different values that only touch at the interval ends are inconsistent too
    expect(
      codes(runMode('round', instance([fact('Activa', '1000'), fact('Activa', '1001'), fact('VasteActiva', '1001')]))),
    ).toEqual(['oime:disallowedDuplicateFacts']);
    // nil with non-nil
    expect(
      codes(
        runMode(
          'round',
          instance([fact('Activa', '1000'), fact('Activa', '', { nil: true }), fact('VasteActiva', '1000')]),
        ),
      ),
    ).toEqual(['oime:disallowedDuplicateFacts']);
    // duplicates of a contributing item
    expect(
      codes(
        runMode(
          'round',
          instance([
            fact('Activa', '5'),
            fact('VasteActiva', '5', { decimals: '0' }),
            fact('VasteActiva', '6.2', { decimals: '1' }),
          ]),
        ),
      ),
    ).toEqual(['oime:disallowedDuplicateFacts']);
  });

  it('uses calc11e:disallowedDuplicateFactsUsingTruncation in truncation mode, where the intervals differ', () => {
    // 1000 (-1) and 995.3 (1): round [995,1005] meets [995.25,995.35]; truncate [1000,1010) does not meet [995.3,995.4)
    const inst = instance([
      fact('Activa', '1000', { decimals: '-1' }),
      fact('Activa', '995.3', { decimals: '1' }),
      fact('VasteActiva', '995'),
    ]);
    expect(runMode('round', inst)).toEqual([]);
    expect(codes(runMode('truncate', inst))).toEqual(['calc11e:disallowedDuplicateFactsUsingTruncation']);
  });

  it('reports digits beyond decimals as calc11e:excessDigits and skips the calculation', () => {
    const bad = fact('VasteActiva', '500.4', { decimals: '0' });
    const found = runMode(
      'round',
      instance([fact('Activa', '9999'), bad, fact('VlottendeActiva', '1000', { decimals: '-2' })]),
    );
    expect(found.map((f) => [f.code, f.line])).toEqual([['calc11e:excessDigits', bad.line]]);
    expect(
      runMode(
        'round',
        instance([fact('Activa', '1500', { decimals: '-2' }), fact('VasteActiva', '1500.00', { decimals: '2' })]),
      ),
    ).toEqual([]);
  });
});

describe('Calculations 1.1 taxonomy constraints', () => {
  it('requires decimal items at both ends (calc11e:nonDecimalItemNode)', () => {
    const t = taxonomy(
      [
        ...concepts,
        dec('Name', {
          numeric: false,
          xbrliType: 'stringItemType',
          valueType: { variety: 'atomic', builtin: 'string', facets: [] },
        }),
        dec('Ratio', { valueType: { variety: 'atomic', builtin: 'double', facets: [] }, xbrliType: 'pureItemType' }),
        dec('Count', {
          valueType: { variety: 'atomic', builtin: 'nonNegativeInteger', facets: [] },
          xbrliType: 'sharesItemType',
        }),
      ],
      [
        network(SUMMATION_ITEM_11, [
          rel('Activa', 'Name', { weight: '1' }, 11),
          rel('Activa', 'Ratio', { weight: '1' }, 12),
          rel('Activa', 'Count', { weight: '1' }, 13),
        ]),
      ],
    );
    const found = run(calcRules, t);
    expect(found.map((f) => [f.code, f.line])).toEqual([
      ['calc11e:nonDecimalItemNode', 11],
      ['calc11e:nonDecimalItemNode', 12],
    ]);
    expect(found[0]!.message).toContain('connects Name, which is not a decimal item');
  });

  it('forbids two relationships from the same total to the same item in one network (calc11e:duplicateCalculationRelationships)', () => {
    const t = taxonomy(concepts, [
      network(SUMMATION_ITEM_11, [
        rel('Activa', 'VasteActiva', { weight: '1' }, 11),
        rel('Activa', 'VasteActiva', { weight: '-1' }, 12),
      ]),
      network(SUMMATION_ITEM_11, [rel('Activa', 'VasteActiva', { weight: '1' }, 13)], { role: ELR }),
    ]);
    expect(run(calcRules, t).map((f) => [f.code, f.line])).toEqual([['calc11e:duplicateCalculationRelationships', 12]]);
  });
});
