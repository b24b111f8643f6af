/**
 * ajv validators of the artifact's JSON Schema (schema.ts `artifactSchema`): imported only when they are needed — a
 * header that fails the hand check `isArtifactHeader` (for ajv's detailed message), or the full check of an artifact's
 * decoded content (bench/artifact.ts) — so that loading a sound artifact does not load and compile ajv (issue 14).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { ARTIFACT_SCHEMA_ID, artifactSchema } from './schema.js';

let headerValidator: ValidateFunction | undefined;
let fullValidator: ValidateFunction | undefined;
let ajv: Ajv2020 | undefined;

function getAjv(): Ajv2020 {
  ajv ??= new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
  if (!ajv.getSchema(ARTIFACT_SCHEMA_ID)) ajv.addSchema(artifactSchema);
  return ajv;
}

/** The header validator (compiled once per process). */
export function headerValidatorFn(): ValidateFunction {
  // the header definition has no $ref: compiled on its own, it costs a fraction of the whole schema
  headerValidator ??= new Ajv2020({ allErrors: false, strict: false, validateFormats: false }).compile(
    artifactSchema.$defs.header,
  );
  return headerValidator;
}

/** The full validator of the artifact's JSON view (compiled once per process). */
export function fullValidatorFn(): ValidateFunction {
  fullValidator ??= getAjv().getSchema(ARTIFACT_SCHEMA_ID)!;
  return fullValidator;
}

/** ajv's first error as one line. */
export function ajvMessage(v: ValidateFunction): string {
  const e = v.errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'is invalid';
}

/**
 * Why ajv refuses `header` against `$defs.header`: ajv's first error as one line (`/stats/concepts must be integer`),
 * or undefined when ajv accepts it (the hand check and ajv disagree; tests/artifact/header-check.test.ts says they do not).
 */
export function headerSchemaError(header: unknown): string | undefined {
  const v = headerValidatorFn();
  return v(header) ? undefined : ajvMessage(v);
}
