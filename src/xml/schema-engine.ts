/**
 * In-process runner for xmllint-wasm (libxml2's `xmllint` compiled to WebAssembly with Emscripten).
 *
 * The package's own `validateXML` starts a worker thread for every call, which reads and compiles the
 * 780 KB wasm binary again each time. Here the Emscripten glue (`xmllint-node.js`) is evaluated once in
 * this thread and the wasm binary is compiled once into a `WebAssembly.Module`; each run only
 * instantiates that module (fresh linear memory and MEMFS, so runs are independent and may overlap)
 * and calls xmllint's `main`. A run costs a few milliseconds plus whatever libxml2 itself spends.
 *
 * The glue file also contains a worker bootstrap (`initWorker`) that registers a `message` listener on
 * `worker_threads.parentPort`, and Emscripten's exit handler writes `process.exitCode`. The glue is
 * therefore evaluated with a `require` that hands it an inert `parentPort` and a `process` whose
 * `exitCode` is a private property, so neither touches the host process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readHeapLayout, type HeapLayout } from './wasm-heap-layout.js';

export interface XmllintInputFile {
  /** Path inside the in-memory file system, without the leading slash (e.g. `x/3/a.xsd`). */
  fileName: string;
  contents: Uint8Array | string;
}

export interface XmllintRun {
  /** xmllint exit code: 0 ok, 3/4 validation errors, 5 schema failed to compile, 9 out of memory, -1 wasm abort. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

// Minimal WebAssembly typings (the project's `lib` has no DOM and @types/node 20 does not declare them).
interface WasmModule {
  readonly __wasmModule?: never;
}
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, unknown>) => WasmInstance;
  Memory: new (desc: { initial: number; maximum: number }) => WasmMemory;
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface EmscriptenModuleArg {
  inputFiles: XmllintInputFile[];
  arguments: string[];
  print(text: string): void;
  printErr(text: string): void;
  onExit(code: number): void;
  onAbort(reason: unknown): void;
  wasmMemory: WasmMemory;
  instantiateWasm(
    imports: Record<string, unknown>,
    done: (instance: WasmInstance, module: WasmModule) => void,
  ): Record<string, unknown>;
}

type Factory = (arg: EmscriptenModuleArg) => Promise<unknown>;

interface Engine {
  factory: Factory;
  wasm: WasmModule;
  /** Where the module keeps its heap break; undefined when the binary is not recognised (then all is zeroed). */
  layout: HeapLayout | undefined;
}

let engine: Engine | undefined;

/** 64 KiB wasm pages: start at 32 MiB, allow growth up to 4 GiB (the wasm32 limit). */
const INITIAL_PAGES = 512;
const MAX_PAGES = 65536;

function loadEngine(): Engine {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('xmllint-wasm/package.json');
  const dir = dirname(pkgJson);
  const gluePath = join(dir, 'xmllint-node.js');
  const glue = readFileSync(gluePath, 'utf8');
  const fakeRequire = (id: string): unknown =>
    id === 'worker_threads' || id === 'node:worker_threads'
      ? { parentPort: { on() {}, postMessage() {} } }
      : require(id);
  const fakeProcess = Object.create(process) as NodeJS.Process;
  Object.defineProperty(fakeProcess, 'exitCode', { value: undefined, writable: true, configurable: true });
  const mod: { exports: unknown } = { exports: {} };
  const run = new Function('require', 'module', 'exports', '__filename', '__dirname', 'process', glue) as (
    ...args: unknown[]
  ) => void;
  run(fakeRequire, mod, mod.exports, gluePath, dir, fakeProcess);
  const factory = mod.exports as Factory;
  if (typeof factory !== 'function') throw new Error('xmllint-wasm: unexpected module shape (no Emscripten factory)');
  const bytes = readFileSync(join(dir, 'xmllint.wasm'));
  const wasm = new Wasm.Module(bytes);
  engine = { factory, wasm, layout: readHeapLayout(bytes) };
  return engine;
}

