// `node --import tsx tests/cli/helpers/run-cli.ts ARGS`: the sbr CLI from src/ (no dist/ needed), as bin/sbr.js runs it.
import { main } from '../../../src/cli/main.js';

process.exitCode = await main(process.argv);
