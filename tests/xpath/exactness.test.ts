/**
 * The exactness checks end to end: text -> parser -> static pass -> evaluator -> canonical string.
 * xs:decimal and xs:integer are exact (F&O 6.2); a double-based engine fails every one of these.
 */
import { describe, expect, it } from 'vitest';
import { compileXPath, XPathError, type AtomicValue } from '../../src/xpath/index.js';
import { toStringValue } from '../../src/xpath/atomic/index.js';

const sc = { namespaces: { xs: 'http://www.w3.org/2001/XMLSchema', fn: 'http://www.w3.org/2005/xpath-functions' } };
const run = (expr: string) => compileXPath(expr, sc).evaluate({ variables: new Map() }) as AtomicValue[];
const str = (expr: string) => run(expr).map((v) => `${v.type} ${toStringValue(v)}`);

describe('exact decimals through the whole engine', () => {
  it.each([
    ['1.1 + 2.2 eq 3.3', 'xs:boolean true'],
    ['sum((0.1, 0.2)) eq 0.3', 'xs:boolean true'],
    ["xs:decimal('388163667900000000000000000.01') * 100", 'xs:decimal 38816366790000000000000000001'],
    ['10 idiv 3', 'xs:integer 3'],
    ['-7 mod 2', 'xs:integer -1'],
    ['round-half-to-even(2.5)', 'xs:decimal 2'],
    ['round-half-to-even(3.5)', 'xs:decimal 4'],
    ["xs:double('1e3') eq 1000", 'xs:boolean true'],
    ['1 div 3 * 3 eq 1', 'xs:boolean false'],
    ['0.1 + 0.2', 'xs:decimal 0.3'],
    ['1e0 div 0', 'xs:double INF'],
  ])('%s', (expr, expected) => {
    expect(str(expr)).toEqual([expected]);
  });

  it("xs:decimal('1e3') is refused with err:FORG0001", () => {
    expect(() => run("xs:decimal('1e3')")).toThrowError(XPathError);
    try {
      run("xs:decimal('1e3')");
    } catch (e) {
      expect((e as XPathError).code).toBe('err:FORG0001');
    }
  });

  it('decimal division by zero is err:FOAR0001', () => {
    try {
      run('1.5 div 0');
      expect.unreachable();
    } catch (e) {
      expect((e as XPathError).code).toBe('err:FOAR0001');
    }
  });
});
