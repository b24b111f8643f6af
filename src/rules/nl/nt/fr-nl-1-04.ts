import type { NtRule } from '../types.js';
import { position, SPEC_FR_NL } from './util.js';

const PREDEFINED = new Set(['lt', 'gt', 'amp', 'apos', 'quot']);
const MAX_REPORTED = 20;

/**
 * FR-NL-1.04: character references MUST NOT be used, except numeric references to characters in the ranges FR-NL-1.02
 * allows (U+0000-U+00FF, U+20A0-U+20CF) and the five predefined entities of XML (`&lt;` `&gt;` `&amp;` `&apos;` `&quot;`).
 * Read on the raw text, comments included.
 */
export const frNl104: NtRule = {
  code: 'NL.FR-NL-1.04',
  spec: `${SPEC_FR_NL}, FR-NL-1.04`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `The reference ${p.ref} is not allowed: write the character itself (Basic Latin, Latin-1 Supplement or Currency Symbols) or use one of &lt; &gt; &amp; &apos; &quot;`,
    nl: (p) =>
      `De verwijzing ${p.ref} is niet toegestaan: schrijf het teken zelf (Basic Latin, Latin-1 Supplement of Currency Symbols) of gebruik &lt; &gt; &amp; &apos; &quot;`,
  },
  check(ctx) {
    const t = ctx.text;
    if (t === undefined) return;
    const re = /&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/g;
    let n = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const body = m[1]!;
      let ok: boolean;
      if (body.startsWith('#')) {
        const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        ok = cp > 0 && (cp <= 0xff || (cp >= 0x20a0 && cp <= 0x20cf));
      } else ok = PREDEFINED.has(body);
      if (ok) continue;
      if (n++ >= MAX_REPORTED) break;
      ctx.report({ ref: m[0] }, { file: ctx.file, ...position(t, m.index) });
    }
  },
};
