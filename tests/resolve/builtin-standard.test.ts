/**
 * The built-in XBRL schemas (src/resolve/builtin/, used when no --cache, package or catalog provides
 * www.xbrl.org's documents) must say what the published schemas say: the same global components, content models,
 * attribute uses and wildcards, compared after taking out what XML Schema 1.0 gives no meaning (annotations, the order
 * of global components and of attribute uses, defaults written out: use="optional", minOccurs/maxOccurs="1",
 * attributeFormDefault="unqualified"). A looser built-in was a false valid: an attribute of another namespace on
 * link:schemaRef passed without --cache and failed with the published xl schema (issue 17).
 * The published schemas are read from ../shared/xbrl-schemas (SBR_SHARED); without them the comparison is skipped.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDocument } from '../../src/resolve/builtin/index.js';
import { validate } from '../../src/validate/node.js';
import { parseXml, type XmlElement } from '../../src/xml/parse.js';
import { REPO, sharedAvailable, XBRL_SCHEMAS } from './helpers.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const NOT_COMPONENTS = new Set(['annotation', 'documentation', 'appinfo']);
const ATTRIBUTE_USES = new Set(['attribute', 'attributeGroup', 'anyAttribute']);
const QNAME_VALUED = new Set(['type', 'base', 'ref', 'substitutionGroup', 'itemType', 'memberTypes', 'refer']);
const DEFAULTS: Record<string, string> = {
  use: 'optional',
  minOccurs: '1',
  maxOccurs: '1',
  attributeFormDefault: 'unqualified',
};

/** A schema element as text with what has no meaning taken out (QName values by expanded name). */
function meaning(el: XmlElement, globals: boolean): string {
  const attrs = [...el.attrs]
    .filter(([k, v]) => k !== 'schemaLocation' && DEFAULTS[k] !== v)
    .map(([k, v]) => {
      let value = v.trim().replace(/\s+/g, ' ');
      if (el.ns === XS && QNAME_VALUED.has(k))
        value = value
          .split(' ')
          .map((q) => {
            const i = q.indexOf(':');
            return `{${el.scope[i < 0 ? '' : q.slice(0, i)] ?? '?'}}${q.slice(i + 1)}`;
          })
          .join(' ');
      return `${k}=${JSON.stringify(value)}`;
    })
    .sort();
  const kids = el.children
    .filter((c) => !(c.ns === XS && NOT_COMPONENTS.has(c.local)))
    .map((c) => ({ c, text: meaning(c, false) }));
  const byText = (a: { text: string }, b: { text: string }) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  const ordered = globals
    ? kids.sort(byText)
    : [
        ...kids.filter((k) => !ATTRIBUTE_USES.has(k.c.local)),
        ...kids.filter((k) => ATTRIBUTE_USES.has(k.c.local)).sort(byText),
      ];
  return `<{${el.ns}}${el.local} ${attrs.join(' ')}>${ordered.map((k) => k.text).join('')}</>`;
}

const PUBLISHED: [url: string, path: string][] = [
  ['http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd', 'www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd'],
  ['http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd', 'www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd'],
  ['http://www.xbrl.org/2003/xl-2003-12-31.xsd', 'www.xbrl.org/2003/xl-2003-12-31.xsd'],
  ['http://www.xbrl.org/2003/xlink-2003-12-31.xsd', 'www.xbrl.org/2003/xlink-2003-12-31.xsd'],
  ['http://www.xbrl.org/2005/xbrldt-2005.xsd', 'www.xbrl.org/2005/xbrldt-2005.xsd'],
];

describe.skipIf(!sharedAvailable('built-in schemas against the published ones', XBRL_SCHEMAS))(
  'built-in XBRL schemas',
  () => {
    it.each(PUBLISHED)('%s says what the published schema says', (url, path) => {
      const builtin = parseXml(builtinDocument(url)!, url).root;
      const published = parseXml(readFileSync(join(XBRL_SCHEMAS, path)), url).root;
      expect(meaning(builtin, true).replace(/></g, '>\n<')).toBe(meaning(published, true).replace(/></g, '>\n<'));
    });
  },
);

describe('an attribute of another namespace on link:schemaRef (xl:simpleType allows xml:* only)', () => {
  it('is a schema error with the built-in schemas, as with the published ones', async () => {
    const file = resolve(REPO, 'fixtures/builtin/schemaref-foreign-attribute.xbrl');
    const r = await validate(file, {});
    expect(r.valid).toBe(false);
    expect(r.findings.map((f) => `${f.code} ${f.line}`)).toEqual(['xmlSchema:attributesExtraneous 16']);
  });
});
