/**
 * The validation profiles of the Dutch filing rules (issue 10), named as the disclosure systems other tools use:
 * `nt16`..`nt20` for xBRL-XML filings under the Nederlandse Taxonomie (FR-NL, FR-KVK, FG-NL, BR-KVK) and the KvK
 * Inline XBRL annual-report profiles (NL-KVK). `auto` picks one from the filing's entry point.
 */

export interface Profile {
  name: string;
  kind: 'nt' | 'inline';
  /** NT version (nt profiles). */
  nt?: number;
  /** Inline profiles: the KvK taxonomy year, GAAP variant, multi-target. */
  year?: 2024 | 2025;
  gaap?: 'nlgaap-ifrs' | 'other' | 'any';
  multiTarget?: boolean;
  /** KvK entry points the extension taxonomy (or the report) must import (NL-KVK.4.1.2.1, 5.1.3.1, 6.1.3.1). */
  entryPoints?: string[];
  description: string;
}

const KVK = 'https://www.nltaxonomie.nl/kvk';
const ep = (dates: string[], names: string[]) => dates.flatMap((d) => names.map((n) => `${KVK}/${d}/${n}`));
const GAAP_IFRS = ['kvk-annual-report-nlgaap-ext.xsd', 'kvk-annual-report-ifrs-ext.xsd'];
const OTHER = ['kvk-annual-report-other-gaap.xsd'];
const DATES_2024 = ['2024-03-31'];
const DATES_2025 = ['2024-12-31', '2025-03-31'];

export const PROFILES: Profile[] = [
  ...[16, 17, 18, 19, 20].map((nt): Profile => ({
    name: `nt${nt}`,
    kind: 'nt',
    nt,
    description: `xBRL-XML filings under NT${nt}: SBR filing rules FR-NL, FG-NL and KvK rules FR-KVK, BR-KVK`,
  })),
  {
    name: 'nl-inline-2024',
    kind: 'inline',
    year: 2024,
    gaap: 'nlgaap-ifrs',
    entryPoints: ep(DATES_2024, GAAP_IFRS),
    description: 'KvK Inline XBRL annual reports, KvK taxonomy 2024 (NL-GAAP, IFRS): NL-KVK rules',
  },
  {
    name: 'nl-inline-2024-gaap-other',
    kind: 'inline',
    year: 2024,
    gaap: 'other',
    entryPoints: ep(DATES_2024, OTHER),
    description: 'KvK Inline XBRL annual reports, KvK taxonomy 2024, other GAAP: NL-KVK rules',
  },
  {
    name: 'nl-inline-2025',
    kind: 'inline',
    year: 2025,
    gaap: 'nlgaap-ifrs',
    entryPoints: ep(DATES_2025, GAAP_IFRS),
    description:
      'KvK Inline XBRL annual reports, KvK taxonomy 2025 (NL-GAAP, IFRS): NL-KVK rules incl. the filing document rules 3.6.3.4-3.6.3.7',
  },
  {
    name: 'nl-inline-2025-gaap-other-preview',
    kind: 'inline',
    year: 2025,
    gaap: 'other',
    entryPoints: ep(DATES_2025, OTHER),
    description: 'KvK Inline XBRL annual reports, KvK taxonomy 2025, other GAAP (preview): NL-KVK rules',
  },
  {
    name: 'nl-inline-multi-target',
    kind: 'inline',
    year: 2025,
    gaap: 'any',
    multiTarget: true,
    entryPoints: ep(DATES_2025, [...GAAP_IFRS, ...OTHER]),
    description:
      'KvK Inline XBRL annual reports with a separate filing-information target (multi-target): NL-KVK rules',
  },
];

export const PROFILE_NAMES = PROFILES.map((p) => p.name);

/** The profile of that name (case-insensitive), or undefined. */
export function findProfile(name: string): Profile | undefined {
  const n = name.toLowerCase();
  return PROFILES.find((p) => p.name === n);
}

/**
 * The profile fitting a filing, from its entry point(s) (`--profile auto`): an NT version in the URL
 * (`http://www.nltaxonomie.nl/nt20/...`) gives `ntNN`; a KvK taxonomy date (`https://www.nltaxonomie.nl/kvk/2024-03-31/...`)
 * gives the inline profile of that year, other-GAAP when the entry point is `kvk-annual-report-other-gaap.xsd`.
 * `inline` says whether the filing is an Inline XBRL report. Undefined when nothing fits.
 */
export function autoProfile(entryPoints: string[], inline: boolean, multiTarget = false): Profile | undefined {
  for (const href of entryPoints) {
    const nt = /nltaxonomie\.nl\/nt(\d\d)\//.exec(href);
    if (nt && !inline) {
      const v = Math.min(20, Math.max(16, Number(nt[1])));
      return findProfile(`nt${v}`);
    }
    const kvk = /nltaxonomie\.nl\/kvk\/(\d{4})-(\d\d)-\d\d\//.exec(href);
    if (kvk && inline) {
      const year = Number(kvk[1]) > 2024 || kvk[2] === '12' ? 2025 : 2024;
      const other = /other-gaap/.test(href);
      if (multiTarget && year === 2025) return findProfile('nl-inline-multi-target');
      if (year === 2024) return findProfile(other ? 'nl-inline-2024-gaap-other' : 'nl-inline-2024');
      return findProfile(other ? 'nl-inline-2025-gaap-other-preview' : 'nl-inline-2025');
    }
  }
  return undefined;
}
