import { contextKey } from '../../../instance/equality.js';
import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-3.04: an instance MUST NOT contain duplicate `xbrli:context` elements (c-equal, XBRL 2.1 section 4.10). */
export const frNl304: NtRule = {
  code: 'NL.FR-NL-3.04',
  spec: `${SPEC_FR_NL}, FR-NL-3.04`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `Context ${p.context} is the same as context ${p.first} (entity, period, dimensions); use ${p.first} and remove ${p.context}`,
    nl: (p) =>
      `Context ${p.context} is gelijk aan context ${p.first} (entiteit, periode, dimensies); gebruik ${p.first} en verwijder ${p.context}`,
  },
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    const seen = new Map<string, string>();
    for (const el of inst.root.children) {
      if (el.local !== 'context') continue;
      const id = el.attrs.get('id');
      const c = id !== undefined ? inst.contexts.get(id) : undefined;
      if (!c || c.element !== el) continue;
      const k = contextKey(c, inst.declarations);
      const first = seen.get(k);
      if (first !== undefined) ctx.report({ context: c.id, first }, c);
      else seen.set(k, c.id);
    }
  },
};
