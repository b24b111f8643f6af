/**
 * `validateAgainstSchemas` (src/xml/schema-validate.ts, XML Schema 1.0 Part 1 validation with libxml2 through
 * xmllint-wasm) imported on its first call: the default schema validator of `validate()` and the Node `Validator`, so
 * that a run whose filings the schema-validity proof settles (src/validate/core.ts `instanceSchemaFindings`) or that
 * validates no instance does not load the libxml2 glue (issue 14 "Start"). Same arguments, same findings.
 */
import type { validateAgainstSchemas } from './schema-validate.js';

/** `validateAgainstSchemas`, its module imported when first called. */
export const validateAgainstSchemasOnDemand: typeof validateAgainstSchemas = async (doc, schemas, roots, options) =>
  (await import('./schema-validate.js')).validateAgainstSchemas(doc, schemas, roots, options);
