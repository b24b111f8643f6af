/**
 * One input of a batch, validated as `sbr validate` validates it: the same `validate()` with the same options, in a
 * context that lives as long as its thread (or the process, with one job) so that what inputs share is loaded once:
 * one Resolver (taxonomy packages and catalogs opened once), the validator artifact loaded once, and each live-discovered
 * DTS discovered and compiled once (`sharedTaxonomySource`). No validation logic here.
 */
import { Validator } from '../artifact/node.js';
import { FatalInputError } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { liveTaxonomySource, sharedTaxonomySource } from '../validate/core.js';
import { Resolver } from '../resolve/index.js';
import { unvalidatedResult, validate, type DocumentResult, type ValidateOptions } from '../validate/node.js';
import { resolve as resolvePath } from 'node:path';

/**
 * The options of a batch, as plain data (they cross into worker threads): those of `validate()` without a resolver or a
 * taxonomy source, plus the path of a validator artifact (`--validator`).
 */
export type BatchValidateOptions = Omit<ValidateOptions, 'resolver' | 'taxonomies' | 'keepGoing'> & {
  /** Path of a `.sbrv` validator artifact (loaded once per thread). */
  validator?: string;
};

/** Validates one input; always resolves, an input that could not be validated being one `unvalidated` document. */
export type ValidateOne = (input: string) => Promise<DocumentResult[]>;

/**
 * A validation context for a batch's inputs: everything the inputs share is created here, once.
 * @param loaded the artifact of `options.validator` when the caller has it loaded already (same thread)
 * @throws FatalInputError the refusals of `Validator.load` for `options.validator`
 */
export async function batchContext(options: BatchValidateOptions, loaded?: Validator): Promise<ValidateOne> {
  const { validator: artifact, ...rest } = options;
  const opts: ValidateOptions = { ...rest, keepGoing: true };
  opts.resolver = Resolver.create(opts);
  if (artifact) {
    const validator = loaded ?? (await Validator.load(artifact));
    opts.taxonomies = sharedTaxonomySource(validator.taxonomySource(opts.resolver));
    // the profile recorded by `sbr compile --profile` applies unless --profile says otherwise (as in src/cli/main.ts)
    if (!opts.profile && validator.header.profile) opts.profile = validator.header.profile;
  } else {
    opts.taxonomies = sharedTaxonomySource(liveTaxonomySource(opts.resolver));
  }
  return async (input) => {
    try {
      return (await validate([input], opts)).documents;
    } catch (e) {
      // keepGoing turns every FatalInputError into an unvalidated document; anything else is this processor's fault,
      // and still only that input's result
      const f =
        e instanceof FatalInputError
          ? e.finding
          : paramFinding(
              'sbr:internal',
              'error',
              { k: 'input', input, reason: (e as Error).message },
              { file: resolvePath(input) },
            );
      return [unvalidatedResult(resolvePath(input), f)];
    }
  };
}
