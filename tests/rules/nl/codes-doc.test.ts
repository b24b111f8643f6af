/**
 * docs/nl-rules.md lists every code of the Dutch filing rules (src/rules/nl): the NT rules and the NL-KVK rules with
 * their section, severity and the profiles that run them, written from the rule registries. `UPDATE_NL_DOCS=1 npx
 * vitest run tests/rules/nl/codes-doc.test.ts` rewrites it; the test fails when the document and the registries differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineRules } from '../../../src/rules/nl/inline/index.js';
import { applies } from '../../../src/rules/nl/inline/run.js';
import { ntRules } from '../../../src/rules/nl/nt/index.js';
import { PROFILES } from '../../../src/rules/nl/profiles.js';

const DOC = resolve(__dirname, '../../../docs/nl-rules.md');

function render(): string {
  const inline = PROFILES.filter((p) => p.kind === 'inline');
  const nt = PROFILES.filter((p) => p.kind === 'nt')
    .map((p) => p.name)
    .join(', ');
  const lines = [
    '# Dutch filing rules: codes',
    '',
    'Every code the profiles of `--profile` report (`src/rules/nl/`), with the section of the filing-rule document, the',
    'severity (MUST: error, SHOULD: warning) and the profiles that run it. Written from the rule registries by',
    '`tests/rules/nl/codes-doc.test.ts` (`UPDATE_NL_DOCS=1`), which fails when this file and the code differ. The meaning',
    "of each rule: `../shared/reference/nl-filing-rules.md`. Messages are in English and Dutch (`--lang nl`), in each rule's module.",
    '',
    `## NT rules (xBRL-XML filings; profiles ${nt})`,
    '',
    '| code | section | severity | runs without the taxonomy |',
    '|---|---|---|---|',
    ...ntRules.map((r) => `| \`${r.code}\` | ${r.spec} | ${r.severity} | ${r.needs === 'document' ? 'yes' : 'no'} |`),
    '',
    '## NL-KVK rules (KvK Inline XBRL reports)',
    '',
    '| code | section | severity | profiles |',
    '|---|---|---|---|',
    ...inlineRules.flatMap((r) => {
      const profiles = inline
        .filter((p) => applies(r, p))
        .map((p) => p.name)
        .join(', ');
      return [r.code, ...Object.keys(r.others ?? {})].map(
        (c) => `| \`${c}\` | ${r.spec.replace(/^.*, /, '')} | ${r.severity} | ${profiles} |`,
      );
    }),
    '',
  ];
  return lines.join('\n');
}

describe('docs/nl-rules.md', () => {
  it('lists every NL code with its section, severity and profiles', () => {
    const text = render();
    if (process.env['UPDATE_NL_DOCS']) writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
    expect(text).toContain('`NL.NL-KVK.4.4.2.5.extensionTaxonomyLineItemNotLinkedToDesignatedPlaceholder`');
    expect(text).toContain('`NL.FR-NL-1.01`');
  });
});
