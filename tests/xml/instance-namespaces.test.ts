/** Namespace names handed to libxml2's xbrli:xbrl wildcard (src/xml/schema-validate.ts, issue 17). */
import { describe, expect, it } from 'vitest';
import { unescapeAttr } from '../../src/xml/schema-prepare.js';
import { instanceNamespacesOf, MAX_NAMESPACE_LENGTH } from '../../src/xml/schema-validate.js';

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
