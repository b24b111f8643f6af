/** Issue 11 item 9: packaging: ESM-only said, types without @types/node, loadDts findings documented, npm link shown. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('packaging (issue 11 item 9)', () => {
  it('the README says the package is ESM-only and shows npm link / a global install', () => {
    expect(readme).toMatch(/ESM-only/);
    expect(readme).toMatch(/npm link/);
    expect(readme).toMatch(/npm install -g/);
  });

  it('the README documents the findings of loadDts', () => {
    expect(readme).toMatch(/taxonomy\.findings[\s\S]{0,80}sbr:documentNotFound/);
  });

  it('no exported declaration uses the NodeJS namespace (the published types compile without @types/node)', () => {
    const offending = sources(join(ROOT, 'src')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((l, i) => ({ l, at: `${f.slice(ROOT.length + 1)}:${i + 1}` }))
        .filter(({ l }) => /^export\b/.test(l) && /\bNodeJS\./.test(l))
        .map(({ at }) => at),
    );
    expect(offending).toEqual([]);
  });
});
