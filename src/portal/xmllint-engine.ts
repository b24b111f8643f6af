/**
 * libxml2's `xmllint` (xmllint-wasm) in a browser thread: the same `runXmllint(files, args)` as the Node engine
 * (src/xml/schema-engine.ts), which the portal bundle uses in its place (`src/portal/build.ts` maps the import), so
 * src/xml/schema-validate.ts validates against the artifact's schemas in the Web Worker exactly as `sbr validate
 * --validator` does in Node: same libxml2 build, same arguments, same schema preparation, same diagnostics mapping.
 *
 * The package's own browser API starts one worker per call; here, as in Node, the Emscripten glue
 * (`xmllint-browser.mjs`, made an ES module with a default export by the build) is bundled once and the wasm binary
 * (`xmllint.wasm`, copied beside the bundle) is fetched and compiled once per thread into a `WebAssembly.Module`;
 * each run instantiates it with fresh linear memory and MEMFS. The glue's worker bootstrap listens for messages
 * tagged `xmllint-wasm` only, so it leaves the portal's own messages alone.
 */
import createXmllint from 'xmllint-wasm/xmllint-browser.mjs';

// The run's shapes are the Node engine's (type-only: nothing of node:fs reaches the bundle).
import type { XmllintInputFile, XmllintRun } from '../xml/schema-engine.js';
export type { XmllintInputFile, XmllintRun };

/** 64 KiB wasm pages: start at 32 MiB, allow growth up to 4 GiB (the wasm32 limit), as the Node engine. */
const INITIAL_PAGES = 512;
const MAX_PAGES = 65536;

let wasm: Promise<WebAssembly.Module> | undefined;
let wasmUrl: string | URL = new URL('./xmllint.wasm', import.meta.url);

/** Where `xmllint.wasm` is fetched from (default: beside the bundle). Call before the first run. */
export function setXmllintWasmUrl(url: string | URL): void {
  wasmUrl = url;
  wasm = undefined;
}

function compiled(): Promise<WebAssembly.Module> {
  wasm ??= fetch(wasmUrl).then(async (r) => {
    if (!r.ok) throw new Error(`xmllint.wasm: ${r.status} ${r.statusText} (${String(wasmUrl)})`);
    return WebAssembly.compile(await r.arrayBuffer());
  });
  wasm.catch(() => (wasm = undefined)); // a failed fetch is tried again on the next run
  return wasm;
}

/**
 * Runs `xmllint args...` over an in-memory file system holding `files`. Never rejects for xmllint's own failures
 * (exit codes and stderr); rejects only when the wasm binary cannot be fetched or compiled.
 */
export async function runXmllint(files: XmllintInputFile[], args: string[]): Promise<XmllintRun> {
  const module = await compiled();
  let stdout = '';
  let stderr = '';
  let exitCode: number | undefined;
  try {
    await createXmllint({
      inputFiles: files,
      arguments: args,
      print(text: string) {
        stdout += text + '\n';
      },
      printErr(text: string) {
        stderr += text + '\n';
      },
      onExit(code: number) {
        exitCode = code;
      },
      onAbort(reason: unknown) {
        exitCode = -1;
        stderr += `WASM Abort: ${String(reason)}\n`;
      },
      wasmMemory: new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES }),
      instantiateWasm(
        imports: WebAssembly.Imports,
        done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
      ) {
        const instance = new WebAssembly.Instance(module, imports);
        done(instance, module);
        return instance.exports;
      },
    });
  } catch (e) {
    if (exitCode === undefined) {
      exitCode = -1;
      stderr += `WASM failure: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }
  return { exitCode: exitCode ?? 0, stdout, stderr };
}
