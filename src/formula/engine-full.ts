/**
 * The whole XBRL Formula processor (compile and evaluate, with the XPath 2.0 engine): imported by
 * `loadFormulaEngine()` (engine.ts) when a taxonomy has formulas, or statically by the synchronous entry points that
 * register it (`registerFormulaEngine(formulaProcessor)`: src/index.ts, src/browser.ts, `sbr compile`, `sbr dts`, ...).
 */
import { compileFormula } from './compile.js';
import type { FormulaEngine } from './engine.js';
import { runFormulas } from './evaluate.js';

export const formulaProcessor: FormulaEngine = { compileFormula, runFormulas };
