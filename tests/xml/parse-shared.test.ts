/**
 * What parseXml shares between elements to keep a taxonomy's trees small (issue 14): the empty child list of every
 * leaf, and the array of expanded attribute names of elements with the same names in the same order. Attributes come
 * from saxes without its attribute objects; a duplicate is refused as saxes refuses it.
 */
import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { parseXml } from '../../src/xml/parse.js';
import { internalized } from '../../src/xml/intern.js';

const enc = new TextEncoder();
const XL = 'http://www.w3.org/1999/xlink';

describe('parseXml shared structure', () => {
  const doc = parseXml(
    enc.encode(
      `<link xmlns:xlink="${XL}">\n` +
        '<loc xlink:type="locator" xlink:href="a.xsd#A" xlink:label="A"/>\n' +
        '<loc xlink:type="locator" xlink:href="a.xsd#B" xlink:label="B"/>\n' +
        '<loc xlink:label="C" xlink:type="locator" xlink:href="a.xsd#C"/>\n' +
        '<label id="l1" xml:lang="en">x<b/></label>\n' +
        '</link>',
    ),
    'l.xml',
  );
  const [a, b, c, label] = doc.root.children as [
    (typeof doc)['root'],
    (typeof doc)['root'],
    (typeof doc)['root'],
    (typeof doc)['root'],
  ];

  it('gives every leaf one frozen empty child list, and an element with children its own', () => {
    expect(a.children).toBe(b.children);
    expect(Object.isFrozen(a.children)).toBe(true);
    expect(a.children).toEqual([]);
    expect(label.children.map((e) => e.local)).toEqual(['b']);
    expect(Object.isFrozen(label.children)).toBe(false);
    expect(doc.root.children).toHaveLength(4);
  });

  it('shares the attribute names of elements with the same names in the same order', () => {
    expect(a.attrs.k).toBe(b.attrs.k);
    expect(c.attrs.k).not.toBe(a.attrs.k);
    expect([...b.attrs]).toEqual([
      [`{${XL}}type`, 'locator'],
      [`{${XL}}href`, 'a.xsd#B'],
      [`{${XL}}label`, 'B'],
    ]);
    expect([...c.attrs.keys()]).toEqual([`{${XL}}label`, `{${XL}}type`, `{${XL}}href`]);
    expect(label.attrs.get('id')).toBe('l1');
    expect(label.attrs.get('{http://www.w3.org/XML/1998/namespace}lang')).toBe('en');
  });

  it('refuses a duplicate attribute with saxes message and position', () => {
    let f: FatalInputError | undefined;
    try {
      parseXml(enc.encode('<a>\n  <b x="1" y="2" x="3"/></a>'), 'd.xml');
    } catch (e) {
      f = e as FatalInputError;
    }
    expect(f).toBeInstanceOf(FatalInputError);
    expect(f!.finding).toMatchObject({
      code: 'xml:malformed',
      line: 2,
      column: 24,
      params: { reason: 'parser', detail: 'duplicate attribute: x.' },
    });
  });

  // past FEW_ATTRIBUTES (16) the duplicates are looked up in a set: the same refusals, the first repeat named
  const many = (prefix: string, at: number) =>
    Array.from({ length: 40 }, (_, i) => `${prefix}a${i === at ? 3 : i}="${i}"`).join(' ');
  const refusal = (xml: string) => {
    try {
      parseXml(xml, 'm.xml');
    } catch (e) {
      return (e as FatalInputError).finding.params;
    }
    return undefined;
  };
  it('refuses a repeated name among 40 attributes, plain or prefixed, as among a few', () => {
    expect(refusal(`<a ${many('', 30)}/>`)).toEqual({ reason: 'parser', detail: 'duplicate attribute: a3.' });
    expect(refusal(`<a xmlns:p="u" xmlns:q="u" ${many('p:', 99)} q:a30="x"/>`)).toEqual({
      reason: 'attributeTwice',
      name: '{u}a30',
    });
    expect(refusal(`<a xmlns:p="u" ${many('p:', 99)}/>`)).toBeUndefined();
  });
});

describe('internalized', () => {
  it('returns a string equal to the one given, also for one built from pieces', () => {
    const ns = ['http://www.w3.org/', '1999/xlink'].join('');
    expect(internalized(`{${ns}}type`)).toBe('{http://www.w3.org/1999/xlink}type');
    expect(internalized('')).toBe('');
    expect(internalized('0')).toBe('0');
  });
});
