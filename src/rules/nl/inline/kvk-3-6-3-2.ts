import type { InlineRule } from '../types.js';
import { reportNameParts, SPEC_KVK } from './util.js';

/** NL-KVK.3.6.3.2: the report file name SHOULD be {base}-{date}-{lang}.{extension}, extension html, htm or xhtml. */
export const kvk3632: InlineRule = {
  code: 'NL.NL-KVK.3.6.3.2.documentNameDoesNotFollowNamingConvention',
  spec: `${SPEC_KVK}, NL-KVK.3.6.3.2`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) =>
      `The file name ${p.name} does not follow {base}-{date}-{lang}.{extension} (e.g. entity-2024-12-31-nl.xhtml)`,
    nl: (p) =>
      `De bestandsnaam ${p.name} volgt niet {base}-{datum}-{taal}.{extensie} (bijvoorbeeld entiteit-2024-12-31-nl.xhtml)`,
  },
  check(ctx) {
    for (const d of ctx.documents) {
      const parts = reportNameParts(d.fileName);
      if (!parts || !['html', 'htm', 'xhtml'].includes(parts.ext)) ctx.report({ name: d.fileName }, { file: d.url });
    }
  },
};
