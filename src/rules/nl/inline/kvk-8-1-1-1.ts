import type { InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

export const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;

/** NL-KVK.8.1.1.1: the report package MUST NOT exceed 100 MB. */
export const kvk8111: InlineRule = {
  code: 'NL.NL-KVK.8.1.1.1.reportPackageMaximumSizeExceeded',
  spec: `${SPEC_KVK}, NL-KVK.8.1.1.1`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The report package is ${p.mb} MB; the limit is 100 MB (compress or reduce the images)`,
    nl: (p) => `Het rapportpakket is ${p.mb} MB; de grens is 100 MB (comprimeer of verklein de afbeeldingen)`,
  },
  check(ctx) {
    if (ctx.packageSize > MAX_PACKAGE_BYTES)
      ctx.report({ mb: (ctx.packageSize / 1024 / 1024).toFixed(1) }, { file: ctx.location });
  },
};
