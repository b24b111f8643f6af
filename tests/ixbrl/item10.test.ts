/**
 * Issue 11 item 10, Inline XBRL details other processors got wrong: the content rules of ix:nonFraction (Inline XBRL
 * 1.1 section 10.1) on the element as written, before any transformation; a document-set member without ix markup is
 * a warning and the rest of the set is validated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIxds, loadTransforms } from '../../src/ixbrl/extract.js';
import { parseXhtml } from '../../src/ixbrl/xhtml.js';
import { renderMessage } from '../../src/messages/index.js';
import { REPO } from '../resolve/helpers.js';
import { run } from '../usability/helpers.js';

const FIX = join(REPO, 'fixtures/ixbrl');

describe('ix:nonFraction content rules (Inline XBRL 1.1 section 10.1)', async () => {
  const file = join(FIX, 'nonfraction-content.xhtml');
  const r = extractIxds([parseXhtml(readFileSync(file), file)], { transforms: await loadTransforms() });
  const at = r.findings.map((f) => [f.line, f.code]);

  it('reports each rule once, at the element, and nothing on the valid facts (lines 23-24)', () => {
    expect(at).toEqual([
      [27, 'ix11.10.1.1:nonFractionNilContent'],
      [29, 'ix11.10.1.1:nonFractionChildren'],
      [31, 'ix11.10.1.1:nonFractionChildren'],
      [33, 'ix11.10.1.2:nestedNonFractionProperties'],
      [35, 'ix11.10.1.2:nestedNonFractionIsNil'],
    ]);
  });

  it('does not apply the format to content that breaks the rules (no ixTransform cascade)', () => {
    expect(r.findings.some((f) => f.code.startsWith('ixTransform:'))).toBe(false);
    const def = r.targets[0]!;
    const fact = (id: string) => def.doc.root.children.find((c) => c.attrs.get('id') === id)!;
    expect(fact('ok1').text).toBe('1000');
    expect(fact('ok2').text).toBe('5');
    expect(fact('e3').text).toBe('EUR 7'); // the raw text, not transformed
  });

  it('names the concepts and the differing attributes, in English and Dutch', () => {
    const prop = r.findings.find((f) => f.code === 'ix11.10.1.2:nestedNonFractionProperties')!;
    expect(prop.message).toBe(
      'The ix:nonFraction t:PropInner nested in t:Prop must have the same format, scale and unitRef as it, but its format is absent and the outer one\'s "ixt:num-dot-decimal"; its scale is "3" and the outer one\'s absent',
    );
    expect(renderMessage(prop.code, prop.params!, 'nl')).toContain('De ix:nonFraction t:PropInner, genest in t:Prop');
    const nil = r.findings.find((f) => f.code === 'ix11.10.1.1:nonFractionNilContent')!;
    expect(nil.message).toContain('t:NilText is nil');
  });
});

describe('a document-set member without ix markup (issue 11 item 10)', () => {
  it('is a warning, and the rest of the set is validated', async () => {
    const r = await run('validate', 'fixtures/ixbrl/docset-plain-member', '--no-schema-validation', '--format', 'json');
    expect(r.code).toBe(1); // the calculation error of the ix document, not "could not be validated"
    const findings = JSON.parse(r.out).findings as {
      code: string;
      severity: string;
      file: string;
    }[];
    expect(findings.map((f) => [f.code, f.severity, f.file.split('/').pop()]).sort()).toEqual([
      ['sbr:documentWithoutInlineXbrl', 'warning', 'b-cover.xhtml'],
      ['xbrl.5.2.5.2:calcInconsistency', 'error', 'a-vat-return.xhtml'],
    ]);
  });

  it('says so in Dutch with --lang nl', async () => {
    const r = await run('validate', 'fixtures/ixbrl/docset-plain-member', '--no-schema-validation', '--lang', 'nl');
    expect(r.out).toContain('b-cover.xhtml is een van de 2 documenten van de Inline XBRL-documentset');
    expect(r.out.trimEnd().split('\n').pop()).toBe('1 fout, 1 waarschuwing');
  });
});
