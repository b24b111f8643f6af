/** Issue 11 item 11: Arelle's codes where it reports the same condition; every code listed in docs/codes.md. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IX_CODE_SECTIONS, IX_CODES } from '../../src/messages/en-ix.js';
import { validate } from '../../src/validate/node.js';

const ROOT = resolve(__dirname, '../..');
const CODE =
  /['`]((?:xbrl\.[0-9.]+|xmlSchema|xbrldie|xbrldte|sbr|calc11e|xml|tpe|rpe|ix11[0-9.]*|ixTransform|xbrlfe|xbrlve|xbrlcae|seve|oime|err):[A-Za-z][A-Za-z0-9_-]*)['`]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('codes other processors use (issue 11 item 11)', () => {
  it('a monetary fact in unit pure is xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure, the former name under related', async () => {
    const r = await validate('fixtures/usability/monetary-unit.xbrl', { schemaValidation: false });
    expect(r.findings.map((f) => [f.code, f.related])).toEqual([
      ['xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure', ['xbrl.4.8.2:monetaryUnit']],
    ]);
  });

  it('docs/codes.md lists every code written in src/, with the renamed ones and their former names', () => {
    const doc = readFileSync(join(ROOT, 'docs/codes.md'), 'utf8');
    const codes = new Set(
      sources(join(ROOT, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(CODE)].map((m) => m[1]!)),
    );
    const missing = [...codes].filter((c) => !doc.includes('`' + c + '`'));
    expect(missing).toEqual([]);
    expect(doc).toMatch(
      /\| `xbrl\.4\.8\.2:monetaryFactUnit-notSingleMeasure` \| XBRL 2\.1 section 4\.8\.2 \| `xbrl\.4\.8\.2:monetaryUnit` \|/,
    );
  });

  it('the Inline XBRL codes built by ixCode(element, name) in src/ixbrl/extract.ts are in IX_CODES and documented', () => {
    const doc = readFileSync(join(ROOT, 'docs/codes.md'), 'utf8');
    const src = readFileSync(join(ROOT, 'src/ixbrl/extract.ts'), 'utf8');
    // errFor(el, 'name', ...) and ixCode(element, 'name'): the names; each has its codes in IX_CODE_SECTIONS
    const names = new Set([...src.matchAll(/\b(?:errFor\(\s*[\w.]+,|ixCode\([^,]+,)\s*'(\w+)'/g)].map((m) => m[1]!));
    expect(names.size).toBeGreaterThan(25);
    const built = ['invalidTransformation', 'missingReferences', 'resourceIdDuplication']; // worded in en-xbrl.ts
    expect([...names].filter((n) => !IX_CODE_SECTIONS[n] && !built.includes(n))).toEqual([]);
    expect(IX_CODES.filter((c) => !doc.includes('`' + c + '`'))).toEqual([]);
  });
});
