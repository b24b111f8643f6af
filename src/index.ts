/**
 * sbr-validator library API.
 *
 * - `validate(files, options)`: validate XBRL instances (or taxonomy documents); returns `{ valid, findings, documents }`.
 * - `loadDts(entryPoints, options)`: discover and compile a taxonomy; returns `{ dts, taxonomy }` with the plain-data `CompiledTaxonomy`.
 * - `Resolver`: URL resolution through taxonomy packages, catalogs and cache folders (offline by default).
 * - `compileArtifactFrom(entryPoints, options)` / `Validator.load(bytesOrPath)` then `validator.validate(filing)`: a taxonomy
 *   compiled once into a validator artifact (`.sbrv`) validates filings without the taxonomy (src/artifact).
 * - `diffTaxonomies(old, new)`: what changed between two releases of a taxonomy (src/diff, docs/diff.md).
 */
import { registerFormulaEngine } from './formula/engine.js';
import { formulaProcessor } from './formula/engine-full.js';

// the synchronous API (loadDts, compileArtifactFrom, liveTaxonomySource) compiles formula linkbases at once: the
// formula processor is registered here, not loaded on first need (src/formula/engine.ts)
registerFormulaEngine(formulaProcessor);

export { Validator, compileArtifactFrom, type NodeValidatorOptions } from './artifact/node.js';
export { compileArtifact, type CompiledArtifact } from './artifact/compile.js';
export type { ArtifactHeader } from './artifact/format.js';
export type { Filing, ValidatorOptions } from './artifact/validator.js';
export {
  validateBytes,
  liveTaxonomySource,
  type TaxonomySource,
  type LoadedTaxonomy,
  type SchemaValidator,
} from './validate/core.js';
export {
  validate,
  loadDts,
  type ValidateOptions,
  type ValidationResult,
  type DocumentResult,
  type LoadedDts,
} from './validate/node.js';
export type {
  CompiledTaxonomy,
  Concept,
  Network,
  Relationship,
  SimpleType,
  RoleType,
  ArcroleType,
  Resource,
} from './compile/types.js';
export type { Instance, Fact, Context, Unit } from './instance/types.js';
export { FatalInputError, type Finding, type Severity, type SourceLocation } from './findings.js';
export { Resolver, type ResolverOptions } from './resolve/index.js';
export { compileDts } from './compile/compile.js';
export { discoverDts, type Dts } from './dts/discover.js';
export { formatText } from './report/text.js';
export { formatJson } from './report/json.js';
export { summarizeDts, type DtsSummary } from './report/dts.js';
export type { Rule, RuleContext } from './rules/types.js';
export { diffTaxonomies } from './diff/diff.js';
export { filingImpact, type FilingImpact } from './diff/filing.js';
export type { TaxonomyDiff, DiffSummary, DiffChanges } from './diff/types.js';
