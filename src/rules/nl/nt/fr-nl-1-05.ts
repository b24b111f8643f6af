import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/**
 * FR-NL-1.05: the character encoding UTF-8 MUST be used. Violated by a UTF-16 byte order mark, an XML declaration
 * naming another encoding, or bytes that are not valid UTF-8.
 */
export const frNl105: NtRule = {
  code: 'NL.FR-NL-1.05',
  spec: `${SPEC_FR_NL}, FR-NL-1.05`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `${p.file} is encoded as ${p.encoding}; save it as UTF-8 (and declare encoding="UTF-8")`,
    nl: (p) => `${p.file} is gecodeerd als ${p.encoding}; sla het op als UTF-8 (met encoding="UTF-8")`,
  },
  check(ctx) {
    const b = ctx.bytes;
    let enc: string | undefined;
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) enc = 'UTF-16';
    else {
      const head = new TextDecoder('latin1').decode(b.subarray(0, Math.min(b.length, 200)));
      const m = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
      if (m && !/^utf-?8$/i.test(m[1]!)) enc = m[1]!;
      else {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          enc = 'not valid UTF-8';
        }
      }
    }
    if (enc) ctx.report({ file: ctx.fileName, encoding: enc }, { file: ctx.file, line: 1, column: 1 });
  },
};
