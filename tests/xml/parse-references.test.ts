/**
 * Long runs of character references (issue 17, fuzz `longAttribute` mutants): saxes appends each reference's
 * character with `+=`, which V8 keeps as a rope of about 32 bytes per reference; parseXml flattens saxes' pending text
 * as it goes (`flattenEntityText`), so a million `&#x41;` leave a flat 1 MB string in the tree instead of a 32 MB rope.
 * The heap is measured in a child process after a full garbage collection (deterministic to within a few hundred KB);
 * without the flattening the tree retains about 32 MB.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { parseXml } from '../../src/xml/parse.js';

const CHILD = resolve(dirname(fileURLToPath(import.meta.url)), 'parse-references-heap.ts');

function retainedHeap(kind: 'attr' | 'text', count: number): { retained: number; length: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, kind, String(count)], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { retained: number; length: number };
}

function failure(text: string) {
  try {
    parseXml(text, 'refs.xml');
  } catch (e) {
    if (e instanceof FatalInputError) return e.finding;
    throw e;
  }
  throw new Error('parsed');
}

describe('a million character references', () => {
  it.each(['attr', 'text'] as const)(
    'in %s: the tree keeps a flat string (under 8 MB of heap, a rope is 32 MB)',
    (kind) => {
      const { retained, length } = retainedHeap(kind, 1_000_000);
      expect(length).toBe(1_000_000);
      expect(retained).toBeLessThan(8e6);
    },
  );
});

describe('the values and positions are those saxes gives', () => {
  it('values: references in attributes and text, mixed with characters and entity references', () => {
    const n = 5000;
    const run = '&#x41;b&amp;&#233;'.repeat(n);
    const doc = parseXml(`<a v="${run}">${run}<c/>${run}</a>`, 'refs.xml');
    const expected = 'Ab&\u00e9'.repeat(n);
    expect(doc.root.attrs.get('v')).toBe(expected);
    expect(doc.root.text).toBe(expected + expected);
  });

  it.each([10, 100_000])('a bad reference after %i good ones is reported at its column', (n) => {
    const attr = failure(`<a v="${'&#x41;'.repeat(n)}&#x0;"/>`);
    expect(attr.code).toBe('xml:malformed');
    expect(attr.line).toBe(1);
    const text = failure(`<a>\n${'&#x41;'.repeat(n)}&#x0;</a>`);
    expect(text.code).toBe('xml:malformed');
    expect(text.line).toBe(2);
    // the column moves with the references before it, 6 characters each
    expect(attr.column - 6 * n).toBe(failure(`<a v="&#x0;"/>`).column);
    expect(text.column - 6 * n).toBe(failure(`<a>\n&#x0;</a>`).column);
  });
});
