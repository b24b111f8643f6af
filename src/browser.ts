/**
 * Browser entry of sbr-validator (bundled by `npm run build:browser` into `dist/browser/sbr-validator.js`): validates
 * filings against a compiled validator artifact (`.sbrv`, made by `sbr compile`) with no Node built-in and no taxonomy
 * documents. XML Schema validation of the instance (xmllint-wasm) is not part of the browser build: pass a
 * `schemaValidator` to `validate` to add it.
 *
 * ```js
 * import { Validator } from './sbr-validator.js';
 * const validator = await Validator.load(new Uint8Array(await (await fetch('kvk-2024.sbrv')).arrayBuffer()));
 * const result = await validator.validate({ url: 'filing.xbrl', bytes: filingText }, { documents: memoryDocuments({ 'ext.xsd': extBytes }) });
 * ```
 */
import type { DocumentSource } from './dts/discover.js';
import { registerFormulaEngine } from './formula/engine.js';
import { formulaProcessor } from './formula/engine-full.js';
import * as fastXmlParser from 'fast-xml-parser';
import { registerConfigXmlParser } from './resolve/xmlconfig.js';

// the bundle holds the formula processor anyway: registered at once for the synchronous taxonomy sources
// (src/formula/engine.ts)
registerFormulaEngine(formulaProcessor);
// report packages' META-INF XML: no `require` in a browser to load fast-xml-parser on first use (src/resolve/xmlconfig.ts)
registerConfigXmlParser(fastXmlParser);

export { Validator, type Filing, type ValidatorOptions } from './artifact/validator.js';
export { validateFiling, filingKind } from './artifact/filing.js';
export { openReportPackageBytes } from './ixbrl/report-package-layout.js';
export type { ArtifactHeader } from './artifact/format.js';
export {
  validateBytes,
  liveTaxonomySource,
  type DocumentResult,
  type SchemaValidator,
  type TaxonomySource,
} from './validate/core.js';
export { FatalInputError, type Finding, type Severity } from './findings.js';
export { formatText } from './report/text.js';
export type { CompiledTaxonomy } from './compile/types.js';
export type { DocumentSource } from './dts/discover.js';

/** A DocumentSource over documents held in memory (a filing's extension schema and linkbases), by URL. */
export function memoryDocuments(docs: Record<string, Uint8Array | string>): DocumentSource {
  const enc = new TextEncoder();
  return {
    read(url) {
      const d = docs[url];
      return typeof d === 'string' ? enc.encode(d) : d;
    },
    describe: () => 'the documents given to the page',
  };
}
