/** src/xml/memo.ts: results kept by text, undefined results included, at most `max` texts. */
import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/xml/memo.js';

describe('memoByText', () => {
  it('calls the function once per text, keeps undefined results, and starts over past its bound', () => {
    const calls: string[] = [];
    const f = memoByText((t) => (calls.push(t), t === 'x' ? undefined : t.length), 2);
    expect([f('ab'), f('ab'), f('x'), f('x')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(['ab', 'x']);
    f('abc'); // a third text: the two kept are forgotten
    f('ab');
    expect(calls).toEqual(['ab', 'x', 'abc', 'ab']);
  });
});
