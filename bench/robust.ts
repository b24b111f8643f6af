/**
 * Robustness reproducers of issue 17 as measurements: peak memory (maxRSS) and wall time of `sbr validate` on
 *   - big100: the demo VAT return padded with 100 MiB of whitespace between its elements (above the default document
 *     limit: refused as sbr:documentTooLarge; measured with --max-document-size 200M, without and with XML Schema
 *     validation)
 *   - pkg200: an xBRL-XML report package (.xbr, about 1 MB) whose report inflates to 200 MiB (refused by default;
 *     measured with --max-document-size 250M --max-package-size 250M)
 *   - twoBoms: the demo filing after two UTF-8 byte order marks, with --no-schema-validation (must be exit 2)
 * Each case runs in its own Node process. `--src DIR` measures another checkout's sources (e.g. a worktree of the
 * commit before the fixes): `node --import tsx bench/robust.ts [--src /path/to/other/src [--no-limit-flags]]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const REPO = resolve(import.meta.dirname, '..');
const i = process.argv.indexOf('--src');
const SRC = i >= 0 ? resolve(process.argv[i + 1]!) : join(REPO, 'src');
const MiB = 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'sbr-robust-'));
const demo = readFileSync(join(REPO, 'fixtures/demo/vat-return-valid.xbrl'), 'utf8');
const absolute = demo.replace('../../taxonomies/sbr-demo/vat-2024.xsd', join(REPO, 'taxonomies/sbr-demo/vat-2024.xsd'));

/** Whitespace in 1 KiB pseudo-random blocks (spaces, tabs, newlines): deflates about 200:1, under the ratio check. */
function whitespace(n: number): Buffer {
  let x = 17;
  const block = Buffer.alloc(1024);
  for (let k = 0; k < block.length; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    block[k] = [0x20, 0x0a, 0x09][(x >>> 16) % 3]!;
  }
  const out = Buffer.alloc(n);
  for (let o = 0; o < n; o += block.length) block.copy(out, o);
  return out;
}
const padded = (xml: string, n: number) => {
  const at = xml.lastIndexOf('</xbrli:xbrl>');
  return Buffer.concat([Buffer.from(xml.slice(0, at)), whitespace(n), Buffer.from(xml.slice(at))]);
};

const big100 = join(dir, 'big100.xbrl');
writeFileSync(big100, padded(absolute, 100 * MiB));
const pkg = join(dir, 'pkg200.xbr');
{
  const files: Record<string, Uint8Array> = {
    'vat/META-INF/reportPackage.json': strToU8(
      '{"documentInfo":{"documentType":"https://xbrl.org/report-package/2023/xbr"}}',
    ),
    'vat/reports/vat.xbrl': padded(demo.replace('../../taxonomies/sbr-demo/', '../taxonomy/'), 200 * MiB),
  };
  for (const f of readdirSync(join(REPO, 'taxonomies/sbr-demo')))
    files[`vat/taxonomy/${f}`] = readFileSync(join(REPO, 'taxonomies/sbr-demo', f));
  writeFileSync(pkg, zipSync(files));
}
const twoBoms = join(dir, 'two-boms.xbrl');
writeFileSync(twoBoms, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(absolute)]));

const child = `
const { main } = await import(${JSON.stringify(pathToFileURL(join(SRC, 'cli/main.ts')).href)});
let out = '';
const t0 = performance.now();
const code = await main(['node', 'sbr', 'validate', ...JSON.parse(process.argv[1])], { out: (s) => (out += s), err: () => {} });
const ms = performance.now() - t0;
let codes = [];
try { codes = [...new Set(JSON.parse(out).findings.map((f) => f.code))]; } catch { codes = ['(no JSON)']; }
console.log(JSON.stringify({ exit: code, codes, s: +(ms / 1000).toFixed(1), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
`;

const cases: [string, string, string[]][] = [
  ['big100, default limits', big100, ['--no-schema-validation']],
  [
    'big100, --max-document-size 200M, no schema validation',
    big100,
    ['--max-document-size', '200M', '--no-schema-validation'],
  ],
  ['big100, --max-document-size 200M, schema validation', big100, ['--max-document-size', '200M']],
  ['pkg200 (.xbr), default limits', pkg, ['--no-schema-validation']],
  [
    'pkg200 (.xbr), limits raised to 250M, no schema validation',
    pkg,
    ['--max-document-size', '250M', '--max-package-size', '250M', '--no-schema-validation'],
  ],
  ['two BOMs, --no-schema-validation', twoBoms, ['--no-schema-validation']],
];
console.log(
  `sources: ${SRC}; inputs: big100 ${(readFileSync(big100).length / MiB).toFixed(1)} MiB, pkg200 ${(readFileSync(pkg).length / 1e6).toFixed(2)} MB zipped`,
);
// --no-limit-flags: for sources from before the limits existed (their CLI does not know the --max-* options)
const noLimitFlags = process.argv.includes('--no-limit-flags');
for (const [name, file, given] of cases) {
  const args = noLimitFlags
    ? given.filter((a, k) => !a.startsWith('--max-') && !given[k - 1]?.startsWith('--max-'))
    : given;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', child, JSON.stringify([file, '--format', 'json', ...args])],
    {
      encoding: 'utf8',
      cwd: REPO,
      maxBuffer: 1 << 26,
    },
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  console.log(`${name}: ${r.status === 0 ? line : `failed (exit ${r.status ?? r.signal}) ${r.stderr.slice(-300)}`}`);
}
