/**
 * bin/sbr.js runs the esbuild bundle of the CLI (dist/cli-bundle/, scripts/bundle-cli.mjs) when it is up to date:
 * it must answer exactly as the unbundled dist/ modules do, including what locates files next to its modules (worker
 * threads of `--jobs`, the Transformation Registry chunk of Inline XBRL, xmllint-wasm). Needs `npm run build` (CI's
 * `npm ci` runs it through `prepare`); without dist/ the tests are skipped and say so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/sbr.js');
const BUNDLE = resolve(ROOT, 'dist/cli-bundle/main.js');
const DIST = resolve(ROOT, 'dist/cli/main.js');
const built = existsSync(BUNDLE) && existsSync(DIST);
if (!built)
  console.warn('tests/cli/bundle.test.ts: dist/ or dist/cli-bundle/ is missing (run `npm run build`): skipped');

/** Runs bin/sbr.js; `unbundled`: with SBR_CLI_UNBUNDLED=1. Timings (`"ms"`) are taken out of the output. */
function sbr(args: string[], unbundled: boolean): { out: string; err: string; status: number | null } {
  const env = { ...process.env, SBR_CLI_UNBUNDLED: unbundled ? '1' : '' };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { out: r.stdout.replace(/"ms": ?\d+/g, '"ms":0'), err: r.stderr, status: r.status };
}

describe.skipIf(!built)('bin/sbr.js with the CLI bundle', () => {
  it('finds the bundle up to date after the build', () => {
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(statSync(DIST).mtimeMs);
  });

  it('validates the demo filing as dist/ does', () => {
    const args = ['validate', 'fixtures/demo/vat-return-invalid.xbrl', '--format', 'json'];
    const bundled = sbr(args, false);
    expect(bundled.status).toBe(1);
    expect(JSON.parse(bundled.out).findings.map((f: { code: string }) => f.code)).toContain(
      'xbrl.4.6.2:numericUnitRef',
    );
    expect(bundled).toEqual(sbr(args, true));
  });

  it('starts worker threads from dist/ (--jobs) with the same results', () => {
    const args = [
      'validate',
      'fixtures/demo/vat-return-invalid.xbrl',
      'fixtures/demo/vat-return-valid.xbrl',
      '--jobs',
      '2',
      '--format',
      'jsonl',
    ];
    const lines = (r: { out: string }) => r.out.trim().split('\n').sort();
    const bundled = sbr(args, false);
    expect(bundled.status).toBe(1);
    expect(lines(bundled)).toHaveLength(2);
    expect(lines(bundled)).toEqual(lines(sbr(args, true)));
  });

  it('extracts Inline XBRL with the Transformation Registry (a chunk loaded on demand)', () => {
    const args = ['extract', 'fixtures/ixbrl/features.xhtml'];
    const bundled = sbr(args, false);
    expect(bundled.out).toContain('t:Revenue');
    expect(bundled.out).toContain('>1234000<');
    expect(bundled).toEqual(sbr(args, true));
  });
});
