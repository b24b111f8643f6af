/** XBRL 2.1 section 5.2.5.2 calculation consistency; conformance 397-Testcase-SummationItem and 320 in miniature. */
import { describe, expect, it } from 'vitest';
import { calcRules } from '../../../src/rules/calc/index.js';
import { inferDecimals, roundHalfEven, D } from '../../../src/rules/calc/rounding.js';
import { SUM, concept, context, fact, instance, network, rel, run, taxonomy, tuple, unit } from './fixtures.js';

const ELR = 'http://example.com/role/balance';
// Activa = VasteActiva + VlottendeActiva + Liquide (weights 1)
const tax = taxonomy(
  [
    concept('Activa'),
    concept('VasteActiva'),
    concept('VlottendeActiva'),
    concept('Liquide'),
    concept('Name', { numeric: false, xbrliType: 'stringItemType' }),
    concept('H', { kind: 'tuple', numeric: false }),
  ],
  [
    network(
      SUM,
      [
        rel('Activa', 'VasteActiva', { weight: '1' }),
        rel('Activa', 'VlottendeActiva', { weight: '1.0' }),
        rel('Activa', 'Liquide', { weight: '1' }),
      ],
      { role: ELR },
    ),
  ],
  { labels: { [`{http://example.com/t}Activa`]: { 'http://www.xbrl.org/2003/role/label': { en: 'Total assets' } } } },
);

