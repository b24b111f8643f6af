/** The XDM tree builder: node kinds, document order, namespaces, string values, refusal of entity declarations. */
import { describe, expect, it } from 'vitest';
import { buildTree, type XNode } from '../../src/xpath/index.js';

describe('buildTree', () => {
  // mixed content with CDATA, a comment, a PI, namespaces declared and undeclared
  const doc = buildTree(
    '<?xml version="1.0"?><r xmlns="urn:d" xmlns:p="urn:p" a="1"><p:e>x<![CDATA[<y>]]>z</p:e><!--k--><?t v?><f xmlns=""/></r>',
    'file:///d.xml',
  );
  const r = doc.children()[0]!;
  it('keeps node kinds and order', () => {
    expect(doc.nodeKind).toBe('document');
    expect(r.nodeName).toEqual({ ns: 'urn:d', local: 'r' });
    expect(r.children().map((c) => c.nodeKind)).toEqual(['element', 'comment', 'processing-instruction', 'element']);
    const e = r.children()[0]!;
    expect(e.children().length).toBe(1);
    expect(e.stringValue()).toBe('x<y>z');
  });
  it('document order: element, its attributes, its children', () => {
    const a = r.attributes()[0]!;
    const e = r.children()[0]!;
    expect(doc.order).toBeLessThan(r.order);
    expect(r.order).toBeLessThan(a.order);
    expect(a.order).toBeLessThan(e.order);
    expect(a.tree).toBe(doc.tree);
  });
  it('in-scope namespaces and undeclaring the default namespace', () => {
    const f = r.children()[3]! as XNode & { inScopeNamespaces(): Record<string, string> };
    expect(f.nodeName).toEqual({ ns: '', local: 'f' });
    expect(f.inScopeNamespaces()).toEqual({ xml: 'http://www.w3.org/XML/1998/namespace', p: 'urn:p' });
  });
  it('typed values are untypedAtomic for elements and attributes, string for comments', () => {
    expect(r.attributes()[0]!.typedValue()).toEqual([{ type: 'xs:untypedAtomic', value: '1' }]);
    expect(r.children()[1]!.typedValue()).toEqual([{ type: 'xs:string', value: 'k' }]);
    expect(doc.documentURI).toBe('file:///d.xml');
  });
  it('refuses entity declarations and malformed XML with err:FODC0002', () => {
    expect(() => buildTree('<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>')).toThrow(/FODC0002/);
    expect(() => buildTree('<r><a></r>')).toThrow(/FODC0002/);
  });
});
