/**
 * JSON report of a taxonomy diff (`sbr diff --format json`), schema in docs/diff.md:
 * `{ diffFormatVersion, old, new, summary, changes, filings? }`, two-space indented, ending with a newline.
 */
import type { FilingImpact } from '../diff/filing.js';
import type { TaxonomyDiff } from '../diff/types.js';

export function formatDiffJson(d: TaxonomyDiff, filings?: FilingImpact[]): string {
  return JSON.stringify(filings ? { ...d, filings } : d, null, 2) + '\n';
}
