import type { NtRule } from '../types.js';
import { SPEC_FR_NL } from './util.js';

/**
 * FR-NL-1.06: the file name MUST NOT contain characters with different meanings on different platforms: only
 * [0-9], [a-z], [A-Z], [-] and [_] before the extension (one dot, before the extension).
 */
export const frNl106: NtRule = {
  code: 'NL.FR-NL-1.06',
  spec: `${SPEC_FR_NL}, FR-NL-1.06`,
  severity: 'error',
  needs: 'document',
  scope: 'sbr',
  message: {
    en: (p) => `The file name "${p.name}" may only use 0-9, a-z, A-Z, - and _ before its extension; rename the file`,
    nl: (p) =>
      `De bestandsnaam "${p.name}" mag voor de extensie alleen 0-9, a-z, A-Z, - en _ bevatten; hernoem het bestand`,
  },
  check(ctx) {
    const name = ctx.fileName;
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot + 1) : '';
    if (!/^[0-9A-Za-z_-]+$/.test(base) || !/^[0-9A-Za-z]*$/.test(ext)) ctx.report({ name }, { file: ctx.file });
  },
};
