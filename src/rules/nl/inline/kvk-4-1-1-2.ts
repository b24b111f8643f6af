import type { InlineRule } from '../types.js';
import { linkbases, linkKinds } from './ext.js';
import { SPEC_KVK } from './util.js';

/** NL-KVK.4.1.1.2 (NL-GAAP/IFRS): each linkbase type MUST be in a separate linkbase file. */
export const kvk4112: InlineRule = {
  code: 'NL.NL-KVK.4.1.1.2.linkbasesNotSeparateFiles',
  spec: `${SPEC_KVK}, NL-KVK.4.1.1.2`,
  severity: 'error',
  applies: 'gaap',
  message: {
    en: (p) => `${p.file} holds ${p.kinds}; put each linkbase type in its own file`,
    nl: (p) => `${p.file} bevat ${p.kinds}; zet elk linkbasetype in een eigen bestand`,
  },
  check(ctx) {
    for (const l of linkbases(ctx)) {
      const k = linkKinds(l);
      if (k.size > 1)
        ctx.report(
          { file: l.fileName, kinds: [...k].join(', ') },
          { file: l.doc.url, line: l.doc.root.line, column: l.doc.root.column },
        );
    }
  },
};
