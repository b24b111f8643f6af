/** Namespace names handed to libxml2's xbrli:xbrl wildcard (src/xml/schema-validate.ts, issue 17). */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unescapeAttr } from '../../src/xml/schema-prepare.js';
import {
  attributeValueIs,
  instanceNamespacesOf,
  MAX_NAMESPACE_LENGTH,
  usesXsiType,
} from '../../src/xml/schema-validate.js';

describe('instanceNamespacesOf', () => {
  it('reads namespace names as XML does: references decoded', () => {
    const doc = `<x:a xmlns:x="http://e.com/?a=1&amp;b=2" xmlns='http://e.com/&#x41;&#66;'/>`;
    expect([...instanceNamespacesOf([doc])]).toEqual(['http://e.com/?a=1&b=2', 'http://e.com/AB']);
    expect(unescapeAttr('&lt;&gt;&quot;&apos;&amp;amp;&#x110000;')).toBe(`<>"'&amp;&#x110000;`);
  });

  it('leaves out an absurdly long namespace name (a mutated filing: megabytes of &amp;)', () => {
    const long = '&amp;'.repeat(MAX_NAMESPACE_LENGTH);
    const doc = `<x:a xmlns:x="${long}" xmlns:y="http://e.com/y"/>`;
    expect([...instanceNamespacesOf([doc])]).toEqual(['http://e.com/y']);
  });
});

describe('usesXsiType: namespace names compared as read, never decoded whole', () => {
  const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
  it('attributeValueIs decodes references one by one, zero-padded ones too', () => {
    expect(attributeValueIs(XSI, XSI)).toBe(true);
    expect(attributeValueIs('&#x68;ttp://www.w3.org/2001/XMLSchema&#45;instance', XSI)).toBe(true);
    const padded = `&#x${'0'.repeat(500)}68;ttp://www.w3.org/2001/XMLSchema-instance`;
    expect(attributeValueIs(padded, XSI)).toBe(true);
    expect(usesXsiType(`<a xmlns:i="${padded}"><b i:type="x:T"/></a>`)).toBe(true);
    for (const other of [XSI + 'x', XSI.slice(0, -1), '&amp;' + XSI, XSI.replace('h', '&#x110000;'), 'http&', ''])
      expect([other, attributeValueIs(other, XSI)]).toEqual([other, false]);
  });

  it('a 5 MB namespace name of &amp; costs no decoded copy (a mutated filing: 195 MB more peak RSS before)', () => {
    const child = resolve(dirname(fileURLToPath(import.meta.url)), 'xsi-type-child.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { result, growthMB } = JSON.parse(r.stdout) as { result: boolean; growthMB: number };
    expect(result).toBe(false);
    expect(growthMB).toBeLessThan(50);
  });
});
