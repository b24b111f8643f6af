import { NS } from '../../../dts/namespaces.js';
import type { NtRule } from '../types.js';
import { at, SPEC_FR_KVK } from './util.js';

/**
 * FR-KVK-2.03: `link:schemaRef/@xlink:href` MUST be the full web location of a published entry point of the annual
 * reporting taxonomy: `http(s)://www.nltaxonomie.nl/ntNN/kvk/DATE/entrypoints/NAME.xsd`.
 */
export const frKvk203: NtRule = {
  code: 'NL.FR-KVK-2.03',
  spec: `${SPEC_FR_KVK}, FR-KVK-2.03`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) =>
      `schemaRef "${p.href}" is not the web location of a published KvK entry point; use e.g. https://www.nltaxonomie.nl/nt${p.nt}/kvk/<date>/entrypoints/<entry point>.xsd`,
    nl: (p) =>
      `schemaRef "${p.href}" is niet het webadres van een gepubliceerd KvK-entrypoint; gebruik bijvoorbeeld https://www.nltaxonomie.nl/nt${p.nt}/kvk/<datum>/entrypoints/<entrypoint>.xsd`,
  },
  check(ctx) {
    for (const c of ctx.doc?.root.children ?? []) {
      if (c.ns !== NS.link || c.local !== 'schemaRef') continue;
      const href = (c.attrs.get(`{${NS.xlink}}href`) ?? '').trim();
      if (!/^https?:\/\/www\.nltaxonomie\.nl\/nt\d+\/kvk\/\d{8}\/entrypoints\/[\w.-]+\.xsd$/.test(href))
        ctx.report({ href, nt: ctx.nt }, at(c));
    }
  },
};
