/**
 * The first filing of a schema set is not proven (src/validate/core.ts `instanceSchemaFindings`): it goes to libxml2 as
 * without the proof, and the proof is tried from the second filing on, which then validates the set whole. A file of
 * its own: the pipeline's schema-set state is per process (module), and the other proof tests use the same set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resolver } from '../../src/resolve/index.js';
import { liveTaxonomySource, sharedTaxonomySource, validateBytes } from '../../src/validate/core.js';
import { countingValidator } from './counting-validator.js';

const FILE = resolve(__dirname, '../../fixtures/schema-proof/valid.xbrl');
const VALID = readFileSync(FILE, 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);

describe('the first filing of a schema set', () => {
  it('goes to libxml2 unproven; a proven second filing validates the set whole, and the third skips libxml2', async () => {
    const { calls, counting } = countingValidator();
    // the built-in standard schemas (no cache): the proof covers them
    const pipeline = sharedTaxonomySource(liveTaxonomySource(Resolver.create({})));
    // first: an instance the proof would not decide (a value error), the set unknown so far
    const bad = await validateBytes(FILE, enc(VALID.replace('>ABC<', '>abcd<')), pipeline, {
      schemaValidator: counting,
    });
    expect(bad.findings.map((f) => f.code)).toContain('xmlSchema:valueError');
    expect(calls).toEqual([undefined]);
    // second, proven: the whole set instead of its own run (before: its own run, and the whole set with the third)
    const second = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting });
    expect(calls).toEqual([undefined, false]);
    const third = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting });
    expect(calls).toEqual([undefined, false]);
    const off = await validateBytes(FILE, enc(VALID), pipeline, { schemaValidator: counting, schemaProof: false });
    expect(second.findings).toEqual(off.findings);
    expect(third.findings).toEqual(off.findings);
  });
});
