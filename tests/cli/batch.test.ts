/**
 * `sbr validate` batches (issue 13 item 1): `--format jsonl` lines of exactly `{file, valid, kind, findings, stats}`, the
 * worst verdict as exit code, a bad input in the middle that does not stop the batch, `--recursive` (a report package
 * folder stays one input), no progress bar when stderr is not a terminal (and one when it is), `--jobs 2` giving the
 * findings of `--jobs 1`, a crashed worker thread that is one input's result.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchInputs, inputFilings } from '../../src/batch/inputs.js';
import { FatalInputError } from '../../src/findings.js';
import { validate } from '../../src/validate/node.js';
import { progressLine } from '../../src/batch/progress.js';
import { main, type CliIo } from '../../src/cli/main.js';

const ROOT = resolve(__dirname, '../..');
const VALID = 'fixtures/demo/vat-return-valid.xbrl';
const INVALID = 'fixtures/demo/vat-return-invalid.xbrl';

async function run(args: string[], io: Partial<CliIo> = {}) {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    ...io,
  });
  return { code, out, err };
}

/** A JSON report without its timings (`documents[].stats.ms`). */
function untimed(json: string): unknown {
  const r = JSON.parse(json) as { documents: { stats?: { ms?: number } }[] };
  for (const d of r.documents) if (d.stats) delete d.stats.ms;
  return r;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sbr-batch-test-'));
  // a folder of filings: a demo return (schemaRef made absolute), a report package folder, things that are not filings
  const taxonomy = resolve(ROOT, 'taxonomies/sbr-demo/vat-2024.xsd');
  mkdirSync(join(dir, 'filings/2024/q1'), { recursive: true });
  mkdirSync(join(dir, 'filings/.hidden'), { recursive: true });
  const demo = readFileSync(resolve(ROOT, VALID), 'utf8').replace('../../taxonomies/sbr-demo/vat-2024.xsd', taxonomy);
  writeFileSync(join(dir, 'filings/2024/q1/return.xbrl'), demo);
  writeFileSync(join(dir, 'filings/2024/q1/copy.xml'), demo); // .xml with an xbrl root: a filing
  writeFileSync(join(dir, 'filings/.hidden/skipped.xbrl'), demo);
  cpSync(resolve(ROOT, 'taxonomies/sbr-demo/vat-2024-lab-en.xml'), join(dir, 'filings/2024/labels.xml')); // a linkbase
  cpSync(resolve(ROOT, 'fixtures/usability/plain-page.html'), join(dir, 'filings/page.html')); // no Inline XBRL
  cpSync(resolve(ROOT, 'fixtures/usability/vat-package'), join(dir, 'filings/package'), { recursive: true });
  const report = join(dir, 'filings/package/reports/vat-return.xhtml');
  writeFileSync(report, readFileSync(report, 'utf8').replace('../../../../taxonomies/sbr-demo/vat-2024.xsd', taxonomy));
  writeFileSync(join(dir, 'not-xml.xbrl'), 'this is not XML\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sbr validate batches', () => {
  it('--format jsonl: one line per input, exactly {file, valid, kind, findings, stats}, findings those of --format json', async () => {
    const r = await run(['validate', VALID, INVALID, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['file', 'valid', 'kind', 'findings', 'stats'],
      ['file', 'valid', 'kind', 'findings', 'stats'],
    ]);
    expect(lines.map((l) => l.kind)).toEqual(['instance', 'instance']);
    expect(lines.map((l) => [l.file, l.valid])).toEqual([
      [VALID, true],
      [INVALID, false],
    ]);
    const single = JSON.parse((await run(['validate', INVALID, '--format', 'json'])).out);
    expect(lines[1].findings).toEqual(single.findings);
    expect(lines[1].findings.map((f: { code: string }) => f.code)).toContain('xbrl.5.2.5.2:calcInconsistency');
    const { ms: _ms, ...stats } = lines[1].stats;
    expect(stats).toEqual({ documents: 11, concepts: 62, relationships: 49, contexts: 2, units: 1, facts: 11 });
  });

  it('a bad input in the middle: its own line, the inputs after it validated, exit 2 (the worst verdict)', async () => {
    const bad = join(dir, 'not-xml.xbrl');
    const r = await run(['validate', VALID, bad, INVALID, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(2);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([VALID, bad, INVALID]);
    expect(lines[1].valid).toBe(false);
    // an input that could not be validated is told apart from an invalid one (new-user trial, item 4)
    expect(lines.map((l) => l.kind)).toEqual(['instance', 'unvalidated', 'instance']);
    expect(lines[1].findings.map((f: { code: string }) => f.code)).toEqual(['xml:malformed']);
    expect(lines[1].stats).toEqual({});
    expect(lines[2].findings.length).toBe(6);
    // exit codes: 0 all valid, 1 some invalid
    expect((await run(['validate', VALID, VALID, '--format', 'jsonl', '--jobs', '1'])).code).toBe(0);
  });

  it('--recursive: the filings of a folder in name order, a report package folder as one input', async () => {
    const inputs = batchInputs([join(dir, 'filings')], { recursive: true });
    expect(inputs.map((p) => p.slice(dir.length + 1))).toEqual([
      'filings/2024/q1/copy.xml',
      'filings/2024/q1/return.xbrl',
      'filings/package',
    ]);
    expect(batchInputs([join(dir, 'filings')])).toEqual([join(dir, 'filings')]); // without --recursive: as given
    const r = await run(['validate', '--recursive', join(dir, 'filings'), '--format', 'json', '--jobs', '1']);
    expect(r.code).toBe(1); // the package's return is invalid
    const j = JSON.parse(r.out) as { documents: { file: string; valid: boolean }[] };
    expect(j.documents.map((d) => [d.file.slice(dir.length + 1), d.valid])).toEqual([
      ['filings/2024/q1/copy.xml', true],
      ['filings/2024/q1/return.xbrl', true],
      ['filings/package/reports/vat-return.xhtml', false],
    ]);
  });

  it('validate() with recursive walks folders as --recursive does; the walk decides sbr:noFilingsFound', async () => {
    // the library option and the CLI share inputFilings: a folder stands for its filings, not for "already walked"
    const r = await validate([join(dir, 'filings')], { recursive: true, keepGoing: true });
    expect(r.documents.map((d) => [d.file.slice(dir.length + 1), d.kind, d.valid])).toEqual([
      ['filings/2024/q1/copy.xml', 'instance', true],
      ['filings/2024/q1/return.xbrl', 'instance', true],
      ['filings/package/reports/vat-return.xhtml', 'instance', false],
    ]);
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'sub/notes.txt'), 'not a filing\n');
    expect(() => inputFilings(empty, { recursive: true })).toThrow(FatalInputError);
    try {
      inputFilings(empty, { recursive: true });
    } catch (e) {
      expect((e as FatalInputError).finding).toMatchObject({ code: 'sbr:noFilingsFound', file: empty });
    }
    expect(inputFilings(empty)).toEqual([empty]); // without recursive: as given (validate() says sbr:notAFile)
    expect(batchInputs([empty, VALID], { recursive: true })).toEqual([empty, VALID]); // its own result, later
    const lib = await validate([empty, VALID], { recursive: true, keepGoing: true });
    expect(lib.documents.map((d) => [d.kind, d.findings[0]?.code])).toEqual([
      ['unvalidated', 'sbr:noFilingsFound'],
      ['instance', undefined],
    ]);
    await expect(validate([empty], { recursive: true })).rejects.toThrow(FatalInputError);
  });

  it('a progress bar on stderr only when it is a terminal', async () => {
    const r = await run(['validate', VALID, INVALID, '--jobs', '1'], { errIsTTY: true, errColumns: 100 });
    // eslint-disable-next-line no-control-regex -- the progress bar ends with the ANSI erase-line sequence ESC [K
    expect(r.err).toMatch(/\r\[=+\] 2\/2 {2}[0-9.]+ filings\/s {2}0:00 left {2}1 invalid\x1b\[K\n$/);
    expect(r.out).toContain('fixtures/demo/vat-return-invalid.xbrl: invalid (6 errors)');
    expect(progressLine({ done: 50, invalid: 3, unvalidated: 1 }, 200, 10_000, 80)).toBe(
      '[====>           ] 50/200  5.0 filings/s  0:30 left  3 invalid, 1 not validated',
    );
  });

  it('--jobs 2 gives the findings of --jobs 1; a separate process with stderr piped prints no progress', async () => {
    const inputs = [VALID, join(dir, 'not-xml.xbrl'), INVALID, join(dir, 'filings/2024/q1/return.xbrl')];
    const one = await run(['validate', ...inputs, '--format', 'json', '--jobs', '1']);
    const script = `import { main } from ${JSON.stringify(resolve(ROOT, 'src/cli/main.ts'))}; main(['node', 'sbr', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; });`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', script, '--', 'validate', ...inputs, '--format', 'json', '--jobs', '2'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(2);
    expect(one.code).toBe(2);
    expect(untimed(child.stdout)).toEqual(untimed(one.out));
  }, 120_000);

  it("a worker thread that dies is that input's result (sbr:workerCrashed); the batch goes on", async () => {
    const crash = join(dir, 'crash-me.xbrl');
    writeFileSync(crash, readFileSync(join(dir, 'filings/2024/q1/return.xbrl')));
    process.env['SBR_BATCH_CRASH_MARKER'] = 'crash-me';
    try {
      const r = await run(['validate', VALID, crash, INVALID, '--format', 'jsonl', '--jobs', '2']);
      expect(r.code).toBe(2);
      const lines = r.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; valid: boolean; findings: { code: string }[] });
      const byFile = new Map(lines.map((l) => [l.file, l]));
      expect(byFile.size).toBe(3);
      expect(byFile.get(crash)!.findings.map((f) => f.code)).toEqual(['sbr:workerCrashed']);
      expect(byFile.get(VALID)!.valid).toBe(true);
      expect(byFile.get(INVALID)!.findings.length).toBe(6);
    } finally {
      delete process.env['SBR_BATCH_CRASH_MARKER'];
    }
  }, 120_000);

  it('--jobs takes a whole number from 1 to 64', async () => {
    const r = await run(['validate', VALID, INVALID, '--jobs', '0', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).findings[0].code).toBe('sbr:usage');
  });
});
