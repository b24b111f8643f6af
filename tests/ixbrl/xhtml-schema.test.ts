/**
 * XHTML validity of Inline XBRL documents against the Inline XBRL 1.1 schema (src/ixbrl/xhtml-schema.ts), on two
 * fixtures written for this project: valid.xhtml and invalid.xhtml (a td directly in tbody, line 29; an attribute
 * ix:nonNumeric does not have, line 33). The schema set comes from the shared cache (SBR_SHARED/xbrl-schemas);
 * without it those tests are skipped, and the "schema unavailable" path is tested with an empty resolver.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '../../src/findings.js';
import { validateInlineInput, type ParsedResult } from '../../src/ixbrl/inline.js';
import { IX11_SCHEMA, loadIxSchemas, validateXhtmlSchema } from '../../src/ixbrl/xhtml-schema.js';
import { Resolver } from '../../src/resolve/index.js';
import { REPO, XBRL_SCHEMAS, sharedAvailable } from '../resolve/helpers.js';

const FIX = join(REPO, 'fixtures/ixbrl/xhtml-schema');
const VALID = join(FIX, 'valid.xhtml');
const INVALID = join(FIX, 'invalid.xhtml');
const doc = (f: string) => ({ url: f, bytes: readFileSync(f) });
const haveSchemas = sharedAvailable(
  'Inline XBRL 1.1 schema tests',
  join(XBRL_SCHEMAS, 'www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd'),
);
const summary = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.line}`);

/** The pipeline replaced by a stub: the extracted instance is accepted as it is (only the XHTML findings are tested). */
const stubPipeline = async (file: string): Promise<ParsedResult> => ({
  file,
  kind: 'instance',
  valid: true,
  findings: [],
  stats: { documents: 0, concepts: 0, relationships: 0, contexts: 0, units: 0, facts: 0, ms: 0 },
});
const read = (p: string) => readFileSync(p);

describe.skipIf(!haveSchemas)('XHTML validity against the Inline XBRL 1.1 schema (shared cache)', () => {
  const resolver = haveSchemas ? Resolver.create({ caches: [XBRL_SCHEMAS] }) : Resolver.create({});

  it('reads the schema set through the resolver', () => {
    const set = loadIxSchemas(resolver);
    expect('schemas' in set).toBe(true);
    if ('schemas' in set) {
      expect(set.schemas.some((s) => s.url === IX11_SCHEMA)).toBe(true);
      expect(set.schemas.length).toBeGreaterThan(30); // XHTML modules, ixmod XBRL schemas, xml.xsd
    }
  });

  it('finds nothing in a valid document', async () => {
    expect(await validateXhtmlSchema([doc(VALID)], resolver)).toEqual([]);
  });

  it('reports XHTML schema errors on the XHTML file and line', async () => {
    const fs = await validateXhtmlSchema([doc(INVALID)], resolver);
    expect(summary(fs)).toEqual(['xmlSchema:elementUnexpected@29', 'xmlSchema:attributesExtraneous@33']);
    expect(fs.every((f) => f.file === INVALID && f.severity === 'error')).toBe(true);
    expect(fs[0]!.message).toMatch(/td.*expected tr/);
    expect(fs[1]!.message).toMatch(/colour.*ix:nonNumeric/);
  });

  it('validates every document of a document set in one run, each on its own file', async () => {
    const fs = await validateXhtmlSchema([doc(VALID), doc(INVALID)], resolver);
    expect(summary(fs)).toEqual(['xmlSchema:elementUnexpected@29', 'xmlSchema:attributesExtraneous@33']);
    expect(new Set(fs.map((f) => f.file))).toEqual(new Set([INVALID]));
  });

  it('drops a schema finding on a line where the extraction already reported an Inline XBRL error', async () => {
    const ix = finding('ix11.11.1.1:attributeNotExpected', 'error', 'x', { file: INVALID, line: 33, column: 1 });
    expect(summary(await validateXhtmlSchema([doc(INVALID)], resolver, [ix]))).toEqual([
      'xmlSchema:elementUnexpected@29',
    ]);
  });

  it('adds the XHTML findings to the report validated through validateInlineInput (and not when switched off)', async () => {
    const [r] = await validateInlineInput(INVALID, resolver, read, stubPipeline);
    expect(summary(r!.findings.filter((f) => f.code.startsWith('xmlSchema:')))).toEqual([
      'xmlSchema:elementUnexpected@29',
      'xmlSchema:attributesExtraneous@33',
    ]);
    expect(r!.valid).toBe(false);
    const [off] = await validateInlineInput(
      INVALID,
      resolver,
      read,
      stubPipeline,
      {},
      { xhtmlSchemaValidation: false },
    );
    expect(off!.findings.filter((f) => f.code.startsWith('xmlSchema:'))).toEqual([]);
  });
});

describe('XHTML validity when the Inline XBRL schema cannot be read', () => {
  const empty = Resolver.create({});

  it('skips with one info finding that says why', async () => {
    const fs = await validateXhtmlSchema([doc(VALID), doc(INVALID)], empty);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ code: 'sbr:xhtmlSchemaUnavailable', severity: 'info', file: VALID });
    expect(fs[0]!.message).toContain(IX11_SCHEMA);
  });

  it('reports it once through validateInlineInput, and the report stays valid', async () => {
    const [r] = await validateInlineInput(VALID, empty, read, stubPipeline);
    expect(r!.findings.filter((f) => f.code === 'sbr:xhtmlSchemaUnavailable')).toHaveLength(1);
    expect(r!.valid).toBe(true);
  });

  it('names the missing import when the cache is incomplete', () => {
    // A source that has the driver schema but nothing it imports.
    const bytes = new TextEncoder().encode(
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="http://www.w3.org/2001/xml.xsd"/></xs:schema>`,
    );
    const set = loadIxSchemas({ read: (u) => (u === IX11_SCHEMA ? bytes : undefined) });
    expect(set).toEqual({ missing: 'http://www.w3.org/2001/xml.xsd', from: IX11_SCHEMA });
  });
});
