import type { NtRule } from '../types.js';
import { SPEC_FR_KVK } from './util.js';

/** FR-KVK-1.01: an XBRL instance document MUST have the file extension `.xbrl`. */
export const frKvk101: NtRule = {
  code: 'NL.FR-KVK-1.01',
  spec: `${SPEC_FR_KVK}, FR-KVK-1.01`,
  severity: 'error',
  needs: 'document',
  scope: 'kvk',
  message: {
    en: (p) => `The instance file ${p.name} must have the extension .xbrl; rename it`,
    nl: (p) => `Het instance-bestand ${p.name} moet de extensie .xbrl hebben; hernoem het`,
  },
  check(ctx) {
    if (!ctx.fileName.endsWith('.xbrl')) ctx.report({ name: ctx.fileName }, { file: ctx.file });
  },
};
