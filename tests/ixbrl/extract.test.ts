/** Inline XBRL 1.1 extraction (src/ixbrl/extract.ts) on small fixtures written for this project. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIxds, remapFinding, type Transforms } from '../../src/ixbrl/extract.js';
import { parseXhtml } from '../../src/ixbrl/xhtml.js';
import { FatalInputError } from '../../src/findings.js';
import { REPO } from '../resolve/helpers.js';

const FIX = join(REPO, 'fixtures/ixbrl');
const TRR = 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12';
/** A stand-in for the Transformation Rules Registry: only num-dot-decimal. */
const stub: Transforms = {
  isKnownTransform: (ns, local) => ns === TRR && local === 'num-dot-decimal',
  applyTransform: (ns, local, text) => {
    const t = text.trim().replace(/,/g, '');
    return /^\d+(\.\d+)?$/.test(t)
      ? { ok: true, value: t }
      : { ok: false, code: 'ixTransform:valueError', message: 'not a number' };
  },
};
const load = (name: string) => parseXhtml(readFileSync(join(FIX, name)), join(FIX, name));

describe('extractIxds', () => {
  const r = extractIxds([load('features.xhtml')], { transforms: stub });
  const def = r.targets.find((t) => t.target === null)!;
  const other = r.targets.find((t) => t.target === 'other')!;
  const fact = (id: string) => def.doc.root.children.find((c) => c.attrs.get('id') === id);

  it('makes one instance per target, with its contexts, units and facts', () => {
    expect(r.targets.map((t) => t.target).sort()).toEqual([null, 'other'].sort());
    expect(def.doc.root.local).toBe('xbrl');
    expect(other.counts).toEqual({ facts: 1, contexts: 1, units: 1, footnotes: 0 });
    expect(other.xml).toContain('>7</t:Other>');
    expect(def.xml).not.toContain('t:Other');
  });

  it('applies format, scale, sign and nested nonFraction', () => {
    expect(fact('n1')!.text).toBe('1234000');
    expect(fact('n2')!.text).toBe('-5');
    expect(fact('n3')!.text).toBe('5');
    expect(fact('n4')!.attrs.get('{http://www.w3.org/2001/XMLSchema-instance}nil')).toBe('true');
  });

  it('joins continuations, drops ix:exclude, keeps markup when escape="true", copies xml:lang', () => {
    expect(fact('s1')!.text).toBe('<b>Bold</b> start and end');
    expect(fact('s2')!.text).toBe('tekst schuin');
    expect(fact('s2')!.attrs.get('{http://www.w3.org/XML/1998/namespace}lang')).toBe('nl');
    expect(fact('h1')!.text).toBe('hidden text');
  });

  it('builds tuples in order and footnotes from ix:relationship', () => {
    const tuple = fact('tu1')!;
    expect(tuple.children.map((c) => c.attrs.get('id'))).toEqual(['d1', 'd2']);
    const link = def.doc.root.children.find((c) => c.local === 'footnoteLink')!;
    expect(link.children.map((c) => c.local)).toEqual(['loc', 'footnote', 'footnoteArc']);
    expect(def.counts.footnotes).toBe(1);
  });

  it('reports an unknown format with a code, never a silent pass', () => {
    const f = r.findings.find((x) => x.code === 'ix11.10.1.2:invalidTransformation')!;
    expect(f).toBeDefined();
    expect(f.file).toContain('features.xhtml');
    expect(f.line).toBe(41);
  });

  it('maps generated lines back to the ix element', () => {
    const gen = def.xml.split('\n').findIndex((l) => l.includes('id="n1"')) + 1;
    const back = remapFinding(
      { code: 'x', severity: 'error', message: '', file: def.doc.url, line: gen, column: 3 },
      def.doc.url,
      def.sourceMap,
    );
    expect(back.file).toContain('features.xhtml');
    expect(back.line).toBe(30);
  });

  it('reports a continuation cycle (ix11.11.1.2:continuationCycle) and terminates', () => {
    const c = extractIxds([load('cycle.xhtml')], { transforms: stub });
    expect(c.findings.map((f) => f.code)).toContain('ix11.11.1.2:continuationCycle');
    expect(c.targets[0]!.doc.root.children.find((e) => e.attrs.get('id') === 's1')!.text).toBe('onetwothree');
  });

  it('refuses HTML named entities with a hint', () => {
    try {
      parseXhtml('<html xmlns="http://www.w3.org/1999/xhtml"><p>a&nbsp;b</p></html>', 'x.html');
      expect.unreachable();
    } catch (e) {
      expect((e as FatalInputError).finding.code).toBe('xml:malformed');
      expect((e as FatalInputError).finding.message).toContain('&#160;');
    }
  });
});
