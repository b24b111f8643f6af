/** Namespace names handed to libxml2's xbrli:xbrl wildcard (src/xml/schema-validate.ts, issue 17). */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unescapeAttr } from '../../src/xml/schema-prepare.js';
import { instanceNamespacesOf, MAX_NAMESPACE_LENGTH, usesXsiType } from '../../src/xml/schema-validate.js';

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

describe('usesXsiType and unescapeAttr on long namespace names', () => {
  const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
  it('finds the XML Schema instance namespace however its name is written', () => {
    const typed = (ns: string) => `<a xmlns:i="${ns}"><b i:type="x:T"/></a>`;
    expect(usesXsiType(typed(XSI))).toBe(true);
    expect(usesXsiType(typed('&#x68;ttp://www.w3.org/2001/XMLSchema&#45;instance'))).toBe(true);
    expect(usesXsiType(typed(`&#x${'0'.repeat(500)}68;ttp://www.w3.org/2001/XMLSchema-instance`))).toBe(true);
    for (const other of [XSI + 'x', XSI.slice(0, -1), '&amp;' + XSI, XSI.replace('h', '&#x110000;'), ''])
      expect([other, usesXsiType(typed(other))]).toEqual([other, false]);
    expect(usesXsiType(`<a xmlns="${XSI}"><b type="x:T"/></a>`)).toBe(false);
  });

  const child = (mode: string) => {
    const path = resolve(dirname(fileURLToPath(import.meta.url)), 'xsi-type-child.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path, mode], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { result: boolean | number; growthMB: number };
  };

  it('a 5 MB namespace name of &amp; costs no decoded copy (a mutated filing: 195 MB more peak RSS before)', () => {
    const { result, growthMB } = child('xsi');
    expect(result).toBe(false);
    expect(growthMB).toBeLessThan(50);
  });

  it('unescapeAttr decodes a million references into a few megabytes (a mutated schema: 195 MB before)', () => {
    const { result, growthMB } = child('unescape');
    expect(result).toBe(1_000_000);
    expect(growthMB).toBeLessThan(50);
  });

  it('unescapeAttr decodes as the XML 1.0 references do, one pass, past U+10FFFF left as written', () => {
    const cases: [string, string][] = [
      ['a&amp;lt;b', 'a&lt;b'],
      ['&#x1F600;&#128512;', '😀😀'],
      ['&#x110000;&#1114112;', '&#x110000;&#1114112;'],
      [`&#x${'0'.repeat(40)}41;`, 'A'],
      ['&#X41;&#x;&#;&unknown;&amp', '&#X41;&#x;&#;&unknown;&amp'],
      ['é&quot;&apos;&gt;', `é"'>`],
    ];
    for (const [raw, read] of cases) expect([raw, unescapeAttr(raw)]).toEqual([raw, read]);
  });
});
