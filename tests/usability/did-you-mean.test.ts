/**
 * Usability leftovers item 5: xbrl.4.6:undeclaredConcept says "did you mean" the closest declared concrete item or tuple
 * of the same namespace (closestMatch, src/findings.ts), only when it is close. Fixture: fixtures/usability/did-you-mean.xbrl.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/findings.js';
import { validate } from '../../src/validate/node.js';

const FILING = resolve(__dirname, '../../fixtures/usability/did-you-mean.xbrl');

describe('did you mean (item 5)', () => {
  it('closestMatch: one or two edits by word length, case alone is closest, far words and exact hits get none', () => {
    const names = ['TurnoverHighRate', 'TurnoverLowRate', 'ContactName', 'VatPayable'];
    expect(closestMatch('TurnoverHighRat', names)).toBe('TurnoverHighRate');
    expect(closestMatch('TurnovrHighRte', names)).toBe('TurnoverHighRate'); // 2 edits in 14 characters
    expect(closestMatch('contactname', names)).toBe('ContactName');
    expect(closestMatch('VatPayabel', names)).toBe('VatPayable'); // a swap is 2 edits, 10 characters
    expect(closestMatch('VatPaid', names)).toBeUndefined();
    expect(closestMatch('Vat', ['Var', 'Cat'])).toBeUndefined(); // 3 characters: case only
    expect(closestMatch('ContactName', names)).toBeUndefined();
  });

  it('the findings suggest the declared concept with its label, in English and Dutch, not for a far name', async () => {
    const en = await validate(FILING, { schemaValidation: false });
    expect(en.findings.filter((f) => f.code === 'xbrl.4.6:undeclaredConcept').map((f) => [f.line, f.message])).toEqual([
      [
        64,
        'vat:TurnoverHighRat is used as a fact but is not declared in the taxonomy: did you mean vat:TurnoverHighRate (Turnover taxed at the high rate)?',
      ],
      [
        70,
        'vat:contactname is used as a fact but is not declared in the taxonomy: did you mean vat:ContactName (Contact person name)?',
      ],
      [
        71,
        'vat:Zzz is used as a fact but is not declared in the taxonomy (is the schema that declares {http://www.sbr-demo.example/2024/vat}Zzz missing from the DTS?)',
      ],
    ]);
    const nl = await validate(FILING, { schemaValidation: false, lang: 'nl' });
    expect(nl.findings.find((f) => f.line === 64)!.message).toBe(
      'vat:TurnoverHighRat wordt als feit gebruikt maar is niet gedeclareerd in de taxonomie: bedoelt u vat:TurnoverHighRate (Omzet belast met hoog tarief)?',
    );
  });
});
