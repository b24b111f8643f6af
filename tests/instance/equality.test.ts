/** XBRL 2.1 section 4.10 equality predicates and duplicate items. */
import { describe, expect, it } from 'vitest';
import type { SimpleType } from '../../src/compile/types.js';
import {
  cEqual,
  canonicalDateTime,
  equalityIndex,
  findDuplicateItems,
  periodKey,
  uEqual,
  type Declarations,
} from '../../src/instance/equality.js';
import type { Context } from '../../src/instance/types.js';
import { parseXml } from '../../src/xml/parse.js';
import { context, fact, instance, tuple, unit } from '../rules/calc/fixtures.js';

function segment(xml: string) {
  const doc = parseXml(
    `<s xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:a="http://ex/d" xmlns:b="http://ex/d" xmlns:o="http://ex/other">${xml}</s>`,
    'seg.xml',
  );
  return doc.root;
}

describe('periods by value (4.7.2, 4.10)', () => {
  it('an instant date is the end of that day', () => {
    expect(periodKey({ kind: 'instant', instant: '2024-12-31' })).toBe(
      periodKey({ kind: 'instant', instant: '2025-01-01T00:00:00' }),
    );
    expect(periodKey({ kind: 'instant', instant: '2024-12-31' })).not.toBe(
      periodKey({ kind: 'instant', instant: '2024-12-31T00:00:00' }),
    );
    expect(periodKey({ kind: 'instant', instant: '2024-12-31T24:00:00' })).toBe(
      periodKey({ kind: 'instant', instant: '2024-12-31' }),
    );
  });
  it('a start date is the start of that day; durations and instants never match', () => {
    expect(periodKey({ kind: 'duration', start: '2024-01-01', end: '2024-12-31' })).toBe(
      periodKey({ kind: 'duration', start: '2024-01-01T00:00:00', end: '2025-01-01T00:00:00.000' }),
    );
    expect(periodKey({ kind: 'duration', start: '2024-12-31', end: '2024-12-31' })).not.toBe(
      periodKey({ kind: 'instant', instant: '2024-12-31' }),
    );
    expect(periodKey({ kind: 'forever' })).toBe('F');
  });
  it('normalises time zones, and keeps zoned and unzoned values apart', () => {
    expect(canonicalDateTime('2024-12-31T23:00:00-01:00', true)).toBe(canonicalDateTime('2025-01-01T00:00:00Z', true));
    expect(canonicalDateTime('2025-01-01T00:00:00Z', true)).not.toBe(canonicalDateTime('2025-01-01T00:00:00', true));
  });
});

describe('c-equal and u-equal', () => {
  it('compares segments structurally, explicit members by expanded name', () => {
    const c1: Context = context('c1', undefined, {
      segment: segment('<xbrldi:explicitMember dimension="a:Dim">a:Mem</xbrldi:explicitMember>'),
    });
    const c2: Context = context('c2', undefined, {
      segment: segment('<xbrldi:explicitMember dimension="b:Dim"> b:Mem </xbrldi:explicitMember>'),
    });
    const c3: Context = context('c3', undefined, {
      segment: segment('<xbrldi:explicitMember dimension="a:Dim">a:Other</xbrldi:explicitMember>'),
    });
    const c4: Context = context('c4', undefined, {
      scenario: segment('<xbrldi:explicitMember dimension="a:Dim">a:Mem</xbrldi:explicitMember>'),
    });
    expect(cEqual(c1, c2)).toBe(true);
    expect(cEqual(c1, c3)).toBe(false);
    expect(cEqual(c1, c4)).toBe(false);
    expect(cEqual(context('x'), context('y', { kind: 'instant', instant: '2025-01-01T00:00:00' }))).toBe(true);
    expect(
      cEqual(
        context('x'),
        context('y', undefined, { entity: { scheme: 'http://www.kvk.nl/kvk-id', identifier: '87654321' } }),
      ),
    ).toBe(false);
  });
  it('compares units by measures', () => {
    expect(uEqual(unit('u1', 'EUR'), unit('u2', 'EUR'))).toBe(true);
    expect(uEqual(unit('u1', 'EUR'), unit('u2', 'USD'))).toBe(false);
  });
});

