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
  /**
   * NT versions of the filings this profile is documented for (nt profiles): `--profile auto` takes it only for an entry
   * point of one of these versions. The FR-NL, FG-NL, FR-KVK and BR-KVK rules are published for NT16-NT20 (SBR Filing
   * Rules / KvK Filing Rules NT16-NT20); a filing under NT15 or older (or a later NT) gets no profile from `auto`.
   */
  covers?: number[];
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
    covers: [nt],
    description: `xBRL-XML filings under NT${nt}: SBR filing rules FR-NL, FG-NL; KvK rules FR-KVK, BR-KVK on KvK filings only`,
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
 * What an NT entry point URL says: the NT version and the reporting domain, the path segment after it
 * (`http://www.nltaxonomie.nl/nt15/bd/20201209/entrypoints/...` -> `{ nt: 15, domain: 'bd' }`). Undefined for other URLs.
 */
export function ntEntryPoint(href: string): { nt: number; domain: string } | undefined {
  const m = /nltaxonomie\.nl\/nt(\d\d)\/([a-z0-9-]+)\//i.exec(href);
  return m ? { nt: Number(m[1]), domain: m[2]!.toLowerCase() } : undefined;
}

/**
 * Reporting domains of the Nederlandse Taxonomie whose filings go to another recipient than the KvK (Handelsregister):
 * Belastingdienst (`bd`), CBS (`cbs`), DUO/OCW (`ocw`). The KvK Filing Rules (FR-KVK, BR-KVK) apply to KvK filings
 * only, so they do not run on a filing whose entry point is in one of these domains.
 */
export const NON_KVK_DOMAINS: Readonly<Record<string, string>> = {
  bd: 'Belastingdienst',
  cbs: 'CBS',
  ocw: 'DUO/OCW',
};

/**
 * The recipient of an xBRL-XML filing other than the KvK, from its schemaRef hrefs: `{ domain, name }` when an entry
 * point is in a domain of NON_KVK_DOMAINS (`bd` -> Belastingdienst), else undefined (a KvK filing, or one whose entry
 * point says nothing: every rule of the profile runs).
 */
export function nonKvkRecipient(entryPoints: string[]): { domain: string; name: string } | undefined {
  for (const href of entryPoints) {
    const d = ntEntryPoint(href)?.domain;
    if (d && NON_KVK_DOMAINS[d]) return { domain: d, name: NON_KVK_DOMAINS[d] };
  }
  return undefined;
}

/**
 * `--profile auto`'s choice with its reason: `profile` when one fits; else `nt` when the entry point has an NT version
 * that no profile covers (Profile.covers; the nearest is not taken, the rules are published for NT16-NT20 only),
 * or neither when the entry point gives no NT version or KvK taxonomy date.
 */
export interface AutoChoice {
  profile?: Profile;
  /** The entry point the choice was made from (the first one when none fits). */
  entryPoint?: string;
  /** NT version of the entry point when no profile covers it. */
  nt?: number;
}

/**
 * The profile fitting a filing, from its entry point(s) (`--profile auto`): an NT version in the URL
 * (`http://www.nltaxonomie.nl/nt20/...`) gives `ntNN` when a profile covers that version (NT16-NT20); a KvK taxonomy
 * date (`https://www.nltaxonomie.nl/kvk/2024-03-31/...`) gives the inline profile of that year, other-GAAP when the
 * entry point is `kvk-annual-report-other-gaap.xsd`. `inline` says whether the filing is an Inline XBRL report.
 */
export function autoProfileChoice(entryPoints: string[], inline: boolean, multiTarget = false): AutoChoice {
  for (const href of entryPoints) {
    const nt = ntEntryPoint(href);
    if (nt && !inline) {
      const profile = PROFILES.find((p) => p.covers?.includes(nt.nt));
      return profile ? { profile, entryPoint: href } : { entryPoint: href, nt: nt.nt };
    }
    const kvk = /nltaxonomie\.nl\/kvk\/(\d{4})-(\d\d)-\d\d\//.exec(href);
    if (kvk && inline) {
      const year = Number(kvk[1]) > 2024 || kvk[2] === '12' ? 2025 : 2024;
      const other = /other-gaap/.test(href);
      const name =
        multiTarget && year === 2025
          ? 'nl-inline-multi-target'
          : year === 2024
            ? other
              ? 'nl-inline-2024-gaap-other'
              : 'nl-inline-2024'
            : other
              ? 'nl-inline-2025-gaap-other-preview'
              : 'nl-inline-2025';
      return { profile: findProfile(name), entryPoint: href };
    }
  }
  return { entryPoint: entryPoints[0] };
}

/** The profile of autoProfileChoice, or undefined when nothing fits. */
export function autoProfile(entryPoints: string[], inline: boolean, multiTarget = false): Profile | undefined {
  return autoProfileChoice(entryPoints, inline, multiTarget).profile;
}
