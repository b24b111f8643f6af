import { NS } from '../../../dts/namespaces.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FR_NL } from './util.js';

/** FR-NL-2.05: the `link:linkbaseRef` element MUST NOT occur. */
export const frNl205: NtRule = {
  code: 'NL.FR-NL-2.05',
  spec: `${SPEC_FR_NL}, FR-NL-2.05`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `link:linkbaseRef to ${p.href} is not allowed; remove it (the entry point brings the linkbases)`,
    nl: (p) => `link:linkbaseRef naar ${p.href} is niet toegestaan; verwijder het (het entrypoint bevat de linkbases)`,
  },
  check(ctx) {
    for (const c of ctx.doc?.root.children ?? []) {
      if (c.ns === NS.link && c.local === 'linkbaseRef')
        ctx.report({ href: c.attrs.get(`{${NS.xlink}}href`) ?? '' }, at(c));
    }
  },
};
