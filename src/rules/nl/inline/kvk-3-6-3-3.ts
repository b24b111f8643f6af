import type { InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.3.6.3.3: the report file name MUST only contain A-Z, a-z, 0-9, underscore, period and hyphen. */
export const kvk3633: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.3.documentFileNameIncludesCharactersNotAllowed',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.3`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `The file name ${p.name} contains characters other than A-Z, a-z, 0-9, _, . and -; rename the file`,
    nl: (p) => `De bestandsnaam ${p.name} bevat andere tekens dan A-Z, a-z, 0-9, _, . en -; hernoem het bestand`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      if (!/^[A-Za-z0-9_.-]+$/.test(d.fileName)) ctx.report({ name: d.fileName }, { file: d.url });
  },
};
