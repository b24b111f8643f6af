import { NS } from '../../../dts/namespaces.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FR_NL } from './util.js';

/** FR-NL-2.04: the `link:schemaRef` element MUST NOT appear more than once. */
export const frNl204: NtRule = {
  code: 'NL.FR-NL-2.04',
  spec: `${SPEC_FR_NL}, FR-NL-2.04`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `The instance has ${p.n} link:schemaRef elements; keep only the one to the entry point`,
    nl: (p) => `Het instance-document heeft ${p.n} link:schemaRef-elementen; laat alleen die naar het entrypoint staan`,
  },
  check(ctx) {
    const refs = ctx.doc?.root.children.filter((c) => c.ns === NS.link && c.local === 'schemaRef') ?? [];
    if (refs.length > 1) ctx.report({ n: refs.length }, at(refs[1]!));
  },
};
