/** A libxml2 schema validator for the schema-proof pipeline tests that records how the pipeline called it. */
import type { SchemaValidator } from '../../src/validate/core.js';
import { validateAgainstSchemas } from '../../src/xml/schema-validate.js';

/**
 * `validateAgainstSchemas` that records each call's `pruneUnusedElements` in `calls`: undefined for a filing's own run,
 * false for the run over the whole schema set.
 */
export function countingValidator(): { calls: (boolean | undefined)[]; counting: SchemaValidator } {
  const calls: (boolean | undefined)[] = [];
  const counting: SchemaValidator = (doc, schemas, roots, options) => {
    calls.push(options?.pruneUnusedElements);
    return validateAgainstSchemas(doc, schemas, roots, options);
  };
  return { calls, counting };
}
