import { describe, expect, it } from 'vitest';
import { ruleFailed, ruleFinding } from '../../../src/rules/nl/rule-findings.js';

const shape = {
  code: 'NL.FR-NL-9.99',
  severity: 'error' as const,
  message: {
    en: (p: Record<string, string | number>) => `Fact ${p.name} is bad`,
    nl: (p: Record<string, string | number>) => `Feit ${p.name} is fout`,
  },
  spec: 'NL filing rules FR-NL-9.99',
};

describe('the NL rules finding builder (src/rules/nl/rule-findings.ts)', () => {
  it('renders the message in the language, copies the params and fills the location', () => {
    const params = { name: 'kvk:Equity' };
    const en = ruleFinding(shape, 'en', params, { file: 'a.xbrl', line: 3 });
    expect(en).toEqual({
      code: 'NL.FR-NL-9.99',
      severity: 'error',
      message: 'Fact kvk:Equity is bad',
      file: 'a.xbrl',
      line: 3,
      column: 0,
      spec: 'NL filing rules FR-NL-9.99',
      params: { name: 'kvk:Equity' },
    });
    expect(en.params).not.toBe(params);
    expect(ruleFinding(shape, 'nl-NL', params, { file: 'a.xbrl' }).message).toBe('Feit kvk:Equity is fout');
  });

  it('reports a rule that threw as sbr:ruleFailed on the file', () => {
    const f = ruleFailed('NL.FR-NL-9.99', new Error('boom'), 'a.xbrl');
    expect(f).toMatchObject({ code: 'sbr:ruleFailed', severity: 'error', file: 'a.xbrl', line: 0, column: 0 });
    expect(f.params).toEqual({ rule: 'NL.FR-NL-9.99', reason: 'boom' });
    expect(f.message).toContain('NL.FR-NL-9.99');
    expect(f.message).toContain('boom');
  });
});
