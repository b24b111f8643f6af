/**
 * Reused xmllint-wasm memories (issue 14): a kept WebAssembly.Memory is zeroed only up to the heap break its last
 * run ended with (src/xml/wasm-heap-layout.ts), and still every run starts from an all-zero memory, as a fresh one
 * would. Checked after runs that write a lot (a 4 MB value, valid and invalid): no byte at or above the bound is
 * non-zero, the memory the next run gets is entirely zero, and small runs after them give what they give in a
 * fresh process (schema-engine-child.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineInternals } from '../../src/xml/schema-engine.js';
import { readHeapLayout } from '../../src/xml/wasm-heap-layout.js';
import { BIG_BODIES, smallResults, validate } from './schema-engine-runs.js';

const CHILD = resolve(dirname(fileURLToPath(import.meta.url)), 'schema-engine-child.ts');

/** Index one past the last non-zero byte of `bytes` (0 when all are zero). */
function nonZeroEnd(bytes: Uint8Array, from = 0): number {
  for (let i = bytes.length - 1; i >= from; i--) if (bytes[i] !== 0) return i + 1;
  return 0;
}

describe('readHeapLayout', () => {
  it("finds xmllint-wasm 5.3.0's sbrk break word and __heap_base (read by hand from the disassembly)", () => {
    const require = createRequire(import.meta.url);
    const wasm = join(dirname(require.resolve('xmllint-wasm/package.json')), 'xmllint.wasm');
    // sbrk: i32.const 81020; i32.load ...; the data segment at 81016 holds 200912 there; __stack_pointer starts at 200912
    expect(readHeapLayout(readFileSync(wasm))).toEqual({ breakAddress: 81020, heapBase: 200912, stackTop: 200912 });
    expect(engineInternals.heapLayout()).toEqual({ breakAddress: 81020, heapBase: 200912, stackTop: 200912 });
  });

  it('vouches for no other binary: an empty module, a truncated one, not wasm', () => {
    expect(readHeapLayout(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]))).toBeUndefined();
    expect(
      readHeapLayout(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x0a, 0x7f])),
    ).toBeUndefined();
    expect(readHeapLayout(new TextEncoder().encode('<xs:schema/>'))).toBeUndefined();
  });
});

describe('a kept memory after a run that wrote a lot', () => {
  it.each([
    ['invalid (4 MB value over maxLength)', BIG_BODIES[0]!, 3],
    ['valid (3 MB note)', BIG_BODIES[1]!, 0],
  ])('%s: nothing non-zero at or above the heap break, and the next run gets it all zero', async (_, body, exit) => {
    const run = await validate(body);
    expect(run.exitCode).toBe(exit);
    const kept = engineInternals.peekKept()!;
    expect(kept.bytes.length).toBe(32 * 1024 * 1024);
    // the run wrote megabytes (the value is copied several times), and the bound covers every non-zero byte
    expect(kept.dirtyBytes).toBeGreaterThan(4 * 1024 * 1024);
    expect(kept.dirtyBytes).toBeLessThan(kept.bytes.length);
    expect(nonZeroEnd(kept.bytes)).toBeGreaterThan(kept.dirtyBytes - 4096);
    expect(nonZeroEnd(kept.bytes, kept.dirtyBytes)).toBe(0);
    const next = engineInternals.takeMemory()!;
    expect(next.length).toBe(32 * 1024 * 1024);
    expect(nonZeroEnd(next)).toBe(0);
  });

  it('small runs after the big ones give what they give in a fresh process', async () => {
    for (const body of BIG_BODIES) await validate(body);
    const after = await smallResults();
    const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const fresh = JSON.parse(r.stdout) as unknown;
    expect(after).toEqual(fresh);
    expect(after.map((x) => x.exitCode)).toEqual([0, 3, 3, 3]);
    expect(after[1]!.stderr).toContain("[facet 'maxLength'] The value has a length of '6'");
  });
});