describe('typed s-equality of segment and scenario content (4.10, conformance 330, 302 V-11, 395 V-05/V-07)', () => {
  const t = (builtin: string): SimpleType => ({ variety: 'atomic', builtin, facets: [] });
  const decl: Declarations = {
    '{http://ex/d}v': {
      attributeTypes: { a2: t('decimal'), a3: t('double'), a4: t('boolean'), a1: t('string') },
      attributeDefaults: { w: 'this' },
    },
    '{http://ex/d}dec': { valueType: t('decimal') },
    '{http://ex/d}bool': { valueType: t('boolean') },
    '{http://ex/d}planet': { valueType: t('string'), default: 'Mars' },
  };
  const eq = (x: string, y: string, d: Declarations | undefined = decl) =>
    cEqual(context('x', undefined, { scenario: segment(x) }), context('y', undefined, { scenario: segment(y) }), d);

  it('compares typed attributes and simple content by value', () => {
    expect(
      eq(
        '<a:v a2="123" a3="0.321E1"><a:dec>0001.234</a:dec></a:v>',
        '<a:v a2="+00123.0" a3="321E-2"><b:dec>1.234</b:dec></a:v>',
      ),
    ).toBe(true);
    expect(
      eq('<a:v a3="+0E0" a4="0"><a:bool>1</a:bool></a:v>', '<a:v a3="-0" a4="false"><a:bool>true</a:bool></a:v>'),
    ).toBe(true);
    expect(eq('<a:v a1="01"/>', '<a:v a1="1"/>')).toBe(false);
    expect(eq('<a:v a2="123"/>', '<a:v a2="123"/>', {})).toBe(true);
    expect(eq('<a:v a2="123"/>', '<a:v a2="+123"/>', {})).toBe(false);
  });
  it('a double NaN equals nothing, not even NaN', () => {
    expect(eq('<a:v a3="NaN"/>', '<a:v a3="NaN"/>')).toBe(false);
    const c = context('x', undefined, { scenario: segment('<a:v a3="NaN"/>') });
    expect(cEqual(c, c, decl)).toBe(true);
  });
  it('applies element and attribute defaults', () => {
    expect(eq('<a:planet>Mars</a:planet>', '<a:planet><!--x--></a:planet>')).toBe(true);
    expect(eq('<a:planet>Venus</a:planet>', '<a:planet/>')).toBe(false);
    expect(eq('<a:v w="this">L</a:v>', '<a:v>L</a:v>')).toBe(true);
    expect(eq('<a:v w="that">L</a:v>', '<a:v>L</a:v>')).toBe(false);
  });
  it('the c-equal keys of an instance use its declarations', () => {
    const inst = instance(
      [fact('A', '1', { contextRef: 'x' }), fact('A', '1', { contextRef: 'y' })],
      [
        context('x', undefined, { scenario: segment('<a:dec>1</a:dec>') }),
        context('y', undefined, { scenario: segment('<a:dec>1.0</a:dec>') }),
      ],
      [unit('EUR')],
    );
    expect(findDuplicateItems(inst)).toEqual([]);
    const typed = { ...inst, declarations: decl };
    expect(findDuplicateItems(typed)).toHaveLength(1);
  });
});

describe('duplicate items (4.10)', () => {
  it('groups same concept, p-equal, c-equal, u-equal items, including nil ones, but not items in different tuples', () => {
    const a1 = fact('A', '1');
    const a2 = fact('A', '', { nil: true, contextRef: 'same' });
    const other = fact('A', '1', { unitRef: 'USD' });
    const inT1 = fact('A', '1');
    const inT2 = fact('A', '1');
    const inst = instance(
      [a1, a2, other, tuple('T', [inT1]), tuple('T', [inT2])],
      [context('FY2024'), context('same')],
      [unit('EUR'), unit('USD', 'USD')],
    );
    expect(findDuplicateItems(inst)).toEqual([[a1, a2]]);
  });
  it("keys a fact by the number of its context's c-equal class, not by the context's content (large instances)", () => {
    // two c-equal contexts with a 20,000-character entity identifier, one that differs
    const long = 'x'.repeat(20_000);
    const c1 = context('c1', undefined, { entity: { scheme: 'http://s', identifier: long } });
    const c2 = context('c2', undefined, { entity: { scheme: 'http://s', identifier: ` ${long} ` } });
    const c3 = context('c3', undefined, { entity: { scheme: 'http://s', identifier: long + 'y' } });
    const [a, b, c] = [
      fact('A', '1', { contextRef: 'c1' }),
      fact('A', '1', { contextRef: 'c2' }),
      fact('A', '1', { contextRef: 'c3' }),
    ];
    const ix = equalityIndex(instance([a, b, c], [c1, c2, c3]));
    expect(ix.contextKeyOf(a)).toBe(ix.contextKeyOf(b));
    expect(ix.contextKeyOf(a)).not.toBe(ix.contextKeyOf(c));
    expect(ix.itemKey(a)).toBe(ix.itemKey(b));
    expect(ix.itemKey(a)!.length).toBeLessThan(100);
    expect(ix.duplicateItems()).toEqual([[a, b]]);
  });
  it('lists the groups in document order of their first fact, three or more duplicates in one group', () => {
    // B's group is complete before A's second fact is read; A's group still comes first
    const [a1, b1, b2, a2, a3] = [fact('A', '1'), fact('B', '1'), fact('B', '2'), fact('A', '2'), fact('A', '3')];
    expect(findDuplicateItems(instance([a1, b1, b2, a2, a3]))).toEqual([
      [a1, a2, a3],
      [b1, b2],
    ]);
  });
  it('keeps explicit members of different dimensions or members apart, by expanded name (the short path)', () => {
    const seg = (xml: string, id: string) => context(id, undefined, { segment: segment(xml) });
    const cs = [
      seg('<xbrldi:explicitMember dimension="a:Dim">a:Mem</xbrldi:explicitMember>', 'c1'),
      seg('<xbrldi:explicitMember dimension="b:Dim">b:Mem</xbrldi:explicitMember>', 'c2'),
      seg('<xbrldi:explicitMember dimension="a:Dim">a:Other</xbrldi:explicitMember>', 'c3'),
      seg('<xbrldi:explicitMember dimension="o:Dim">a:Mem</xbrldi:explicitMember>', 'c4'),
      seg('<xbrldi:explicitMember dimension="a:Dim" id="m">a:Mem</xbrldi:explicitMember>', 'c5'),
    ];
    const facts = cs.map((c) => fact('A', '1', { contextRef: c.id }));
    const ix = equalityIndex(instance(facts, cs));
    expect(facts.map((f) => ix.contextKeyOf(f))).toEqual(['0', '0', '1', '2', '3']);
  });
  // A quadratic index (10^10 comparisons here) runs into the test timeout; the time itself is measured in
  // bench/dimensions.ts and bench/large.ts, not asserted here (a loaded machine is not a slow algorithm).
  it('finds the 50,000 duplicate pairs among 100k facts (within the test timeout)', () => {
    const facts = Array.from({ length: 100_000 }, (_, i) => fact(`C${i % 50_000}`, String(i)));
    expect(findDuplicateItems(instance(facts))).toHaveLength(50_000);
  });
});
