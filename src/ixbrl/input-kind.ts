/**
 * Which inputs are Inline XBRL or report packages, by name (and, for a folder, META-INF): a module of its own so that
 * `sbr validate` of an XBRL instance decides it without loading the Inline XBRL modules (issue 14 "Start").
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** True when `path` looks like a report package: a .zip/.xbri/.xbr file, or a folder with META-INF. */
export function isReportPackagePath(path: string): boolean {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return existsSync(join(path, 'META-INF'));
    return ['.zip', '.xbri', '.xbr'].includes(extname(path).toLowerCase());
  } catch {
    return false;
  }
}

/** Extensions of Inline XBRL documents. */
export const INLINE_EXT: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);

/** True for inputs src/ixbrl/inline.ts handles: report packages (zip/xbri/xbr or a folder with META-INF) and .html/.xhtml files. */
export function isInlineInput(path: string): boolean {
  return INLINE_EXT.has(extname(path).toLowerCase()) || isReportPackagePath(path);
}
