/**
 * XBRL Formula processor on small fixtures (fixtures/formula/): value and existence assertions, messages in the
 * requested language with placeholders, Assertion Severity 2.0, findings with the assertion object, and bad input
 * (XPath syntax error, variable cycle, undeclared variable, custom function without implementation, dynamic error)
 * as coded findings on the linkbase element while the other assertions still run.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/node.js';
import { referencedVariables } from '../../src/formula/compile.js';

const FIX = resolve(__dirname, '../../fixtures/formula');
const run = (file: string, lang = 'en', formula?: { mode: 'run' | 'none' }) =>
  validate([resolve(FIX, file)], { schemaValidation: false, lang, ...(formula ? { formula } : {}) });

describe('formula assertions', () => {
  it('satisfied assertions give no finding and are counted', async () => {
    const r = await run('valid.xbrl');
    expect(r.valid).toBe(true);
    const summary = r.findings.find((f) => f.code === 'sbr:formulaSummary')!;
    expect(summary.message).toBe('Formula: 2 assertions ran, 2 satisfied, 0 not satisfied');
    expect(summary.formula!.assertions).toEqual([
      { id: 'totalIsSum', kind: 'value', satisfied: 1, unsatisfied: 0 },
      { id: 'entityNameOnce', kind: 'existence', satisfied: 1, unsatisfied: 0 },
    ]);
  });

  it('an unsatisfied value assertion: formula:<id>, WARNING severity arc, nl message with placeholders, at the bound fact', async () => {
    const r = await run('invalid.xbrl', 'nl');
    const f = r.findings.find((x) => x.code === 'formula:totalIsSum')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('Totaal 31 is niet de som van 10 en 20.');
    expect(f.file).toBe(resolve(FIX, 'invalid.xbrl'));
    expect(f.line).toBe(10);
    const at = (line: number, concept: string, value: string) => ({
      concept: `{http://example.com/formula}${concept}`,
      label: concept,
      file: resolve(FIX, 'invalid.xbrl'),
      line,
      column: 3,
      contextRef: 'i',
      value,
    });
    expect(f.assertion).toEqual({
      id: 'totalIsSum',
      kind: 'value',
      elr: 'http://www.xbrl.org/2003/role/link',
      satisfied: false,
      facts: [at(10, 'Total', '31'), at(11, 'PartA', '10'), at(12, 'PartB', '20')],
    });
  });

  it('messages fall back to English, and to any language present', async () => {
    const en = await run('invalid.xbrl', 'en');
    expect(en.findings.find((x) => x.code === 'formula:totalIsSum')!.message).toBe(
      'Total 31 is not the sum of 10 and 20.',
    );
    const fr = await run('invalid.xbrl', 'fr');
    expect(fr.findings.find((x) => x.code === 'formula:totalIsSum')!.message).toBe(
      'Total 31 is not the sum of 10 and 20.',
    );
    expect(fr.findings.find((x) => x.code === 'formula:entityNameOnce')!.message).toBe(
      'The entity name must be reported exactly once.',
    );
  });

  it('an unsatisfied existence assertion without severity arc is an error: the filing is not valid', async () => {
    const r = await run('invalid.xbrl');
    const f = r.findings.find((x) => x.code === 'formula:entityNameOnce')!;
    expect(f.severity).toBe('error');
    expect(r.valid).toBe(false);
    expect(r.findings.find((x) => x.code === 'sbr:formulaSummary')!.message).toBe(
      'Formula: 2 assertions ran, 0 satisfied, 2 not satisfied (totalIsSum, entityNameOnce)',
    );
  });

  it('--formula none runs no assertion', async () => {
    const r = await run('invalid.xbrl', 'en', { mode: 'none' });
    expect(r.findings.filter((x) => x.code.startsWith('formula:') || x.code === 'sbr:formulaSummary')).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

describe('formula bad input', () => {
  it('each problem is a coded finding on its linkbase element; the good assertion still runs', async () => {
    const r = await run('bad.xbrl');
    const at = (code: string) =>
      r.findings.filter((f) => f.code === code).map((f) => `${f.file.replace(/.*\//, '')}:${f.line}`);
    expect(at('err:XPST0003')).toEqual(['bad-formula.xml:10']);
    expect(at('xbrlve:cyclicDependencies')).toEqual(['bad-formula.xml:13']);
    expect(at('xbrlve:unresolvedDependency')).toEqual(['bad-formula.xml:18']);
    // a custom function with a signature but no implementation is not available (60200 V-26)
    expect(at('err:XPST0017')).toEqual(['bad-formula.xml:23']);
    expect(at('err:FORG0001')).toEqual(['bad-formula.xml:25']);
    const summary = r.findings.find((f) => f.code === 'sbr:formulaSummary')!;
    expect(summary.formula!.assertions.find((a) => a.id === 'alwaysTrue')).toEqual({
      id: 'alwaysTrue',
      kind: 'value',
      satisfied: 1,
      unsatisfied: 0,
    });
    expect(r.valid).toBe(false);
  });
});

describe('referencedVariables (dependency order, Variables 1.0 section 3.1)', () => {
  it('finds $ references outside string literals and for-bound names, resolving prefixes', () => {
    const refs = referencedVariables({
      text: "for $i in $v:list return $i + $total + string('$notAVar')",
      namespaces: { v: 'http://example.com/v' },
      file: '',
      line: 0,
      column: 0,
    });
    expect(refs.sort()).toEqual(['total', '{http://example.com/v}list']);
  });
});