describe('calcInconsistency (xbrl.5.2.5.2)', () => {
  it('reports a mismatch with the summation fact location and an accountant-readable message (397 V-01)', () => {
    const sum = fact('Activa', '1000');
    const inst = instance([sum, fact('VasteActiva', '500'), fact('VlottendeActiva', '400'), fact('Liquide', '90')]);
    const found = run(calcRules, tax, inst);
    expect(found).toEqual([
      {
        code: 'xbrl.5.2.5.2:calcInconsistency',
        severity: 'error',
        spec: 'XBRL 2.1 section 5.2.5.2',
        message: `Total assets = 1,000 but the sum of its 3 items is 990 (VasteActiva 500 + VlottendeActiva 400 + Liquide 90) in context 'FY2024' (ELR ${ELR})`,
        file: 'i.xbrl',
        line: sum.line,
        column: 3,
      },
    ]);
  });

  it('is silent when consistent (397 V-00), and with one item present (397 V-08)', () => {
    expect(
      run(
        calcRules,
        tax,
        instance([
          fact('Activa', '990'),
          fact('VasteActiva', '500'),
          fact('VlottendeActiva', '400'),
          fact('Liquide', '90'),
        ]),
      ),
    ).toEqual([]);
    expect(run(calcRules, tax, instance([fact('Activa', '500'), fact('VasteActiva', '500')]))).toEqual([]);
  });

  it('rounds each item to its decimals: 1.5 + 1.4 = 3 is consistent at decimals 0, not at decimals 1', () => {
    const at0 = instance([fact('Activa', '3'), fact('VasteActiva', '1.5'), fact('VlottendeActiva', '1.4')]);
    expect(run(calcRules, tax, at0)).toEqual([]);
    const at1 = instance([
      fact('Activa', '3.0', { decimals: '1' }),
      fact('VasteActiva', '1.5', { decimals: '1' }),
      fact('VlottendeActiva', '1.4', { decimals: '1' }),
    ]);
    expect(run(calcRules, tax, at1).map((f) => f.message)).toEqual([
      `Total assets = 3.0 but the sum of its 2 items is 2.9 (VasteActiva 1.5 + VlottendeActiva 1.4) in context 'FY2024' (ELR ${ELR})`,
    ]);
  });

  it('rounds half to even (320 V-32): 0.5 at decimals 0 is 0, 2.5 is 2', () => {
    expect(
      run(calcRules, tax, instance([fact('Activa', '1'), fact('VasteActiva', '0.5'), fact('VlottendeActiva', '0.5')])),
    ).toHaveLength(1); // 397 V-30
    expect(run(calcRules, tax, instance([fact('Activa', '2'), fact('VasteActiva', '2.5')]))).toEqual([]);
  });

  it('rounds the computed total to the summation decimals (320 V-31)', () => {
    const inst = instance([
      fact('Activa', '0', { decimals: '1' }),
      fact('VasteActiva', '1.234', { decimals: '2' }),
      fact('VlottendeActiva', '-1.223', { decimals: '2' }),
    ]);
    expect(run(calcRules, tax, inst)).toEqual([]);
  });

  it('infers decimals from precision (397 V-28) and treats precision 0 as inconsistent (397 V-24, V-29)', () => {
    const p5 = instance([
      fact('Activa', '100.00', { decimals: undefined, precision: '5' }),
      fact('VasteActiva', '49.998', { decimals: 'INF' }),
      fact('VlottendeActiva', '49.998', { decimals: 'INF' }),
    ]);
    expect(run(calcRules, tax, p5)).toEqual([]);
    const p0 = instance([
      fact('Activa', '0.8', { decimals: undefined, precision: '0' }),
      fact('VasteActiva', '0.5', { decimals: 'INF' }),
    ]);
    expect(run(calcRules, tax, p0)).toHaveLength(1);
  });

  it('uses decimal weights exactly, never floats (320 V-18: weight 1.01)', () => {
    const t = taxonomy(tax.concepts ? Object.values(tax.concepts) : [], [
      network(SUM, [rel('Activa', 'VasteActiva', { weight: '1.01' }), rel('Activa', 'Liquide', { weight: '-1' })]),
    ]);
    expect(
      run(
        calcRules,
        t,
        instance([
          fact('Activa', '2.02', { decimals: '2' }),
          fact('VasteActiva', '2.1', { decimals: '1' }),
          fact('Liquide', '0.1', { decimals: '1' }),
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        calcRules,
        t,
        instance([
          fact('Activa', '2.03', { decimals: '2' }),
          fact('VasteActiva', '2.1', { decimals: '1' }),
          fact('Liquide', '0.1', { decimals: '1' }),
        ]),
      ),
    ).toHaveLength(1);
  });

  it('skips a binding with duplicate items, nil or not (397 V-11, V-12)', () => {
    const dupSum = instance([fact('Activa', '', { nil: true }), fact('Activa', '7'), fact('VasteActiva', '500')]);
    expect(run(calcRules, tax, dupSum)).toEqual([]);
    const dupItem = instance([fact('Activa', '7'), fact('VasteActiva', '500'), fact('VasteActiva', '500')]);
    expect(run(calcRules, tax, dupItem)).toEqual([]);
    // a duplicate elsewhere does not block other bindings
    const other = instance([
      fact('Activa', '7'),
      fact('VasteActiva', '500'),
      fact('Name', 'x', { unitRef: undefined }),
      fact('Name', 'y', { unitRef: undefined }),
    ]);
    expect(run(calcRules, tax, other)).toHaveLength(1);
  });

  it('binds only c-equal, u-equal, non-nil items (397 V-02, V-03, V-05, V-06)', () => {
    const ctxs = [
      context('FY2024'),
      context('FY2023', { kind: 'instant', instant: '2023-12-31' }),
      context('FY2024b', { kind: 'instant', instant: '2025-01-01T00:00:00' }),
    ];
    const units = [unit('EUR'), unit('USD', 'USD'), unit('EUR2')];
    expect(
      run(
        calcRules,
        tax,
        instance([fact('Activa', '7'), fact('VasteActiva', '500', { contextRef: 'FY2023' })], ctxs, units),
      ),
    ).toEqual([]);
    expect(
      run(calcRules, tax, instance([fact('Activa', '7'), fact('VasteActiva', '500', { unitRef: 'USD' })], ctxs, units)),
    ).toEqual([]);
    expect(
      run(calcRules, tax, instance([fact('Activa', '7'), fact('VasteActiva', '', { nil: true })], ctxs, units)),
    ).toEqual([]);
    // s-equal contexts and units (different ids) do bind (397 V-04); 2024-12-31 is 2025-01-01T00:00:00
    expect(
      run(
        calcRules,
        tax,
        instance(
          [fact('Activa', '7'), fact('VasteActiva', '500', { contextRef: 'FY2024b', unitRef: 'EUR2' })],
          ctxs,
          units,
        ),
      ),
    ).toHaveLength(1);
    expect(
      run(calcRules, tax, instance([fact('Activa', '', { nil: true }), fact('VasteActiva', '500')], ctxs, units)),
    ).toEqual([]); // V-10
  });

  it('binds items nested in tuples of the summation parent, not of sibling tuples (397 V-13..V-16, V-22)', () => {
    // top-level A binds B and C at the top and inside the tuple: 3 != 2 + 1 + 20 + 10
    const inner = [fact('Activa', '30'), fact('VasteActiva', '20'), fact('VlottendeActiva', '10')];
    const v22 = instance([
      fact('Activa', '3'),
      fact('VasteActiva', '2'),
      fact('VlottendeActiva', '1'),
      tuple('H', inner),
    ]);
    expect(run(calcRules, tax, v22).map((f) => f.line)).toEqual([v22.facts[0]!.line]);
    // A alone in one tuple, B in another: nothing binds (V-14)
    const v14 = instance([tuple('H', [fact('Activa', '3')]), tuple('H', [fact('VasteActiva', '1')])]);
    expect(run(calcRules, tax, v14)).toEqual([]);
  });
});

describe('rounding helpers (sections 4.6.6, 4.6.7.2)', () => {
  it('infers decimals from precision', () => {
    expect(inferDecimals({ precision: '5', value: '100.00' })).toBe(2);
    expect(inferDecimals({ precision: '3', value: '0.0123' })).toBe(4);
    expect(inferDecimals({ precision: '0', value: '5' })).toBe('unknown');
    expect(inferDecimals({ precision: '2', value: '0' })).toBe('INF');
    expect(inferDecimals({ decimals: '-3', value: '12000' })).toBe(-3);
  });
  it('rounds half to even at negative decimals', () => {
    expect(roundHalfEven(new D('2500'), -3).toFixed()).toBe('2000');
    expect(roundHalfEven(new D('3500'), -3).toFixed()).toBe('4000');
    expect(roundHalfEven(new D('-1.25'), 1).toFixed()).toBe('-1.2');
  });
});
