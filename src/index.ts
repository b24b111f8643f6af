/**
 * sbr-validator library API.
 *
 * - `validate(files, options)`: validate XBRL instances (or taxonomy documents); returns `{ valid, findings, documents }`.
 * - `loadDts(entryPoints, options)`: discover and compile a taxonomy; returns `{ dts, taxonomy }` with the plain-data `CompiledTaxonomy`.
 * - `Resolver`: URL resolution through taxonomy packages, catalogs and cache folders (offline by default).
 */
export { validate, loadDts, type ValidateOptions, type ValidationResult, type DocumentResult, type LoadedDts } from './validate.js';
export type { CompiledTaxonomy, Concept, Network, Relationship, SimpleType, RoleType, ArcroleType, Resource } from './compile/types.js';
export type { Instance, Fact, Context, Unit } from './instance/types.js';
export { FatalInputError, type Finding, type Severity, type SourceLocation } from './findings.js';
export { Resolver, type ResolverOptions } from './resolve/index.js';
export { compileDts } from './compile/compile.js';
export { discoverDts, type Dts } from './dts/discover.js';
export { formatText } from './report/text.js';
export { formatJson } from './report/json.js';
export { summarizeDts, type DtsSummary } from './report/dts.js';
export type { Rule, RuleContext } from './rules/types.js';
