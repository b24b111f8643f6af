/** Issue 11 item 3: one finding per problem; the XML Schema repeat is folded into the rule finding (`related`). */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/node.js';
import { foldSchemaFindings } from '../../src/report/fold.js';
import { finding } from '../../src/findings.js';

describe('one finding per problem (issue 11 item 3)', () => {
  it('demo line 63: xbrl.4.6.2:numericUnitRef stays, xmlSchema:attributesRequired (formerly attributeMissing) is folded into it', async () => {
    const r = await validate('fixtures/demo/vat-return-invalid.xbrl');
    const at63 = r.findings.filter((f) => f.line === 63);
    expect(at63.map((f) => f.code)).toEqual(['xbrl.4.6.2:numericUnitRef']);
    expect(at63[0]!.related).toEqual(['xmlSchema:attributesRequired', 'xmlSchema:attributeMissing']);
    expect(r.findings.filter((f) => f.severity === 'error')).toHaveLength(6);
  });

  it('undeclared concept and context without identifier: the rule findings only, schema codes under related', async () => {
    const r = await validate('fixtures/usability/undeclared-concept.xbrl');
    expect(r.findings.map((f) => `${f.line} ${f.code} ${(f.related ?? []).join(',')}`)).toEqual([
      '77 xbrl.4.7.3.1:entityIdentifier xmlSchema:elementUnexpected',
      '84 xbrl.4.6:undeclaredConcept xmlSchema:noDeclaration',
    ]);
  });

  it('Inline XBRL: a fact whose transformation fails is one ixTransform finding, its value error folded into it', async () => {
    const r = await validate('fixtures/usability/transform-value/report.xhtml', { schemaValidation: false });
    const at21 = r.findings.filter((f) => f.line === 21);
    expect(at21.map((f) => `${f.column} ${f.code}`)).toEqual(['12 ixTransform:valueError']);
    expect(at21[0]!.related).toEqual(['xmlSchema:valueError']);
    expect(at21[0]!.message).toContain('"abc"');
  });

  it('a schema finding of another kind, or on another element, is kept', () => {
    const rule = [finding('xbrl.4.6.2:numericUnitRef', 'error', 'm', { file: 'a', line: 5 })];
    const kept = foldSchemaFindings(rule, [
      finding('xmlSchema:valueError', 'error', 'v', { file: 'a', line: 5 }),
      finding('xmlSchema:attributesRequired', 'error', 'x', { file: 'a', line: 6 }),
      finding('xmlSchema:attributesRequired', 'error', 'y', { file: 'a', line: 5 }),
    ]);
    expect(kept.map((f) => `${f.line} ${f.code}`)).toEqual([
      '5 xmlSchema:valueError',
      '6 xmlSchema:attributesRequired',
    ]);
    expect(rule[0]!.related).toEqual(['xmlSchema:attributesRequired']);
  });
});
