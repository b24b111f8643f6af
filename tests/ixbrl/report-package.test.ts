/** Report packages (src/ixbrl/report-package.ts): structure, rpe codes, hostile archives. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openReportPackage } from '../../src/ixbrl/report-package.js';
import { codeOf, tmp, writeZip } from '../resolve/helpers.js';

const RPJ = (t: string) =>
  JSON.stringify({ documentInfo: { documentType: `https://xbrl.org/report-package/2023${t}` } });
const HTML = '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>';

describe('openReportPackage', () => {
  it('finds the inline document set of an .xbri package', () => {
    const p = writeZip(tmp(), 'r.xbri', {
      'r/META-INF/reportPackage.json': RPJ('/xbri'),
      'r/reports/a/x.html': HTML,
      'r/reports/a/y.html': HTML,
    });
    const rp = openReportPackage(p);
    expect(rp.type).toBe('xbri');
    expect(rp.reports).toHaveLength(1);
    expect(rp.reports[0]!.files.map((f) => f.split('/').pop())).toEqual(['x.html', 'y.html']);
  });

  it('gives rpe codes for bad packages', () => {
    const d = tmp();
    expect(codeOf(() => openReportPackage(writeZip(d, 'a.xbri', { 'r/reports/x.html': HTML })))).toBe(
      'rpe:documentTypeFileExtensionMismatch',
    );
    expect(
      codeOf(() =>
        openReportPackage(writeZip(d, 'b.xbri', { 'r/META-INF/reportPackage.json': '{', 'r/reports/x.html': HTML })),
      ),
    ).toBe('rpe:invalidJSON');
    expect(
      codeOf(() =>
        openReportPackage(
          writeZip(d, 'c.xbri', { 'r/META-INF/reportPackage.json': RPJ('/nope'), 'r/reports/x.html': HTML }),
        ),
      ),
    ).toBe('rpe:unsupportedReportPackageVersion');
    expect(
      codeOf(() =>
        openReportPackage(
          writeZip(d, 'd.xbri', {
            'r/META-INF/reportPackage.json': RPJ('/xbri'),
            'r/reports/x.html': HTML,
            'r/reports/y.xbrl': '<x/>',
          }),
        ),
      ),
    ).toBe('rpe:multipleReports');
    expect(
      codeOf(() =>
        openReportPackage(
          writeZip(d, 'e.xbri', { 'r/META-INF/reportPackage.json': RPJ('/xbri'), 'r/other/x.html': HTML }),
        ),
      ),
    ).toBe('rpe:missingReport');
    expect(
      codeOf(() =>
        openReportPackage(
          writeZip(d, 'f.xbri', { 'r/META-INF/reportPackage.json': RPJ('/xbri'), 's/reports/x.html': HTML }),
        ),
      ),
    ).toBe('rpe:invalidDirectoryStructure');
    const bad = join(d, 'g.xbri');
    writeFileSync(bad, 'not a zip at all, just text');
    expect(codeOf(() => openReportPackage(bad))).toBe('rpe:invalidArchiveFormat');
  });

  it('refuses an entry escaping its folder (zip slip)', () => {
    const p = writeZip(tmp(), 'slip.xbri', {
      'r/META-INF/reportPackage.json': RPJ('/xbri'),
      'r/reports/x.html': HTML,
      'r/../../evil.html': HTML,
    });
    expect(codeOf(() => openReportPackage(p))).toBe('sbr:zipEntryEscapes');
  });

  it('refuses a compressed package expanding past the limit (zip bomb)', () => {
    const big = new Uint8Array(8 * 1024 * 1024); // 8 MiB of zeros deflates to a few KiB
    const p = join(tmp(), 'bomb.xbri');
    writeFileSync(
      p,
      zipSync({
        'r/META-INF/reportPackage.json': [strToU8(RPJ('/xbri')), { level: 6 }],
        'r/reports/x.html': [big, { level: 9 }],
      }),
    );
    expect(codeOf(() => openReportPackage(p, { maxTotalBytes: 1024 * 1024 }))).toBe('sbr:zipBomb');
  });
});
