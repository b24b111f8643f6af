/** Validator artifact ≡ live discovery, per instance of the XBRL 2.1 conformance suite (XBRL-CONF-2014-12-10). */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSuite } from '../../../src/conformance/index.js';
import { Resolver } from '../../../src/resolve/index.js';
import { bothWays, isInstance, SHARED, sharedPresent } from './equivalence.js';

const INDEX = 'conformance/xbrl-2.1/XBRL-CONF-2014-12-10/xbrl.xml';
const present = sharedPresent(INDEX);
const files = present
  ? [...new Set(readSuite(resolve(SHARED, INDEX)).flatMap((v) => v.readMeFirst))].filter(isInstance)
  : [];

describe.skipIf(!present)('artifact equivalence: XBRL 2.1 suite instances', () => {
  // created only when the suite runs (a skipped suite's body is still collected; absent caches would throw)
  let resolver: Resolver;
  beforeAll(() => {
    resolver = Resolver.create({ caches: [resolve(SHARED, 'xbrl-schemas')] });
  });
  it('has instances', () => expect(files.length).toBeGreaterThan(100));
  it.each(files.map((f) => [f.slice(f.indexOf('XBRL-CONF')), f]))('%s', async (_name, file) => {
    const r = await bothWays(file, resolver);
    expect(r.artifact).toBe(r.live);
  });
});
