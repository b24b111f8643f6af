// `node --import ./loaded-modules.mjs ...`: every module the process loads through the ESM loader (its file: URL, or
// node:*) is appended, one a line, to the file named by SBR_LOADED_MODULES (tests/cli/start-modules.test.ts).
import { register } from 'node:module';

register('./loaded-modules-hooks.mjs', import.meta.url);
