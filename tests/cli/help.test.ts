/**
 * The help texts of `sbr` are a CLI contract (issue 14 "Start": the commands' modules are imported lazily, the help
 * must stay byte-identical). tests/cli/help/<command>.txt is the output of `sbr <command> --help` at 80 columns,
 * taken from the CLI as it was before the lazy imports; a changed flag or wording shows here as a diff.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const COMMANDS = [
  [],
  ['validate'],
  ['profiles'],
  ['extract'],
  ['compile'],
  ['dts'],
  ['conformance'],
  ['diff'],
  ['queue'],
  ['queue', 'worker'],
  ['queue', 'submit'],
  ['queue', 'status'],
  ['serve'],
  ['packages'],
];

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const snapshot = (cmd: string[]) =>
  readFileSync(resolve(__dirname, 'help', `${['sbr', ...cmd].join('-')}.txt`), 'utf8');

describe('sbr --help', () => {
  // commander wraps at the terminal's width when stdout is a terminal; the snapshots are at its default, 80 columns
  const tty = process.stdout.isTTY;
  beforeAll(() => {
    process.stdout.isTTY = false;
  });
  afterAll(() => {
    process.stdout.isTTY = tty;
  });

  for (const cmd of COMMANDS) {
    it(`sbr ${[...cmd, '--help'].join(' ')} prints tests/cli/help/${['sbr', ...cmd].join('-')}.txt, exit 0`, async () => {
      const r = await run(...cmd, '--help');
      expect(r.out).toBe(snapshot(cmd));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    });
  }

  it('sbr help <command> prints the same as sbr <command> --help', async () => {
    expect((await run('help', 'validate')).out).toBe(snapshot(['validate']));
    expect((await run('queue', 'help', 'worker')).out).toBe(snapshot(['queue', 'worker']));
    expect((await run('help')).out).toBe(snapshot([]));
  });

  it('sbr without a command prints the help on stderr and exits 2', async () => {
    const r = await run();
    expect(r.out).toBe('');
    expect(r.err).toBe(snapshot([]));
    expect(r.code).toBe(2);
  });

  it('an unknown command or option is a usage error (exit 2) followed by the help', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain("error: unknown command 'frobnicate'");
    const o = await run('validate', '--bogus', 'x.xbrl');
    expect(o.code).toBe(2);
    expect(o.err).toBe("error: unknown option '--bogus'\n\n" + snapshot(['validate']));
  });
});

/**
 * The static imports of src/cli/main.ts, followed through the files they import (type-only imports and `import()`
 * expressions excluded): what `sbr --version` and `sbr --help` load. Anything else (the validator, xmllint-wasm, the
 * formula engine, the server) belongs inside a command's action.
 */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith('.ts')) return seen;
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'([^']+)';/gms)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) staticImports(resolve(file, '..', spec.replace(/\.js$/, '.ts')), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('sbr --version and --help load only commander and the command declarations', () => {
  it('src/cli/main.ts imports no library module statically', () => {
    const root = resolve(__dirname, '../..');
    const loaded = [...staticImports(resolve(root, 'src/cli/main.ts'))]
      .map((f) => (f.startsWith(root) ? f.slice(root.length + 1) : f))
      .sort();
    expect(loaded).toEqual([
      'commander',
      'node:fs',
      'node:path',
      'src/cli/choices.ts',
      'src/cli/config.ts',
      'src/cli/main.ts',
      'src/diff/cli.ts',
      'src/findings.ts',
      'src/queue/command.ts',
      'src/report/json.ts',
    ]);
  });
});

describe('sbr validate loads what a filing without a profile needs', () => {
  it('the static imports of src/cli/validate.ts hold no NL rule, server or queue module', () => {
    const root = resolve(__dirname, '../..');
    const loaded = [...staticImports(resolve(root, 'src/cli/validate.ts'))].map((f) =>
      f.startsWith(root) ? f.slice(root.length + 1) : f,
    );
    expect(loaded).toContain('src/validate/node.ts');
    expect(loaded).toContain('src/rules/nl/validate-xml.ts');
    const lazy = loaded.filter((f) =>
      /^(src\/rules\/nl\/(nt|inline)\/|src\/server\/|src\/queue\/|src\/batch\/index|fastify|piscina|bullmq|ioredis)/.test(
        f,
      ),
    );
    expect(lazy).toEqual([]);
  });
});

describe('bin/sbr.js --version', () => {
  it('answers --version and -V without the CLI, with the bytes commander prints', async () => {
    const commander = await run('--version');
    for (const flag of ['--version', '-V']) {
      const r = spawnSync(process.execPath, [resolve(__dirname, '../../bin/sbr.js'), flag], { encoding: 'utf8' });
      expect(r.stdout).toBe(commander.out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});
