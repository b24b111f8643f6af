import { XML_NS } from '../../../xml/parse.js';
import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XHTML } from './util.js';

/** NL-KVK.3.4.2.1: xml:base attributes and the html `<base>` element SHOULD NOT be used. */
export const kvk3421: InlineRule = {
  code: 'NL.NL-KVK.3.4.2.1.htmlOrXmlBaseUsed',
  spec: `${SPEC_KVK}, NL-KVK.3.4.2.1`,
  severity: 'warning',
  applies: 'all',
  message: {
    en: (p) => `${p.what} is used; remove it and use relative references within the package`,
    nl: (p) => `${p.what} wordt gebruikt; verwijder het en gebruik relatieve verwijzingen binnen het pakket`,
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.attrs.has(`{${XML_NS}}base`)) ctx.report({ what: `xml:base on <${el.qname}>` }, ixLoc(el));
        if (el.ns === XHTML && el.local === 'base') ctx.report({ what: 'The <base> element' }, ixLoc(el));
      }
  },
};
