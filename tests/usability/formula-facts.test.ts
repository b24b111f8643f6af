/**
 * Usability leftovers item 3: an unsatisfied formula assertion names the facts of the filing its evaluation bound, by
 * concept label in the run's language and file:line, in `assertion.facts` (JSON) and under the finding (text); the code
 * and the finding's location stay as they were (an existence assertion's at its linkbase element, a value assertion's
 * at its first fact). Fixture: fixtures/usability/formula-twice.xbrl (EntityName twice, Total != PartA + PartB), and
 * formula-twice.xhtml, the same as Inline XBRL.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { validate } from '../../src/validate/node.js';
import { run } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const FILING = resolve(ROOT, 'fixtures/usability/formula-twice.xbrl');

describe('formula findings name the facts they bound (item 3)', () => {
  it('an existence assertion failing on two facts lists both, labelled in --lang, located at its linkbase as before', async () => {
    const r = await validate(FILING, { schemaValidation: false, lang: 'nl' });
    const f = r.findings.find((x) => x.code === 'formula:entityNameOnce')!;
    expect([f.file, f.line]).toEqual([resolve(ROOT, 'fixtures/formula/assertions.xml'), 29]);
    expect(f.assertion!.facts).toEqual([
      {
        concept: '{http://example.com/formula}EntityName',
        label: 'Naam van de rechtspersoon (EntityName)',
        file: FILING,
        line: 17,
        column: 3,
        contextRef: 'd',
        value: 'De Kleine BV',
      },
      {
        concept: '{http://example.com/formula}EntityName',
        label: 'Naam van de rechtspersoon (EntityName)',
        file: FILING,
        line: 18,
        column: 3,
        contextRef: 'd22',
        value: 'De Kleinere BV',
      },
    ]);
    expect(f.assertion!.factsOmitted).toBeUndefined();
  });

  it('a value assertion lists its variables facts, the first being its location', async () => {
    const r = await validate(FILING, { schemaValidation: false, lang: 'en' });
    const f = r.findings.find((x) => x.code === 'formula:totalIsSum')!;
    expect([f.file, f.line]).toEqual([FILING, 14]);
    expect(f.assertion!.facts!.map((x) => `${x.label}=${x.value}@${x.line}`)).toEqual([
      'Total assets (Total)=31@14',
      'PartA=10@15',
      'PartB=20@16',
    ]);
  });

  it('the text report shows the facts under the finding, in Dutch with --lang nl', async () => {
    const r = await run('validate', FILING, '--lang', 'nl', '--no-schema-validation');
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  29:5      error   formula:entityNameOnce  The entity name must be reported exactly once.\n' +
        '                     feit Naam van de rechtspersoon (EntityName) = De Kleine BV op fixtures/usability/formula-twice.xbrl:17:3\n' +
        '                     feit Naam van de rechtspersoon (EntityName) = De Kleinere BV op fixtures/usability/formula-twice.xbrl:18:3\n',
    );
    const json = JSON.parse((await run('validate', FILING, '--format', 'json', '--no-schema-validation')).out) as {
      findings: { code: string; assertion?: { facts?: { line: number }[] } }[];
    };
    expect(
      json.findings.find((x) => x.code === 'formula:entityNameOnce')!.assertion!.facts!.map((x) => x.line),
    ).toEqual([17, 18]);
  });

  it('Inline XBRL: the facts are at their ix elements in the .xhtml, as the finding is, not in the extracted instance', async () => {
    const INLINE = resolve(ROOT, 'fixtures/usability/formula-twice.xhtml');
    const r = await validate(INLINE, { schemaValidation: false, lang: 'en' });
    const value = r.findings.find((x) => x.code === 'formula:totalIsSum')!;
    expect([value.file, value.line, value.column]).toEqual([INLINE, 23, 11]);
    expect(value.assertion!.facts!.map((x) => `${x.value}@${x.file === INLINE}:${x.line}:${x.column}`)).toEqual([
      '31@true:23:11',
      '10@true:24:12',
      '20@true:25:12',
    ]);
    const existence = r.findings.find((x) => x.code === 'formula:entityNameOnce')!;
    expect([existence.file, existence.line]).toEqual([resolve(ROOT, 'fixtures/formula/assertions.xml'), 29]);
    expect(existence.assertion!.facts!.map((x) => `${x.value}@${x.file === INLINE}:${x.line}:${x.column}`)).toEqual([
      'De Kleine BV@true:26:10',
      'De Kleinere BV@true:27:10',
    ]);
  });

  it('more facts than the text shows are counted (factsOmitted and those past five)', () => {
    const facts = Array.from({ length: 20 }, (_, i) => ({
      concept: '{u}C',
      label: 'C',
      file: '/f.xbrl',
      line: i + 1,
      column: 1,
      value: String(i),
    }));
    const text = formatText([
      {
        code: 'formula:x',
        severity: 'error',
        message: 'm',
        file: '/t.xml',
        line: 1,
        column: 1,
        assertion: { id: 'x', kind: 'existence', elr: 'r', satisfied: false, facts, factsOmitted: 3 },
      },
    ]);
    expect(text).toContain(
      'fact C = 4 at /f.xbrl:5:1\n                     and 18 more facts (--format json lists up to 20)\n',
    );
  });
});
