/** Ignorable whitespace removed before XML Schema validation (src/xml/whitespace.ts, issue 17 peak memory). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/node.js';
import { squeezeIgnorableWhitespace } from '../../src/xml/whitespace.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const all = { minBytes: 0, minSaving: 0, minRun: 4 };
const squeeze = (s: string) => dec(squeezeIgnorableWhitespace(enc(s), all));

describe('squeezeIgnorableWhitespace', () => {
  it('keeps the line breaks of a run beside a child element and the indentation after the last one', () => {
    expect(squeeze('<r>  \t \n \t\n    <a/>   \r\n      \n  </r>')).toBe('<r>\n\n    <a/>\r\n\n  </r>');
  });
  it('keeps every line and every column of the markup', () => {
    const text = `<r>\n${' '.repeat(50)}\n${'  \t'.repeat(30)}\n  <a x=">">v</a>\n${' '.repeat(99)}\n<b/></r>`;
    const out = squeeze(text);
    expect(out.length).toBeLessThan(text.length - 200);
    const lines = (s: string) => s.split('\n').map((l) => l.trim());
    expect(lines(out)).toEqual(lines(text));
    expect(out.split('\n').findIndex((l) => l.includes('<a'))).toBe(3);
    expect(out.split('\n')[3]).toBe(text.split('\n')[3]); // same column
  });
  it('keeps the text of an element without element children, and whitespace beside comments, PIs and CDATA', () => {
    for (const text of [
      '<r><a>      \n      </a></r>',
      '<r><a>   \n    <!-- c -->   \n   </a></r>',
      '<r><a>   \n    <?pi x?>   \n   </a></r>',
      '<r><a>   \n    <![CDATA[ <b/> ]]>   \n   </a></r>',
      '<r>\n   <a b="  \n    "/>\n</r>'.replace('\n   <a', '<a'),
    ])
      expect(squeeze(text)).toBe(text);
  });
  it('does not take markup inside attribute values, comments or CDATA for tags', () => {
    expect(squeeze('<r><a x="<b/>    \n  "/>       \n  <c/></r>')).toBe('<r><a x="<b/>    \n  "/>\n  <c/></r>');
    expect(squeeze('<r><!-- <a/>     \n   <b/> --></r>')).toBe('<r><!-- <a/>     \n   <b/> --></r>');
  });
  it('leaves documents with a DOCTYPE, unterminated markup, small ones and small savings unchanged', () => {
    const padded = `<r>\n${' '.repeat(1000)}\n<a/></r>`;
    for (const b of [enc(`<!DOCTYPE r>${padded}`), enc(`${padded}<a x="`)])
      expect(squeezeIgnorableWhitespace(b, all)).toBe(b);
    const b = enc(padded);
    expect(squeezeIgnorableWhitespace(b)).toBe(b); // under the default 8 MiB
    expect(squeezeIgnorableWhitespace(b, { ...all, minSaving: 0.999 })).toBe(b);
    expect(squeezeIgnorableWhitespace(b, all).length).toBe(padded.length - 1000);
  });
});

describe('XML Schema validation of a whitespace-padded instance', () => {
  it('reports the same findings at the same places with the padding squeezed (9 MiB of padding)', async () => {
    const demo = resolve(import.meta.dirname, '../../fixtures/demo/vat-return-invalid.xbrl');
    const text = readFileSync(demo, 'utf8').replace(
      '../../taxonomies/sbr-demo/vat-2024.xsd',
      resolve(import.meta.dirname, '../../taxonomies/sbr-demo/vat-2024.xsd'),
    );
    // padding between the contexts and the facts: every libxml2 finding on a fact comes after it
    const block = '   \t  \n'.repeat(1024 * 1024 * 1.3);
    const padded = text.replace('\n  <vat:TurnoverHighRate', `\n${block}  <vat:TurnoverHighRate`);
    const lineShift = block.split('\n').length - 1;
    const plain = await validate({ url: '/tmp/demo-invalid.xbrl', bytes: enc(text) });
    const big = await validate({ url: '/tmp/demo-invalid.xbrl', bytes: enc(padded) });
    const summary = (r: typeof plain, shift: number) =>
      r.findings.map(
        (f) => `${f.code} ${(f.line ?? 0) - (f.line && f.line > 40 ? shift : 0)}:${f.column} ${f.message}`,
      );
    expect(summary(big, lineShift)).toEqual(summary(plain, 0));
    expect(plain.findings.some((f) => f.code.startsWith('xmlSchema:'))).toBe(true);
  });
});

describe('validateBytes', () => {
  it('hands XML Schema validation the instance without its padding', async () => {
    const { validateBytes, liveTaxonomySource } = await import('../../src/validate/core.js');
    const { Resolver } = await import('../../src/resolve/index.js');
    const demo = resolve(import.meta.dirname, '../../fixtures/demo/vat-return-valid.xbrl');
    const text = readFileSync(demo, 'utf8').replace(
      '\n</xbrli:xbrl>',
      `\n${' \n'.repeat(5 * 1024 * 1024)}</xbrli:xbrl>`,
    );
    let given = 0;
    const r = await validateBytes(demo, enc(text), liveTaxonomySource(Resolver.create({})), {
      schemaValidator: async (doc) => {
        given = doc.bytes.length;
        return [];
      },
    });
    expect(r.valid).toBe(true);
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(given).toBe(text.length - 5 * 1024 * 1024);
  });
});