/**
 * Linear memories of finished runs, kept for the next run (at most `KEPT_MEMORIES`, each at most `KEPT_MEMORY_BYTES`).
 * A fresh 32 MiB memory per run costs its mapping and page faults, and every one counts as external memory to V8,
 * which starts full garbage collections to make up for it; zeroing a kept one is cheaper. A kept memory is filled
 * with zeros before it is reused, so each run starts from the same all-zero memory as with a fresh one (only its size
 * may be larger, if an earlier run grew it, which the program cannot observe).
 *
 * Only the bytes a run can have written are zeroed: `[0, break)`, with the heap break the run ended with (see
 * `wasm-heap-layout.ts`: static data and the stack lie below `__heap_base`, the heap between it and the break, and
 * the break never goes down). A run touches about 1 MiB of its 32, so this is what makes reuse cheap. After a run
 * that did not end by exiting (an abort or a trap), or when the binary's layout was not recognised, the whole
 * memory is zeroed.
 */
interface KeptMemory {
  memory: WasmMemory;
  /** Bytes from address 0 that may be non-zero. */
  dirtyBytes: number;
}
const kept: KeptMemory[] = [];
const KEPT_MEMORIES = 4;
const KEPT_MEMORY_BYTES = 64 * 1024 * 1024;

function acquireMemory(): WasmMemory {
  const k = kept.pop();
  if (!k) return new Wasm.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES });
  new Uint8Array(k.memory.buffer, 0, k.dirtyBytes).fill(0);
  return k.memory;
}

/**
 * The length of the prefix of `m` that a finished run can have written: its heap break when `exited` (the run
 * ended by exiting) and the layout is known and the break is plausible (at least `__heap_base`, within the memory),
 * else the whole memory.
 */
function writtenBytes(m: WasmMemory, layout: HeapLayout | undefined, exited: boolean): number {
  const size = m.buffer.byteLength;
  if (!layout || !exited) return size;
  const brk = new DataView(m.buffer).getUint32(layout.breakAddress, true);
  return brk >= layout.heapBase && brk <= size ? brk : size;
}

function releaseMemory(m: WasmMemory, dirtyBytes: number): void {
  if (kept.length < KEPT_MEMORIES && m.buffer.byteLength <= KEPT_MEMORY_BYTES) kept.push({ memory: m, dirtyBytes });
}

/** Test hooks: the kept memories (handed out zeroed by the next run), and the engine's heap layout. */
export const engineInternals = {
  /** The memory the next run would get, zeroed as it would be (it stays kept, to be zeroed in full next time). */
  takeMemory(): Uint8Array | undefined {
    if (kept.length === 0) return undefined;
    const m = acquireMemory();
    kept.push({ memory: m, dirtyBytes: m.buffer.byteLength });
    return new Uint8Array(m.buffer);
  },
  /** The bytes of the memory the next run would get, before zeroing, and how many of them would be zeroed. */
  peekKept(): { bytes: Uint8Array; dirtyBytes: number } | undefined {
    const k = kept[kept.length - 1];
    return k && { bytes: new Uint8Array(k.memory.buffer), dirtyBytes: k.dirtyBytes };
  },
  heapLayout(): HeapLayout | undefined {
    return loadEngine().layout;
  },
};

/**
 * Runs `xmllint args...` over an in-memory file system holding `files`. Never rejects for xmllint's own
 * failures (they come back as exit codes and stderr); rejects only when the engine cannot be loaded.
 */
export async function runXmllint(files: XmllintInputFile[], args: string[]): Promise<XmllintRun> {
  const { factory, wasm, layout } = loadEngine();
  let stdout = '';
  let stderr = '';
  let exitCode: number | undefined;
  const savedExitCode = process.exitCode;
  const memory = acquireMemory();
  let exited = false;
  try {
    await factory({
      inputFiles: files,
      arguments: args,
      print(text) {
        stdout += text + '\n';
      },
      printErr(text) {
        stderr += text + '\n';
      },
      onExit(code) {
        exitCode = code;
        exited = true;
      },
      onAbort(reason) {
        exitCode = -1;
        exited = false;
        stderr += `WASM Abort: ${String(reason)}\n`;
      },
      wasmMemory: memory,
      instantiateWasm(imports, done) {
        const instance = new Wasm.Instance(wasm, imports);
        done(instance, wasm);
        return instance.exports;
      },
    });
  } catch (e) {
    exited = false;
    if (exitCode === undefined) {
      exitCode = -1;
      stderr += `WASM failure: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  } finally {
    releaseMemory(memory, writtenBytes(memory, layout, exited));
    // Belt and braces: the glue was given a private `process.exitCode`, but never let a run change ours.
    if (process.exitCode !== savedExitCode) process.exitCode = savedExitCode;
  }
  return { exitCode: exitCode ?? 0, stdout, stderr };
}
