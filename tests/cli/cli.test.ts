/** CLI contract details: version, JSON on usage errors, coded output-file and conformance-option errors. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, VERSION } from '../../src/cli/main.js';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('sbr CLI', () => {
  it('--version prints the package.json version', async () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it('a usage error with --format json prints a coded JSON report on stdout and exits 2', async () => {
    const r = await run('validate', '--format', 'json');
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out);
    expect(j.valid).toBe(false);
    expect(j.findings[0].code).toBe('sbr:usage');
  });

  it('an unwritable output file is a coded error (exit 2), not an internal error', async () => {
    const r = await run('compile', 'taxonomies/sbr-demo/vat-2024.xsd', '-o', '/nonexistent-dir/x.sbrv');
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:outputUnwritable');
    expect(r.err).not.toContain('internal error');
  });

  it('conformance refuses a bad --concurrency and a filter that matches nothing', async () => {
    const index = resolve(__dirname, '../../fixtures/conformance/mini/index.xml');
    expect((await run('conformance', index, '--concurrency', 'abc')).out).toContain('sbr:usage');
    const r = await run('conformance', index, '--filter', 'zzzz-no-such-variation');
    expect(r.code).toBe(2);
    expect(r.out).toContain('sbr:noVariations');
  });

  it('sbr dts on an instance follows its schemaRef', async () => {
    const r = await run('dts', 'fixtures/demo/vat-return-valid.xbrl', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).concepts.items).toBeGreaterThan(5);
  });
});
