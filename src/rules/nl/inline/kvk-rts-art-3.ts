import type { InlineRule } from '../types.js';
import { SPEC_KVK, XHTML } from './util.js';

/**
 * NL-KVK.RTS_Art_3: annual reports MUST be filed in XHTML: the root is an XHTML html element and the document has no
 * HTML DOCTYPE (`htmlDoctype`) nor an XHTML DTD DOCTYPE (`xhtmlDoctype`; Inline XBRL documents are validated by schema).
 */
export const kvkRtsArt3: InlineRule = {
  code: 'NL.NL-KVK.RTS_Art_3.htmlDoctype',
  spec: `${SPEC_KVK}, NL-KVK.RTS_Art_3`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `${p.name} ${p.why}; file the annual report as XHTML (an html root in the XHTML namespace, no DOCTYPE)`,
    nl: (p) =>
      `${p.name} ${p.whyNl}; deponeer het jaarverslag als XHTML (html-root in de XHTML-namespace, zonder DOCTYPE)`,
  },
  others: {
    'NL.NL-KVK.RTS_Art_3.xhtmlDoctype': {
      en: (p) =>
        `${p.name} has an XHTML DTD DOCTYPE (${p.doctype}); remove it: Inline XBRL documents are XHTML without a DTD`,
      nl: (p) =>
        `${p.name} heeft een XHTML DTD-DOCTYPE (${p.doctype}); verwijder die: Inline XBRL-documenten zijn XHTML zonder DTD`,
    },
  },
  check(ctx) {
    for (const d of ctx.documents) {
      const m = /<!DOCTYPE([^>]*)>/i.exec(d.text);
      if (m) {
        if (/XHTML/i.test(m[1]!))
          ctx.report({ name: d.fileName, doctype: m[0].trim() }, { file: d.url }, 'NL.NL-KVK.RTS_Art_3.xhtmlDoctype');
        else
          ctx.report(
            {
              name: d.fileName,
              why: `has an HTML DOCTYPE (${m[0].trim()})`,
              whyNl: `heeft een HTML-DOCTYPE (${m[0].trim()})`,
            },
            { file: d.url },
          );
      } else if (d.doc.root.ns !== XHTML || d.doc.root.local !== 'html') {
        ctx.report(
          {
            name: d.fileName,
            why: `has the root element ${d.doc.root.qname}, not an XHTML html element`,
            whyNl: `heeft het root-element ${d.doc.root.qname}, geen XHTML html-element`,
          },
          { file: d.url },
        );
      }
    }
  },
};
