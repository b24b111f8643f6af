import type { InlineRule } from '../types.js';
import { allElements, ixLoc, SPEC_KVK, XHTML } from './util.js';

const IMAGE_TYPES = ['png', 'gif', 'svg', 'jpg', 'jpeg'];
const MIME: Record<string, string> = {
  'image/png': 'png',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
};

/**
 * NL-KVK.3.5.1.1, 3.5.1.2 and following: the XHTML and the resources it embeds or references MUST NOT contain
 * executable code (script elements, event-handler attributes, javascript: URLs, scripts in SVG images); images MUST be
 * PNG, GIF, SVG or JPG/JPEG; images MUST NOT be referenced outside the report package.
 */
export const kvk351: InlineRule = {
  code: 'NL.NL-KVK.3.5.1.1.executableCodePresent',
  spec: `${SPEC_KVK}, NL-KVK.3.5.1.1-3.5.1.x`,
  severity: 'error',
  applies: 'all',
  message: {
    en: (p) => `Executable content: ${p.what}; remove it (scripts are not allowed in the annual report)`,
    nl: (p) => `Uitvoerbare inhoud: ${p.what}; verwijder het (scripts zijn niet toegestaan in het jaarverslag)`,
  },
  others: {
    'NL.NL-KVK.3.5.1.2.imageFormatNotSupported': {
      en: (p) => `The image ${p.src} is ${p.type}; images must be PNG, GIF, SVG or JPG`,
      nl: (p) => `De afbeelding ${p.src} is ${p.type}; afbeeldingen moeten PNG, GIF, SVG of JPG zijn`,
    },
    'NL.NL-KVK.3.5.1.referencesPointingOutsideOfTheReportingPackagePresent': {
      en: (p) => `The image ${p.src} is outside the report package; include it in the package or embed it (data: URL)`,
      nl: (p) =>
        `De afbeelding ${p.src} staat buiten het rapportpakket; neem hem op in het pakket of embed hem (data:-URL)`,
    },
  },
  check(ctx) {
    for (const d of ctx.documents)
      for (const el of allElements(d)) {
        if (el.ns === XHTML && el.local === 'script') ctx.report({ what: '<script> element' }, ixLoc(el));
        for (const [name, value] of el.rawAttrs) {
          if (/^on[a-z]+$/i.test(name)) ctx.report({ what: `event handler ${name} on <${el.qname}>` }, ixLoc(el));
          else if (/^\s*javascript:/i.test(value))
            ctx.report({ what: `javascript: URL in ${name} on <${el.qname}>` }, ixLoc(el));
        }
        if (el.ns !== XHTML || el.local !== 'img') continue;
        const src = (el.attrs.get('src') ?? '').trim();
        if (/^data:/i.test(src)) {
          const mime = /^data:([^;,]+)/i.exec(src)?.[1]?.toLowerCase() ?? '';
          if (!MIME[mime])
            ctx.report(
              { src: src.slice(0, 40) + '...', type: mime || 'of unknown type' },
              ixLoc(el),
              'NL.NL-KVK.3.5.1.2.imageFormatNotSupported',
            );
          else if (MIME[mime] === 'svg') {
            const body = src.includes(';base64,')
              ? Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').toString('utf8')
              : decodeURIComponent(src.slice(src.indexOf(',') + 1));
            if (/<script|\son[a-z]+\s*=|javascript:/i.test(body))
              ctx.report({ what: `script in the embedded SVG image` }, ixLoc(el));
          }
          continue;
        }
        if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
          ctx.report({ src }, ixLoc(el), 'NL.NL-KVK.3.5.1.referencesPointingOutsideOfTheReportingPackagePresent');
          continue;
        }
        const ext = (/\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(src)?.[1] ?? '').toLowerCase();
        if (!IMAGE_TYPES.includes(ext))
          ctx.report(
            { src, type: ext ? `.${ext}` : 'of unknown type' },
            ixLoc(el),
            'NL.NL-KVK.3.5.1.2.imageFormatNotSupported',
          );
        else if (ext === 'svg') {
          const name = src.split('/').pop();
          const f = ctx.files.find((x) => x.path.endsWith(`/${name}`) || x.path === name);
          if (f && /<script|\son[a-z]+\s*=|javascript:/i.test(new TextDecoder().decode(f.read())))
            ctx.report({ what: `script in the SVG image ${src}` }, ixLoc(el));
        }
      }
  },
};
