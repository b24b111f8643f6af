/**
 * The artifact header's hand-written check (src/artifact/schema.ts `isArtifactHeader`, issue 14) against ajv compiling
 * `$defs.header` (src/artifact/schema-ajv.ts): a property test (fast-check, seeded) over generated valid headers and
 * headers with one mutation (a key removed or added, a value replaced by another JSON value or an edge number), and
 * the demo artifact's own header. They must agree on every one; the mutations must give both answers often.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileArtifactFrom, Validator } from '../../src/artifact/node.js';
import { artifactSchema, isArtifactHeader } from '../../src/artifact/schema.js';
import { headerSchemaError, headerValidatorFn } from '../../src/artifact/schema-ajv.js';
import { concatBytes } from '../../src/artifact/format.js';
import { FatalInputError } from '../../src/findings.js';

const ROOT = resolve(__dirname, '../..');
const ajvAccepts = (h: unknown) => headerValidatorFn()(h) === true;

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const count = fc.nat({ max: 1e9 });
const header = fc.record(
  {
    format: fc.constant('sbr-validator-artifact'),
    formatVersion: fc.integer({ min: 1, max: 3 }),
    compiledFormatVersion: fc.integer({ min: 1, max: 9 }),
    profile: fc.string(),
    taxonomy: fc.record({
      entryPoints: fc.array(fc.webUrl(), { maxLength: 3 }),
      packages: fc.array(
        fc.record(
          { identifier: fc.string(), name: fc.string(), version: fc.string(), file: fc.string() },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    }),
    documents: fc.array(
      fc.record(
        {
          url: fc.webUrl(),
          kind: fc.constantFrom('schema', 'linkbase', 'other'),
          targetNamespace: fc.webUrl(),
          sha256: hex64,
        },
        { requiredKeys: ['url', 'kind', 'sha256'] },
      ),
      { maxLength: 3 },
    ),
    sections: fc.array(
      fc.record({
        name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/),
        offset: count,
        length: count,
        size: count,
        encoding: fc.constantFrom('deflate', 'none'),
      }),
      { maxLength: 3 },
    ),
    payloadLength: count,
    stats: fc.record({
      concepts: count,
      relationships: count,
      labelLanguages: fc.array(fc.string(), { maxLength: 2 }),
    }),
  },
  {
    requiredKeys: [...artifactSchema.$defs.header.required],
  },
);

/** Every path (list of keys/indexes) to a value inside `v`, `v` itself included. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

// values a header field might wrongly hold: JSON's edge numbers (1e400 parses to Infinity), wrong types, near misses
const edge = fc.constantFrom<unknown>(
  -1,
  0,
  1.5,
  Infinity,
  -Infinity,
  2 ** 53,
  '',
  '1',
  'a'.repeat(64),
  'A'.repeat(64),
  '0'.repeat(63),
  '1section',
  'schema',
  'deflate',
  'sbr-validator-artifact',
  null,
  true,
  [],
  {},
  ['x'],
  { name: 'x' },
);
type Mutation = { kind: 'delete' | 'replace' | 'add'; pick: number; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'replace', 'add'),
  pick: fc.nat(),
  value: fc.oneof(edge, fc.jsonValue({ maxDepth: 2 })),
  key: fc.constantFrom('extra', 'profile', 'name', 'identifier', 'targetNamespace', '__proto__', 'constructor'),
});

/** A copy of `h` (JSON data) with one mutation applied (values as JSON.parse can give them, 1e400 as Infinity). */
function mutate(h: unknown, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(h)) as unknown;
  const all = paths(copy);
  const path = all[m.pick % all.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as
    Record<string | number, unknown> | unknown[];
  const last = path[path.length - 1]!;
  if (m.kind === 'replace') (parent as Record<string | number, unknown>)[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as string];
  } else {
    const target = (parent as Record<string | number, unknown>)[last];
    // an own property even for `__proto__`, as JSON.parse makes it
    if (target && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(target)) target.push(m.value);
  }
  return copy;
}

describe('artifact header check (issue 14)', () => {
  const demo = compileArtifactFrom([resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd')]);

  it('accepts the demo artifact header, as ajv does', () => {
    expect(isArtifactHeader(demo.header)).toBe(true);
    expect(ajvAccepts(demo.header)).toBe(true);
  });

  it('agrees with ajv on generated valid headers', () => {
    fc.assert(
      fc.property(header, (h) => {
        const parsed = JSON.parse(JSON.stringify(h)) as unknown;
        expect(isArtifactHeader(parsed)).toBe(true);
        expect(ajvAccepts(parsed)).toBe(true);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('agrees with ajv on headers with one mutation, both answers occurring', () => {
    const seen = { valid: 0, invalid: 0 };
    const check = (h: unknown) => {
      const ajv = ajvAccepts(h);
      seen[ajv ? 'valid' : 'invalid']++;
      expect({ hand: isArtifactHeader(h), h }).toEqual({ hand: ajv, h });
    };
    fc.assert(
      fc.property(header, mutation, (h, m) => check(mutate(h, m))),
      { seed: 14, numRuns: 3000 },
    );
    fc.assert(
      fc.property(mutation, (m) => check(mutate(demo.header, m))),
      { seed: 15, numRuns: 2000 },
    );
    expect(seen.valid).toBeGreaterThan(300);
    expect(seen.invalid).toBeGreaterThan(1500);
  });

  it('agrees with ajv on hand-picked near misses', () => {
    const h = JSON.parse(JSON.stringify(demo.header)) as Record<string, unknown>;
    const cases: unknown[] = [
      null,
      [],
      'header',
      { ...h, payloadLength: JSON.parse('1e400') as number },
      { ...h, payloadLength: -1 },
      { ...h, payloadLength: 1.5 },
      { ...h, formatVersion: 0 },
      { ...h, format: 'sbr-validator-artifact ' },
      { ...h, profile: 1 },
      { ...h, profile: undefined },
      { ...h, stats: { ...(h.stats as object), extra: 1 } },
      JSON.parse(JSON.stringify(h).replace('"format"', '"__proto__":1,"format"')),
    ];
    for (const c of cases) expect([c, isArtifactHeader(c)]).toEqual([c, ajvAccepts(c)]);
  });

  it('still gives ajv message in the sbr:artifactCorrupt refusal of a header that fails', async () => {
    const b = demo.bytes;
    const hlen = new DataView(b.buffer, b.byteOffset).getUint32(8, true);
    const text = new TextDecoder().decode(b.subarray(12, 12 + hlen)).replace('"concepts":62', '"concepts":-62');
    expect(text).toContain('"concepts":-62');
    const head = new TextEncoder().encode(text);
    const prefix = b.slice(0, 12);
    new DataView(prefix.buffer).setUint32(8, head.length, true);
    const bytes = concatBytes([prefix, head, b.subarray(12 + hlen)]);
    const why = headerSchemaError(JSON.parse(text));
    expect(why).toBe('/stats/concepts must be >= 0');
    const e = await Validator.load(bytes).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(FatalInputError);
    expect((e as FatalInputError).finding.code).toBe('sbr:artifactCorrupt');
    expect((e as FatalInputError).finding.message).toBe(
      `The artifact is not a valid validator artifact: its header does not match schemas/sbrv.schema.json: ${why}`,
    );
  });
});
