/** Validator artifact ≡ live discovery for the SBR Australia SuperStream instances (real taxonomy, catalog-less caches). */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Resolver } from '../../../src/resolve/index.js';
import { bothWays, SHARED, sharedPresent } from './equivalence.js';

const DIR = 'real/au/superstream/xbrl';
const present = sharedPresent(DIR);
const files = present
  ? readdirSync(resolve(SHARED, DIR))
      .filter((f) => f.endsWith('.xml'))
      .sort()
  : [];

describe.skipIf(!present)('artifact equivalence: AU SuperStream', () => {
  // created only when the suite runs (a skipped suite's body is still collected; absent caches would throw)
  let resolver: Resolver;
  beforeAll(() => {
    resolver = Resolver.create({
      caches: [resolve(SHARED, 'real/au/superstream/xsd'), resolve(SHARED, 'xbrl-schemas')],
    });
  });
  it('has the three instances', () => expect(files.length).toBe(3));
  it.each(files)('%s', async (name) => {
    const file = resolve(SHARED, DIR, name);
    expect(existsSync(file)).toBe(true);
    const r = await bothWays(file, resolver);
    expect(r.artifact).toBe(r.live);
    expect(r.artifact).not.toMatch(/^fatal/);
  });
});
