/** Runs the CLI in-process and captures its output (issue 11 tests). */
import { main } from '../../src/cli/main.js';

export async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'sbr', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
