import { describe, expect, it } from 'vitest';
import type { Particle } from '../../src/compile/types.js';
import { matchContent } from '../../src/instance/content-model.js';

const el = (ref: string, minOccurs = 1, maxOccurs: number | 'unbounded' = 1): Particle => ({
  kind: 'element',
  ref,
  minOccurs,
  maxOccurs,
});
const eq = (a: string, b: string) => a === b;

describe('matchContent (tuple content models, XBRL 2.1 section 4.9)', () => {
  it('sequence with optional and unbounded members', () => {
    const p: Particle = {
      kind: 'sequence',
      minOccurs: 1,
      maxOccurs: 1,
      particles: [el('a'), el('b', 0, 'unbounded'), el('c', 0)],
    };
    expect(matchContent(p, ['a'], eq).ok).toBe(true);
    expect(matchContent(p, ['a', 'b', 'b', 'b', 'c'], eq).ok).toBe(true);
    expect(matchContent(p, ['a', 'c', 'b'], eq)).toEqual({ ok: false, failAt: 2, expected: [] });
    expect(matchContent(p, ['b'], eq)).toEqual({ ok: false, failAt: 0, expected: ['a'] });
  });

  it('choice repeated, with minOccurs', () => {
    const p: Particle = { kind: 'choice', minOccurs: 2, maxOccurs: 3, particles: [el('x'), el('y')] };
    expect(matchContent(p, ['x', 'y'], eq).ok).toBe(true);
    expect(matchContent(p, ['y', 'y', 'x'], eq).ok).toBe(true);
    expect(matchContent(p, ['x'], eq)).toMatchObject({ ok: false, failAt: 1 });
    expect(matchContent(p, ['x', 'x', 'x', 'x'], eq)).toMatchObject({ ok: false, failAt: 3 });
  });

  it('all: any order, each at most once, required members present', () => {
    const p: Particle = { kind: 'all', minOccurs: 1, maxOccurs: 1, particles: [el('a'), el('b'), el('c', 0)] };
    expect(matchContent(p, ['b', 'a'], eq).ok).toBe(true);
    expect(matchContent(p, ['c', 'b', 'a'], eq).ok).toBe(true);
    expect(matchContent(p, ['a', 'a', 'b'], eq).ok).toBe(false);
    expect(matchContent(p, ['a', 'c'], eq).ok).toBe(false);
  });

  it('nested groups, any, and substitution-group acceptance', () => {
    const p: Particle = {
      kind: 'sequence',
      minOccurs: 1,
      maxOccurs: 1,
      particles: [
        {
          kind: 'choice',
          minOccurs: 0,
          maxOccurs: 'unbounded',
          particles: [el('head'), { kind: 'sequence', minOccurs: 1, maxOccurs: 1, particles: [el('p'), el('q')] }],
        },
        { kind: 'any', minOccurs: 1, maxOccurs: 1 },
      ],
    };
    const accepts = (ref: string, key: string) => ref === key || (ref === 'head' && key.startsWith('sub'));
    expect(matchContent(p, ['sub1', 'p', 'q', 'sub2', 'whatever'], accepts).ok).toBe(true);
    expect(matchContent(p, ['p', 'whatever'], accepts).ok).toBe(false);
  });

  it('matches a long repeated sequence with a number of element tests linear in the children', () => {
    const p: Particle = { kind: 'sequence', minOccurs: 0, maxOccurs: 'unbounded', particles: [el('a'), el('b', 0)] };
    for (const length of [300, 3000]) {
      const kids = Array.from({ length }, (_, i) => (i % 3 === 2 ? 'b' : 'a'));
      let tests = 0;
      const counted = (a: string, b: string) => (tests++, a === b);
      expect(matchContent(p, kids, counted).ok).toBe(true);
      // each child is tested against 'a' and, after an 'a', against 'b': 5 tests per 3 children (a backtracking
      // matcher would test each child again for every way of splitting the sequence before it)
      expect(tests).toBe((length / 3) * 5);
    }
    const bad = Array.from({ length: 3000 }, (_, i) => (i === 2999 ? 'c' : i % 3 === 2 ? 'b' : 'a'));
    let tests = 0;
    expect(matchContent(p, bad, (a, b) => (tests++, a === b))).toEqual({
      ok: false,
      failAt: 2999,
      expected: ['b', 'a'],
    });
    expect(tests).toBeLessThanOrEqual(2 * bad.length);
  });
});
