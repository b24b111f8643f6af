/**
 * XPath 2.0 parser and static pass: every production of appendix A.1 yields the expected plain-data node, the
 * grammar notes (A.1.2, A.2, A.3) hold, and static errors carry their W3C code and offsets.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseXPath, tokenize, type Expr, type StaticContext } from '../../src/xpath/index.js';

const sc: StaticContext = {
  namespaces: { p: 'urn:p', xs: 'http://www.w3.org/2001/XMLSchema' },
  variables: (q) => ['a', 'b', 'c', 'v'].includes(q.local) || q.ns === 'urn:p',
};
const p = (text: string): Expr => parseXPath(text, sc);
function err(text: string, ctx: StaticContext = sc): { code: string; start?: number; end?: number } {
  try {
    parseXPath(text, ctx);
  } catch (e) {
    const x = e as { code: string; start?: number; end?: number };
    return { code: x.code, start: x.start, end: x.end };
  }
  throw new Error(`no error for ${text}`);
}

describe('productions', () => {
  it('[2] Expr: a comma sequence and () ', () => {
    const e = p('1, 2, 3');
    expect(e).toMatchObject({ kind: 'sequence', start: 0, end: 7 });
    expect((e as Extract<Expr, { kind: 'sequence' }>).items.map((x) => x.kind)).toEqual([
      'literal',
      'literal',
      'literal',
    ]);
    expect(p('()')).toMatchObject({ kind: 'sequence', items: [] });
  });
  it('[4] ForExpr / [5] SimpleForClause with two bindings', () => {
    const e = p('for $x in (1, 2), $y in $x return $x + $y') as Extract<Expr, { kind: 'for' }>;
    expect(e.kind).toBe('for');
    expect(e.bindings.map((b) => b.name.local)).toEqual(['x', 'y']);
    expect(e.return).toMatchObject({ kind: 'arith', op: '+' });
  });
  it('[6] QuantifiedExpr', () => {
    expect(p('some $x in (1,2) satisfies $x eq 2')).toMatchObject({ kind: 'quantified', quantifier: 'some' });
    expect(p('every $x in $v satisfies $x')).toMatchObject({ kind: 'quantified', quantifier: 'every' });
  });
  it('[7] IfExpr', () => {
    expect(p('if ($a) then 1 else 2')).toMatchObject({
      kind: 'if',
      test: { kind: 'varRef' },
      then: { value: '1' },
      else: { value: '2' },
    });
  });
  it('[8] OrExpr [9] AndExpr: and binds tighter than or', () => {
    expect(p('$a or $b and $c')).toMatchObject({ kind: 'or', left: { kind: 'varRef' }, right: { kind: 'and' } });
  });
  it('[10] ComparisonExpr: general, value and node comparisons', () => {
    expect(p('$a = 1')).toMatchObject({ kind: 'compare', style: 'general', op: '=' });
    expect(p('$a != 1')).toMatchObject({ style: 'general', op: '!=' });
    expect(p('$a le 1')).toMatchObject({ style: 'value', op: 'le' });
    expect(p('$a is $b')).toMatchObject({ style: 'node', op: 'is' });
    expect(p('$a << $b')).toMatchObject({ style: 'node', op: '<<' });
    expect(err('1 = 2 = 3').code).toBe('err:XPST0003');
  });
  it('[11] RangeExpr', () => {
    expect(p('1 to 10')).toMatchObject({ kind: 'range', from: { value: '1' }, to: { value: '10' } });
  });
  it('[12] AdditiveExpr [13] MultiplicativeExpr: precedence and left associativity', () => {
    expect(p('1 - 2 - 3')).toMatchObject({
      kind: 'arith',
      op: '-',
      left: { kind: 'arith', op: '-' },
      right: { value: '3' },
    });
    expect(p('1 + 2 * 3')).toMatchObject({ op: '+', right: { op: '*' } });
    expect(p('7 idiv 2 mod 3 div 1')).toMatchObject({ op: 'div', left: { op: 'mod', left: { op: 'idiv' } } });
  });
  it('[14] UnionExpr [15] IntersectExceptExpr', () => {
    expect(p('$a | $b union $c')).toMatchObject({ kind: 'setop', op: 'union', left: { kind: 'setop', op: 'union' } });
    expect(p('$a intersect $b except $c')).toMatchObject({ op: 'except', left: { op: 'intersect' } });
    expect(p('$a | $b intersect $c')).toMatchObject({ op: 'union', right: { op: 'intersect' } });
  });
  it('[16]-[19] instance of, treat as, castable as, cast as', () => {
    expect(p('$a instance of xs:integer+')).toMatchObject({
      kind: 'instanceOf',
      type: { occurrence: '+', item: { kind: 'atomic', name: { local: 'integer' } } },
    });
    expect(p('$a treat as element(p:x)?')).toMatchObject({
      kind: 'treat',
      type: { occurrence: '?', item: { kind: 'node', test: { test: 'element', name: { ns: 'urn:p', local: 'x' } } } },
    });
    expect(p('$a castable as xs:date?')).toMatchObject({ kind: 'castable', type: { optional: true } });
    expect(p('$a cast as xs:decimal')).toMatchObject({
      kind: 'cast',
      type: { name: { ns: 'http://www.w3.org/2001/XMLSchema', local: 'decimal' }, optional: false },
    });
    expect(p('$a instance of empty-sequence()')).toMatchObject({ type: { occurrence: '' } });
    expect((p('$a instance of empty-sequence()') as Extract<Expr, { kind: 'instanceOf' }>).type.item).toBeUndefined();
  });
  it('[20] UnaryExpr: a run of signs folds into one', () => {
    expect(p('--1')).toMatchObject({ kind: 'unary', op: '+', operand: { value: '1' } });
    expect(p('-+-+-1')).toMatchObject({ kind: 'unary', op: '-' });
  });
  it('[25] PathExpr: leading /, //, lone slash', () => {
    expect(p('/')).toMatchObject({ kind: 'path', root: '/', steps: [] });
    expect(p('/a')).toMatchObject({ kind: 'path', root: '/', steps: [{ kind: 'axisStep', axis: 'child' }] });
    expect(p('//a')).toMatchObject({ kind: 'path', root: '//', steps: [{ test: { local: 'a' } }] });
    expect(p('(/) * 5')).toMatchObject({ kind: 'arith', op: '*' });
    // xgc:leading-lone-slash: "/ * 5" is a path "/*" followed by a stray 5
    expect(err('/ * 5')).toMatchObject({ code: 'err:XPST0003', start: 4 });
  });
  it('[26] RelativePathExpr: // between steps is descendant-or-self::node()', () => {
    const e = p('a//b/c') as Extract<Expr, { kind: 'path' }>;
    expect(e.steps.map((s) => (s.kind === 'axisStep' ? s.axis : s.kind))).toEqual([
      'child',
      'descendant-or-self',
      'child',
      'child',
    ]);
  });
  it('[28]-[34] axis steps, abbreviations, every axis', () => {
    for (const axis of [
      'child',
      'descendant',
      'attribute',
      'self',
      'descendant-or-self',
      'following-sibling',
      'following',
      'parent',
      'ancestor',
      'preceding-sibling',
      'preceding',
      'ancestor-or-self',
    ]) {
      expect(p(`${axis}::node()`)).toMatchObject({ kind: 'axisStep', axis });
    }
    expect(p('@id')).toMatchObject({ axis: 'attribute', test: { test: 'name', ns: '', local: 'id' } });
    expect(p('..')).toMatchObject({ axis: 'parent', test: { test: 'node' } });
    expect(p('attribute(*)')).toMatchObject({ axis: 'attribute', test: { test: 'attribute', name: null } });
    expect(err('foo::x').code).toBe('err:XPST0003');
  });
  it('[36] NameTest [37] Wildcard', () => {
    expect(p('*')).toMatchObject({ test: { test: 'name', ns: null, local: null } });
    expect(p('p:*')).toMatchObject({ test: { test: 'name', ns: 'urn:p', local: null } });
    expect(p('*:x')).toMatchObject({ test: { test: 'name', ns: null, local: 'x' } });
    expect(p('p:x')).toMatchObject({ test: { test: 'name', ns: 'urn:p', local: 'x' } });
  });
  it('[38]-[40] FilterExpr with predicates', () => {
    expect(p('$v[1][. > 2]')).toMatchObject({
      kind: 'filter',
      primary: { kind: 'varRef' },
      predicates: [{ kind: 'literal' }, { kind: 'compare' }],
    });
    expect(p('a[1]')).toMatchObject({ kind: 'axisStep', predicates: [{ value: '1' }] });
  });
  it('[42]-[43] literals: integer, decimal, double, strings with doubled quotes', () => {
    expect(p('12')).toMatchObject({ kind: 'literal', type: 'xs:integer', value: '12' });
    expect(p('1.5')).toMatchObject({ type: 'xs:decimal', value: '1.5' });
    expect(p('.5')).toMatchObject({ type: 'xs:decimal', value: '.5' });
    expect(p('1e3')).toMatchObject({ type: 'xs:double', value: '1e3' });
    expect(p('"a""b"')).toMatchObject({ type: 'xs:string', value: 'a"b' });
    expect(p("'it''s'")).toMatchObject({ value: "it's" });
  });
  it('[44] VarRef [47] ContextItemExpr [48] FunctionCall', () => {
    expect(p('$p:x')).toMatchObject({ kind: 'varRef', name: { ns: 'urn:p', local: 'x' } });
    expect(p('.')).toMatchObject({ kind: 'contextItem' });
    expect(p('fn:concat("a", "b", "c")')).toMatchObject({
      kind: 'call',
      name: { ns: 'http://www.w3.org/2005/xpath-functions', local: 'concat' },
    });
    expect(p('count(())')).toMatchObject({ kind: 'call', name: { local: 'count' }, args: [{ kind: 'sequence' }] });
  });
  it('[54]-[66] kind tests', () => {
    const t = (s: string) => (p(`$a instance of ${s}`) as Extract<Expr, { kind: 'instanceOf' }>).type.item;
    expect(t('node()')).toEqual({ kind: 'node', test: { test: 'node' } });
    expect(t('text()')).toEqual({ kind: 'node', test: { test: 'text' } });
    expect(t('comment()')).toEqual({ kind: 'node', test: { test: 'comment' } });
    expect(t('processing-instruction("x")')).toEqual({ kind: 'node', test: { test: 'pi', target: 'x' } });
    expect(t('processing-instruction(y)')).toEqual({ kind: 'node', test: { test: 'pi', target: 'y' } });
    expect(t('document-node(element(p:r))')).toMatchObject({
      test: { test: 'document', element: { test: 'element', name: { ns: 'urn:p' } } },
    });
    expect(t('element(*, xs:untyped?)')).toMatchObject({
      test: { test: 'element', name: null, typeName: { local: 'untyped' }, nillable: true },
    });
    expect(t('attribute(id)')).toMatchObject({ test: { test: 'attribute', name: { ns: '', local: 'id' } } });
    expect(t('item()')).toEqual({ kind: 'item' });
  });
  it('spans cover the source text', () => {
    const e = p('  $a  +  fn:count( (1,2) )  ');
    expect(e).toMatchObject({ start: 2, end: 26 });
  });
  it('the AST is plain data (JSON round trip)', () => {
    const e = p('for $i in 1 to 3 return //p:x[@y = $i]/string()');
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});

describe('grammar notes and lexical rules', () => {
  it('comments nest and count as whitespace', () => {
    expect(p('1 (: a (: nested :) comment :) + 2')).toMatchObject({ kind: 'arith', op: '+' });
    expect(err('1 (: open (: :)')).toMatchObject({ code: 'err:XPST0003', start: 2 });
  });
  it('a numeric literal followed by a name character is an error (A.2.1)', () => {
    expect(err('10div 3')).toEqual({ code: 'err:XPST0003', start: 0, end: 3 });
    expect(p('10 div 3')).toMatchObject({ op: 'div' });
  });
  it('ws:explicit: no whitespace inside a QName', () => {
    expect(tokenize('p:x')[0]).toMatchObject({ type: 'name', prefix: 'p', local: 'x' });
    expect(err('p :x').code).toBe('err:XPST0003');
  });
  it('reserved function names are never function calls (A.3)', () => {
    expect(err('if(1)').code).toBe('err:XPST0003');
    expect(err('item()').code).toBe('err:XPST0003');
    expect(err('typeswitch(1)').code).toBe('err:XPST0003');
  });
  it('keywords are names elsewhere', () => {
    expect(p('for')).toMatchObject({ kind: 'axisStep', test: { local: 'for' } });
    expect(p('div div div')).toMatchObject({ kind: 'arith', op: 'div' });
    expect(p('return/if')).toMatchObject({ kind: 'path' });
  });
  it('occurrence indicators bind to the SequenceType (xgc:occurrence-indicators)', () => {
    // "4 treat as item() + - 5" is (4 treat as item()+) - 5
    expect(p('4 treat as item() + - 5')).toMatchObject({
      kind: 'arith',
      op: '-',
      left: { kind: 'treat', type: { occurrence: '+' } },
    });
    expect(p('(4 treat as item()) + - 5')).toMatchObject({ kind: 'arith', op: '+', right: { kind: 'unary', op: '-' } });
  });
  it('unterminated string literal', () => {
    expect(err('"abc')).toMatchObject({ code: 'err:XPST0003', start: 0, end: 4 });
  });
  it('names are unresolved before the static pass', () => {
    expect(parse('p:x')).toMatchObject({ test: { prefix: 'p', local: 'x' } });
  });
});

describe('static errors', () => {
  it('err:XPST0008 undeclared variable, with its offsets', () => {
    expect(err('1 + $zz')).toEqual({ code: 'err:XPST0008', start: 4, end: 7 });
    expect(p('for $zz in 1 return $zz')).toMatchObject({ kind: 'for' });
    expect(err('(for $zz in 1 return $zz), $zz')).toMatchObject({ code: 'err:XPST0008', start: 27 });
  });
  it('err:XPST0017 unknown function or wrong arity', () => {
    expect(err('nosuch(1)')).toEqual({ code: 'err:XPST0017', start: 0, end: 9 });
    expect(err('fn:true(1)').code).toBe('err:XPST0017');
    expect(err('xs:integer(1, 2)').code).toBe('err:XPST0017');
  });
  it('err:XPST0081 unknown prefix', () => {
    expect(err('q:x')).toEqual({ code: 'err:XPST0081', start: 0, end: 3 });
    expect(err('$q:v').code).toBe('err:XPST0081');
    expect(err('q:f()').code).toBe('err:XPST0081');
  });
  it('err:XPST0051 unknown atomic type, err:XPST0080 abstract cast target', () => {
    expect(err('1 cast as xs:nosuch').code).toBe('err:XPST0051');
    expect(err('1 instance of xs:untyped').code).toBe('err:XPST0051');
    expect(err('1 cast as xs:NOTATION').code).toBe('err:XPST0080');
    expect(err('1 cast as xs:anyAtomicType').code).toBe('err:XPST0080');
  });
  it('functions of the static context', () => {
    const ctx: StaticContext = {
      namespaces: { f: 'urn:f' },
      functions: {
        lookup: (ns, local, n) =>
          ns === 'urn:f' && local === 'g' && n === 1
            ? { ns, local, minArgs: 1, maxArgs: 1, impl: () => [] }
            : undefined,
        hasName: (ns, l) => ns === 'urn:f' && l === 'g',
      },
    };
    expect(parseXPath('f:g(1)', ctx)).toMatchObject({ kind: 'call', name: { ns: 'urn:f', local: 'g' } });
    expect(err('f:g()', ctx).code).toBe('err:XPST0017');
  });
  it('default element namespace applies to element names, not attributes', () => {
    const ctx: StaticContext = { namespaces: {}, defaultElementNamespace: 'urn:d' };
    expect(parseXPath('a/@b', ctx)).toMatchObject({ steps: [{ test: { ns: 'urn:d' } }, { test: { ns: '' } }] });
  });
  it('10,000 nested parentheses give a coded error, not a stack overflow', () => {
    const text = '('.repeat(10000) + '1' + ')'.repeat(10000);
    expect(err(text).code).toBe('sbr:xpathDepthLimit');
    expect(p('('.repeat(50) + '1' + ')'.repeat(50))).toMatchObject({ kind: 'literal' });
    expect(err('if (1) then '.repeat(10000) + '1' + ' else 2'.repeat(10000)).code).toBe('sbr:xpathDepthLimit');
    expect(err('for $x in 1 return '.repeat(10000) + '1').code).toBe('sbr:xpathDepthLimit');
    expect(err('f('.repeat(10000) + ')'.repeat(10000)).code).toBe('sbr:xpathDepthLimit');
  });
});
