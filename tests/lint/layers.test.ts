/**
 * The layer rules of eslint.config.js (docs/architecture.md) in force: a module that imports a higher layer, or a
 * portable module that imports a Node built-in, fails `npm run lint` with a message naming both layers. Lints a few
 * lines of text as if they were a file in src/, with the repository's own configuration.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it('puts every module of src/ in a layer (a module in none would escape the rules)', async () => {
    const config = resolve(__dirname, '../../eslint.config.js');
    const { layerOf } = (await import(pathToFileURL(config).href)) as { layerOf(file: string): string | undefined };
    const root = resolve(__dirname, '../..');
    const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
      .filter((f) => /\.(ts|mjs)$/.test(f))
      .map((f) =>
        relative(root, join(root, 'src', f))
          .split('\\')
          .join('/'),
      );
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
    expect(layerOf('src/xml/parse.ts')).toBe('xml');
    expect(layerOf('src/ixbrl/inline.ts')).toBe('node');
  });

  it('refuses an import of a higher layer, naming both layers', async () => {
    const m = await messages(
      'src/xml/probe.ts',
      "import { discoverDts } from '../dts/discover.js';\nexport const f = discoverDts;\n",
    );
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^import-x\/no-restricted-paths: .*layer 'xml' \(.*\) may not import layer 'dts'/);
  });

  it('refuses the core importing the Node wrapper', async () => {
    const m = await messages(
      'src/rules/probe.ts',
      "import { validate } from '../validate/node.js';\nexport const f = validate;\n",
    );
    expect(m.join('\n')).toMatch(/layer 'rules' \(.*\) may not import layer 'node'/);
  });

  it('takes a file placed below its folder for its placed layer (src/batch/inputs.ts is node, not apps)', async () => {
    const code = "import { inputFilings } from '../batch/inputs.js';\nexport const f = inputFilings;\n";
    expect(await messages('src/validate/node.ts', code)).toEqual([]);
    const m = await messages('src/rules/probe.ts', code);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/layer 'rules' \(.*\) may not import layer 'node'/);
  });

  it('allows an import of a lower layer', async () => {
    const m = await messages(
      'src/dts/probe.ts',
      "import { parseXml } from '../xml/parse.js';\nimport { finding } from '../findings.js';\nexport const f = [parseXml, finding];\n",
    );
    expect(m).toEqual([]);
  });

  it('allows the type-only exception only as a type import', async () => {
    const typeOnly = await messages(
      'src/compile/probe.ts',
      "import type { FormulaModel } from '../formula/model.js';\nexport type M = FormulaModel;\n",
    );
    expect(typeOnly).toEqual([]);
    const value = await messages(
      'src/compile/probe.ts',
      "import { FormulaModel } from '../formula/model.js';\nexport type M = FormulaModel;\n",
    );
    expect(value.join('\n')).toMatch(/layer 'compile' may import only types from src\/formula\/model\.ts/);
  });

  it('refuses a Node built-in in a portable module, not in src/resolve', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n";
    expect((await messages('src/compile/probe.ts', code)).join('\n')).toMatch(
      /^no-restricted-imports: .*Node built-ins only in src\/resolve/,
    );
    expect(await messages('src/resolve/probe.ts', code)).toEqual([]);
  });
});
