/**
 * Runs the NL-KVK rules of a profile on a fixture report (folder or single .xhtml) without the full pipeline: the
 * extension schema is compiled with the fixture cache (fixtures/nl/inline/cache, mocks of the KvK entry point) and
 * the Inline XBRL documents are extracted here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTransforms, extractIxds } from '../../../src/ixbrl/extract.js';
import { parseXhtml } from '../../../src/ixbrl/xhtml.js';
import type { Finding } from '../../../src/findings.js';
import { runInlineProfile } from '../../../src/rules/nl/inline/run.js';
import { findProfile } from '../../../src/rules/nl/profiles.js';
import type { CapturedTarget } from '../../../src/rules/nl/validate-inline.js';
import { loadDts } from '../../../src/validate/node.js';

export const FIXTURES = resolve(__dirname, '../../../fixtures/nl/inline');
const CACHE = join(FIXTURES, 'cache');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const cache = new Map<string, Finding[]>();

/** Findings of the profile's NL-KVK rules on the fixture `name` (memoised per fixture and profile). */
export async function nlFindings(name: string, profile = 'nl-inline-2024'): Promise<Finding[]> {
  const key = `${name}\u0000${profile}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const location = join(FIXTURES, name);
  const files = statSync(location).isDirectory() ? walk(location).filter((f) => !f.includes('META-INF')) : [location];
  const schema = files.find((f) => f.endsWith('.xsd'));
  const taxonomy = schema ? loadDts([schema], { caches: [CACHE] }).taxonomy : undefined;
  const docs = files.filter((f) => /\.x?html?$/.test(f)).map((f) => parseXhtml(readFileSync(f), f));
  const { targets } = extractIxds(docs, { transforms: await loadTransforms() });
  const captured: CapturedTarget[] = targets.map((t) => ({ doc: t.doc, taxonomy }));
  const findings = runInlineProfile(findProfile(profile)!, location, captured, 'en');
  cache.set(key, findings);
  return findings;
}
