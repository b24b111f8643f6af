/**
 * Limits of the XPath engine: deep nesting, huge sequences, endless recursion and long loops end in coded errors
 * (sbr:xpathDepthLimit, sbr:xpathSequenceLimit, sbr:xpathStepLimit) instead of hangs or stack overflows.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  evaluate,
  parseXPath,
  type DynamicContext,
  type FunctionDef,
  type FunctionLibrary,
} from '../../src/xpath/index.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
}
const ev = (text: string, ctx: Partial<DynamicContext> = {}) =>
  evaluate(parseXPath(text, { namespaces: {} }), { variables: new Map(), ...ctx });

describe('limits', () => {
  it('count(1 to 100000000) answers without building the sequence', () => {
    const r = ev('count(1 to 100000000)');
    expect(String((r[0] as { value: unknown }).value)).toBe('100000000');
  });
  it('a for over a huge range stops with sbr:xpathSequenceLimit', () => {
    expect(
      codeOf(() =>
        ev("string-join(for $i in 1 to 100000000 return 'x', '')", { limits: { maxSequenceLength: 10_000 } }),
      ),
    ).toBe('sbr:xpathSequenceLimit');
  });
  it('materialising a huge range stops with sbr:xpathSequenceLimit', () => {
    expect(codeOf(() => ev('(1 to 100000000)[. = 5]'))).toBe('sbr:xpathSequenceLimit');
  });
  it('the step limit stops long evaluations', () => {
    expect(codeOf(() => ev('count(for $i in 1 to 100000 return $i * 2)', { limits: { maxSteps: 1000 } }))).toBe(
      'sbr:xpathStepLimit',
    );
  });
  it('an endlessly recursive custom function stops with sbr:xpathDepthLimit', () => {
    const f: FunctionDef = {
      ns: 'urn:f',
      local: 'loop',
      minArgs: 1,
      maxArgs: 1,
      impl: (ctx, [a]) => {
        calls++;
        return evaluate(body, {
          variables: new Map([['n', a!]]),
          functions: lib,
          ...(ctx.state ? { state: ctx.state } : {}),
        });
      },
    };
    let calls = 0;
    const lib: FunctionLibrary = { lookup: (ns, l, n) => (ns === 'urn:f' && l === 'loop' && n === 1 ? f : undefined) };
    const body = parseXPath('f:loop($n + 1)', {
      namespaces: { f: 'urn:f' },
      functions: lib,
      variables: (q) => q.local === 'n',
    });
    const c = codeOf(() => evaluate(body, { variables: new Map([['n', ev('1')]]), functions: lib }));
    expect(c).toBe('sbr:xpathDepthLimit');
    // stopped by the depth count at DEFAULT_LIMITS.maxDepth (200) nested calls, not by a stack overflow thousands deep
    expect(calls).toBe(DEFAULT_LIMITS.maxDepth);
    expect(DEFAULT_LIMITS.maxDepth).toBe(200);
  });
});
