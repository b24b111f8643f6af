/** Issue 11 item 2: missing DTS documents first, one summary of what could not be checked instead of the cascade. */
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/findings.js';
import { rootCausesFirst, type DtsNamespaces } from '../../src/report/root-cause.js';
import { providerHint } from '../../src/resolve/resolver.js';
import { validate } from '../../src/validate/node.js';

/** A DTS view declaring these namespaces, with these concepts' types. */
const dtsOf = (namespaces: string[], types: Record<string, string> = {}): DtsNamespaces => ({
  declares: (ns) => namespaces.includes(ns),
  typeOf: (concept) => types[concept],
});

describe('root cause first (issue 11 item 2)', () => {
  it('a missing types schema: sbr:documentNotFound first, then one sbr:notChecked instead of 10 cascade errors', async () => {
    const r = await validate('fixtures/usability/missing-types/filing.xbrl');
    expect(r.findings.map((f) => f.code)).toEqual(['sbr:documentNotFound', 'sbr:notChecked']);
    const [missing, summary] = r.findings;
    expect(missing!.message).toContain('--cache');
    expect(summary!.severity).toBe('warning');
    expect(summary!.message).toMatch(
      /^Because https:\/\/www\.xbrl\.org\/dtr\/type\/2022-03-31\/types\.xsd is missing, 2 facts, 2 concepts, 1 type could not be checked: the 10 findings/,
    );
    expect(summary!.related).toEqual(
      expect.arrayContaining([
        'xbrl.5.1.1:itemType',
        'xbrl.4.6.2:nonNumericUnitRef',
        'xbrl.5.1.1.2:balanceNonMonetary',
      ]),
    );
  });

  it('with two missing documents, findings go to the one whose URL starts with the namespace they name', () => {
    const at = (code: string, msg: string, line: number) => finding(code, 'error', msg, { file: 'a.xsd', line });
    const out = rootCausesFirst(
      [
        at(
          'sbr:documentNotFound',
          'Cannot find the document https://www.xbrl.org/dtr/type/2022-03-31/types.xsd (x)',
          1,
        ),
        at(
          'sbr:documentNotFound',
          'Cannot find the document http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd (x)',
          2,
        ),
        at(
          'xbrl.5.1.1:itemType',
          'The item A has type {http://www.xbrl.org/dtr/type/2022-03-31}domainItemType, which',
          5,
        ),
        at(
          'xbrl.5.1.1:itemType',
          'The item B has type {http://www.xbrl.org/dtr/type/numeric}percentItemType, which',
          6,
        ),
        at('xbrl.4.7.2:contextPeriodType', 'unrelated', 7),
      ],
      dtsOf([]),
    );
    expect(out.map((f) => `${f.line} ${f.code}`)).toEqual([
      '1 sbr:documentNotFound',
      '2 sbr:documentNotFound',
      '1 sbr:notChecked',
      '2 sbr:notChecked',
      '7 xbrl.4.7.2:contextPeriodType',
    ]);
    expect(out[2]!.message).toContain('1 concept, 1 type');
  });

  it("a missing document that declares other namespaces does not hide the filing's own errors", () => {
    const LEI = 'http://www.xbrl.org/taxonomy/int/lei/2020-07-02';
    const BW2 = 'https://www.nltaxonomie.nl/jenv/2024-03-31/bw2-titel9-cor';
    const f = (code: string, message: string, line: number, params?: Record<string, string | string[]>) => ({
      ...finding(code, 'error', message, { file: 'r.html', line }),
      ...(params ? { params } : {}),
    });
    const findings = [
      f(
        'sbr:documentNotFound',
        `Cannot find the document https://www.xbrl.org/taxonomy/int/lei/2020-07-02/lei.xsd (x)`,
        1,
      ),
      // a misspelt concept in a namespace the DTS declares, an invalid amount: the filer's errors
      f('xbrl.4.6:undeclaredConcept', `Fact {${BW2}}AssetsNoncurent is not declared`, 5, {
        qname: `{${BW2}}AssetsNoncurent`,
      }),
      f('xmlSchema:valueError', `Activa (Assets) has value 'abc', which is not valid`, 6),
      // a concept whose type is in the missing namespace: follows from it
      f('xbrl.4.6.2:nonNumericUnitRef', 'LEI (LegalEntityIdentifier) is not numeric but has a unitRef', 7, {
        qnames: [`{${BW2}}LegalEntityIdentifier`],
      }),
    ];
    const out = rootCausesFirst(findings, dtsOf([BW2], { [`{${BW2}}LegalEntityIdentifier`]: `{${LEI}}leiItemType` }));
    expect(out.map((x) => `${x.line} ${x.code}`)).toEqual([
      '1 sbr:documentNotFound',
      '1 sbr:notChecked',
      '5 xbrl.4.6:undeclaredConcept',
      '6 xmlSchema:valueError',
    ]);
    expect(out[1]!.related).toEqual(['xbrl.4.6.2:nonNumericUnitRef']);
    // without the DTS (an Inline XBRL document set merging folded results) nothing more is folded, causes come first
    expect(rootCausesFirst([findings[1]!, findings[0]!]).map((x) => x.code)).toEqual([
      'sbr:documentNotFound',
      'xbrl.4.6:undeclaredConcept',
    ]);
  });

  it('the missing document is read from its url param, whatever language its message is in', () => {
    const TYPES = 'https://www.xbrl.org/dtr/type/2022-03-31';
    const missing = {
      ...finding('sbr:documentNotFound', 'error', 'Het document is niet gevonden', { file: 'e.xsd', line: 3 }),
      params: { url: `${TYPES}/types.xsd` },
    };
    const cascade = finding('xbrl.5.1.1:itemType', 'error', `Het item A heeft type {${TYPES}}domainItemType`, {
      file: 'e.xsd',
      line: 9,
    });
    const out = rootCausesFirst([missing, cascade], dtsOf([]));
    expect(out.map((f) => f.code)).toEqual(['sbr:documentNotFound', 'sbr:notChecked']);
  });

  it('without missing documents nothing changes', () => {
    const fs = [finding('xbrl.5.1.1:itemType', 'error', 'x', { file: 'a.xsd', line: 1 })];
    expect(rootCausesFirst(fs)).toBe(fs);
  });

  it('hints name the flag and what usually provides documents of well-known hosts', () => {
    expect(providerHint('https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-cor.xsd')).toMatch(
      /Dutch taxonomy packages.*--package/,
    );
    expect(providerHint('http://www.xbrl.org/2008/generic-link.xsd')).toContain('--cache');
    expect(providerHint('https://xbrl.ifrs.org/taxonomy/2022-03-24/full_ifrs.xsd')).toContain('IFRS');
    expect(providerHint('http://sbr.gov.au/taxonomy/x.xsd')).toContain('SBR Australia');
    expect(providerHint('http://example.com/x.xsd')).toContain('--online');
  });
});
