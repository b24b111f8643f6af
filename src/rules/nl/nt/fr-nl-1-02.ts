import type { NtRule } from '../types.js';
import { position, SPEC_FR_NL } from './util.js';

/** Basic Latin, Latin-1 Supplement (U+0000-U+00FF) and Currency Symbols (U+20A0-U+20CF). */
function allowed(cp: number): boolean {
  return cp <= 0xff || (cp >= 0x20a0 && cp <= 0x20cf);
}

const MAX_REPORTED = 20;

/**
 * FR-NL-1.02: characters MUST be from the Unicode ranges Basic Latin, Latin-1 Supplement and Currency Symbols. The
 * whole document is read (element content, attribute values, comments), as the rule speaks of the document's characters.
 */
export const frNl102: NtRule = {
  code: 'NL.FR-NL-1.02',
  spec: `${SPEC_FR_NL}, FR-NL-1.02`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) =>
      `The character ${p.char} (U+${p.cp}) is outside Basic Latin, Latin-1 Supplement and Currency Symbols; replace or remove it`,
    nl: (p) =>
      `Het teken ${p.char} (U+${p.cp}) valt buiten Basic Latin, Latin-1 Supplement en Currency Symbols; vervang of verwijder het`,
  },
  check(ctx) {
    const t = ctx.text;
    if (t === undefined) return;
    let n = 0;
    let i = t.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (; i < t.length; i++) {
      const cp = t.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (allowed(cp)) continue;
      if (n++ >= MAX_REPORTED) break;
      ctx.report(
        { char: String.fromCodePoint(cp), cp: cp.toString(16).toUpperCase().padStart(4, '0') },
        { file: ctx.file, ...position(t, i) },
      );
    }
  },
};
