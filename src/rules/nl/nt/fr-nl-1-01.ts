import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/** FR-NL-1.01: a BOM character MUST NOT be used (UTF-8 or UTF-16 byte order mark at the start of the file). */
export const frNl101: NtRule = {
  code: 'NL.FR-NL-1.01',
  spec: `${SPEC_FR_NL}, FR-NL-1.01`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `${p.file} starts with a byte order mark (${p.bom}); save the file as UTF-8 without BOM`,
    nl: (p) => `${p.file} begint met een byte order mark (${p.bom}); sla het bestand op als UTF-8 zonder BOM`,
  },
  check(ctx) {
    const b = ctx.bytes;
    let bom: string | undefined;
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) bom = 'UTF-8 BOM EF BB BF';
    else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) bom = 'UTF-16LE BOM FF FE';
    else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) bom = 'UTF-16BE BOM FE FF';
    if (bom) ctx.report({ file: ctx.fileName, bom }, { file: ctx.file, line: 1, column: 1 });
  },
};
