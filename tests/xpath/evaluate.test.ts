/**
 * XPath 2.0 evaluator over an XDM tree built from XML: paths in document order, axes, predicates, comparisons,
 * EBV, for/some/every, sequence types, function conversion rules, dynamic error codes.
 */
import { describe, expect, it } from 'vitest';
import { XDecimal } from '../../src/xpath/decimal.js';
import {
  buildTree,
  evaluate,
  parseXPath,
  type FunctionDef,
  type Item,
  type Sequence,
  type XNode,
} from '../../src/xpath/index.js';

// What it exercises: mixed content, attributes, a comment, a PI, namespaces, nesting of same-named elements.
const doc = buildTree(
  `<r xmlns:p="urn:p"><a id="1" x="10">t1<b>u</b><!--c--></a><a id="2" x="20"><b>v</b><a id="3"><b>w</b></a><?pi data?></a><p:c/></r>`,
  'file:///t.xml',
);
const ns = { p: 'urn:p', xs: 'http://www.w3.org/2001/XMLSchema' };

function run(text: string, vars: Record<string, Sequence> = {}, contextItem: Item | null = doc): Sequence {
  const ast = parseXPath(text, { namespaces: ns, variables: (q) => q.local in vars });
  return evaluate(ast, { variables: new Map(Object.entries(vars)), ...(contextItem ? { contextItem } : {}) });
}
/** Items as short strings: element names with @id, atomic values as type:value. */
function show(text: string, vars: Record<string, Sequence> = {}): string[] {
  return run(text, vars).map((i) => {
    const n = i as XNode;
    if (n.nodeKind) {
      const id =
        n.nodeKind === 'element'
          ? n
              .attributes()
              .find((a) => a.nodeName!.local === 'id')
              ?.stringValue()
          : undefined;
      return `${n.nodeKind === 'element' ? '' : n.nodeKind + ':'}${n.nodeName?.local ?? ''}${id ? '#' + id : ''}`;
    }
    const a = i as { type: string; value: unknown };
    return `${a.type.slice(3)}:${String(a.value)}`;
  });
}
function code(text: string, vars: Record<string, Sequence> = {}, ctx: Item | null = doc): string {
  try {
    run(text, vars, ctx);
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'no error';
}

describe('paths and axes (XPath 2.0 3.2)', () => {
  it('descendants in document order without duplicates', () => {
    expect(show('//a')).toEqual(['a#1', 'a#2', 'a#3']);
    expect(show('//a//b')).toEqual(['b', 'b', 'b']);
    expect(show('//a/b/..')).toEqual(['a#1', 'a#2', 'a#3']);
  });
  it('positional predicates per step vs over the whole path', () => {
    expect(show('//b[1]/..')).toEqual(['a#1', 'a#2', 'a#3']);
    expect(show('(//b)[1]/..')).toEqual(['a#1']);
    expect(show('/descendant::b[2]/..')).toEqual(['a#2']);
  });
  it('reverse axes count positions from the context node', () => {
    expect(show('//a[@id="3"]/ancestor::*[1]')).toEqual(['a#2']);
    expect(show('//a[@id="3"]/ancestor::*')).toEqual(['r', 'a#2']);
    expect(show('//p:c/preceding-sibling::*[1]')).toEqual(['a#2']);
    expect(show('//p:c/preceding::b')).toEqual(['b', 'b', 'b']);
    expect(show('//a[@id="3"]/preceding::*')).toEqual(['a#1', 'b', 'b']);
  });
  it('following, following-sibling, attribute, self, parent', () => {
    expect(show('//a[@id="1"]/following-sibling::*')).toEqual(['a#2', 'c']);
    expect(show('//a[@id="2"]/b/following::*')).toEqual(['a#3', 'b', 'c']);
    expect(show('//a[@id="1"]/@x/following::b')).toEqual(['b', 'b', 'b']);
    expect(show('//a/@id/string()')).toEqual(['string:1', 'string:2', 'string:3']);
    expect(show('//a[1]/self::a/@id/string()')).toEqual(['string:1', 'string:3']);
    expect(show('//a/@x/..')).toEqual(['a#1', 'a#2']);
  });
  it('kind tests', () => {
    expect(show('//comment()')).toEqual(['comment:']);
    expect(show('//processing-instruction(pi)/string()')).toEqual(['string:data']);
    expect(show('/r/a[1]/text()/string()')).toEqual(['string:t1']);
    expect(show('count(//node())')).toEqual(['integer:14']);
    expect(show('//*:c')).toEqual(['c']);
    expect(show('(/) instance of document-node(element(r))')).toEqual(['boolean:true']);
    expect(show('/document-node()')).toEqual([]);
  });
  it('a lone / is the document; its root must be a document node (XPDY0050)', () => {
    expect(run('/')[0]).toBe(doc);
    expect(code('/', {}, doc.children()[0]!)).toBe('no error');
    // a parentless element (as Formula may hand over): its root is not a document node
    const orphan: XNode = {
      nodeKind: 'element',
      nodeName: { ns: '', local: 'o' },
      parent: undefined,
      children: () => [],
      attributes: () => [],
      stringValue: () => '',
      typedValue: () => [],
      tree: {},
      order: 0,
    };
    expect(code('/', {}, orphan)).toBe('err:XPDY0050');
    expect(code('//x', {}, orphan)).toBe('err:XPDY0050');
    expect(code('1', {}, null)).toBe('no error');
    expect(code('/', {}, null)).toBe('err:XPDY0002');
  });
  it('mixing nodes and atomic values in a last step is err:XPTY0018; a non-node before / err:XPTY0019', () => {
    expect(code('//a/(if (@id = "1") then . else 1)')).toBe('err:XPTY0018');
    expect(code('(1, 2)/a')).toBe('err:XPTY0019');
    expect(show('//a/string(@id)')).toEqual(['string:1', 'string:2', 'string:3']);
  });
  it('an axis step needs a node as context item (XPTY0020)', () => {
    expect(code('(1)[a]')).toBe('err:XPTY0020');
  });
});

describe('expressions', () => {
  it('arithmetic on decimals is exact', () => {
    expect(show('0.1 + 0.2')).toEqual(['decimal:0.3']);
    expect(
      show('$a eq $b + $c', { a: [{ type: 'xs:decimal', value: new XDecimal('3.3') }], b: run('1.1'), c: run('2.2') }),
    ).toEqual(['boolean:true']);
  });
  it('general comparisons are existential, value comparisons need singletons', () => {
    expect(show('(1, 2, 3) = 3')).toEqual(['boolean:true']);
    expect(show('(1, 2) = (3, 4)')).toEqual(['boolean:false']);
    expect(show('() = ()')).toEqual(['boolean:false']);
    expect(show('() eq 1')).toEqual([]);
    expect(code('(1, 2) eq 1')).toBe('err:XPTY0004');
    expect(show('//a/@x = 20')).toEqual(['boolean:true']);
  });
  it('node comparisons: is, <<, >>', () => {
    expect(show('(//b)[1] << (//b)[2]')).toEqual(['boolean:true']);
    expect(code('//a[1] is (//a)[1]')).toBe('err:XPTY0004');
    expect(show('(//a)[2] is //a[@id = "2"]')).toEqual(['boolean:true']);
    expect(show('(//b)[3] >> (//a)[3]')).toEqual(['boolean:true']);
    expect(show('(//a)[1] is /r/a[1]')).toEqual(['boolean:true']);
  });
  it('union, intersect, except in document order', () => {
    expect(show('//b/.. | //a[@id="1"]')).toEqual(['a#1', 'a#2', 'a#3']);
    expect(show('//a except //a[@id="2"]')).toEqual(['a#1', 'a#3']);
    expect(show('//a intersect //b/..')).toEqual(['a#1', 'a#2', 'a#3']);
    expect(code('(1) union //a')).toBe('err:XPTY0004');
  });
  it('effective boolean value (2.4.3)', () => {
    expect(show('if (//nothing) then 1 else 2')).toEqual(['integer:2']);
    expect(show('if ("") then 1 else 2')).toEqual(['integer:2']);
    expect(show('if (0.0) then 1 else 2')).toEqual(['integer:2']);
    expect(show('if (//a) then 1 else 2')).toEqual(['integer:1']);
    expect(code('if ((1, 2)) then 1 else 2')).toBe('err:FORG0006');
  });
  it('for, some, every', () => {
    expect(show('for $i in (1, 2), $j in (10, 20) return $i * $j')).toEqual([
      'integer:10',
      'integer:20',
      'integer:20',
      'integer:40',
    ]);
    expect(show('some $x in //a/@x satisfies $x = 20')).toEqual(['boolean:true']);
    expect(show('every $x in //a satisfies $x/b')).toEqual(['boolean:true']);
    expect(show('every $x in () satisfies false()')).toEqual(['boolean:true']);
  });
  it('ranges and numeric predicates', () => {
    expect(show('(5 to 9)[2]')).toEqual(['integer:6']);
    expect(show('(5 to 9)[. mod 2 = 0]')).toEqual(['integer:6', 'integer:8']);
    expect(show('(5 to 9)[last()]')).toEqual(['integer:9']);
    expect(show('3 to 1')).toEqual([]);
  });
  it('instance of, treat as (XPDY0050), cast, castable', () => {
    expect(show('5 instance of xs:integer')).toEqual(['boolean:true']);
    expect(show('5 instance of xs:decimal')).toEqual(['boolean:true']);
    expect(show('(5, 6) instance of xs:integer?')).toEqual(['boolean:false']);
    expect(show('//a instance of element()+')).toEqual(['boolean:true']);
    expect(show('//a/@id instance of attribute(id)*')).toEqual(['boolean:true']);
    expect(code('"a" treat as xs:integer')).toBe('err:XPDY0050');
    expect(show('"12" cast as xs:integer')).toEqual(['integer:12']);
    expect(show('"x" castable as xs:integer')).toEqual(['boolean:false']);
    expect(show('() cast as xs:integer?')).toEqual([]);
    expect(code('() cast as xs:integer')).toBe('err:XPTY0004');
  });
  it('atomization of untyped attributes in arithmetic', () => {
    expect(show('sum(//a/@x)')).toEqual(['double:30']);
    expect(show('//a[1]/@x + 1')).toEqual(['double:11']);
  });
  it('undefined context item is err:XPDY0002', () => {
    expect(code('.', {}, null)).toBe('err:XPDY0002');
    expect(code('position()', {}, null)).toBe('err:XPDY0002');
  });
});

describe('functions', () => {
  it('sequence functions (F&O 15)', () => {
    expect(show('count(//b)')).toEqual(['integer:3']);
    expect(show('reverse(1 to 3)')).toEqual(['integer:3', 'integer:2', 'integer:1']);
    expect(show('subsequence(1 to 10, 3, 2)')).toEqual(['integer:3', 'integer:4']);
    expect(show('remove((1, 2, 3), 2)')).toEqual(['integer:1', 'integer:3']);
    expect(show('insert-before((1, 3), 2, 2)')).toEqual(['integer:1', 'integer:2', 'integer:3']);
    expect(show('distinct-values((1, 1.0, "1", 2))')).toEqual(['integer:1', 'string:1', 'integer:2']);
    expect(show('index-of((1, 2, 1), 1)')).toEqual(['integer:1', 'integer:3']);
    expect(show('deep-equal(//a[@id="3"]/b, (//b)[3])')).toEqual(['boolean:true']);
    expect(show('deep-equal((//b)[1], (//b)[2])')).toEqual(['boolean:false']);
    expect(code('exactly-one((1, 2))')).toBe('err:FORG0005');
    expect(code('zero-or-one((1, 2))')).toBe('err:FORG0003');
    expect(code('one-or-more(())')).toBe('err:FORG0004');
  });
  it('node functions (F&O 2, 14)', () => {
    expect(show('name(//p:c)')).toEqual(['string:p:c']);
    expect(show('local-name(//p:c)')).toEqual(['string:c']);
    expect(show('namespace-uri(//p:c)')).toEqual(['anyURI:urn:p']);
    expect(show('string(/r/a[1])')).toEqual(['string:t1u']);
    expect(show('root((//b)[1]) is /')).toEqual(['boolean:true']);
    expect(show('number(//a[2]/@x)')).toEqual(['double:20']);
    expect(show('number("x")')).toEqual(['double:NaN']);
  });
  it('fn:error raises the given code', () => {
    expect(code('error()')).toBe('err:FOER0000');
    expect(code('error(QName("urn:e", "e:bad"), "msg")')).toBe('e:bad');
  });
  it('function conversion rules (3.1.5): untyped arguments are cast, cardinality checked', () => {
    const f: FunctionDef = {
      ns: 'urn:f',
      local: 'twice',
      minArgs: 1,
      maxArgs: 1,
      params: [
        { item: { kind: 'atomic', name: { ns: 'http://www.w3.org/2001/XMLSchema', local: 'double' } }, occurrence: '' },
      ],
      impl: (_c, [a]) => [{ type: 'xs:double', value: (a![0] as { value: number }).value * 2 }],
    };
    const functions = {
      lookup: (ns: string, l: string, n: number) => (ns === 'urn:f' && l === 'twice' && n === 1 ? f : undefined),
    };
    const ev = (t: string) =>
      evaluate(parseXPath(t, { namespaces: { f: 'urn:f' }, functions }), {
        variables: new Map(),
        contextItem: doc,
        functions,
      });
    expect(ev('f:twice(//a[1]/@x)')[0]).toEqual({ type: 'xs:double', value: 20 });
    expect(ev('f:twice(3)')[0]).toEqual({ type: 'xs:double', value: 6 });
    expect(() => ev('f:twice(//a/@x)')).toThrow(/XPTY0004/);
    expect(() => ev('f:twice("s")')).toThrow(/XPTY0004/);
  });
});
