import { findProfile } from '../profiles.js';
import type { InlineContext, InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

/** The KvK entry points the filing imports (extension schema imports, or the report's schemaRefs) and the profile's required ones. */
function entryPointCheck(ctx: InlineContext): {
  kvk: string[];
  required: string[];
  ok: boolean;
  wrongVersion: string[];
} {
  const required = findProfile(ctx.profile)?.entryPoints ?? [];
  const norm = (u: string) => u.replace(/^http:/, 'https:');
  const kvk = ctx.entryPoints.filter((u) => /nltaxonomie\.nl\/kvk\//.test(u));
  const ok = kvk.some((u) => required.includes(norm(u)));
  const dates = new Set(required.map((u) => /\/kvk\/([^/]+)\//.exec(u)?.[1]));
  const wrongVersion = kvk.filter((u) => !dates.has(/\/kvk\/([^/]+)\//.exec(u)?.[1]));
  return { kvk, required, ok, wrongVersion };
}

function entryPointRules(
  applies: InlineRule['applies'],
  section: string,
  notImported: string,
  wrongVersion: string,
): InlineRule[] {
  return [
    {
      code: notImported,
      spec: `${SPEC_KVK}, ${section}.1`,
      severity: 'error',
      applies,
      message: {
        en: (p) => `The filing imports ${p.got}, not a KvK entry point of this profile; import one of ${p.required}`,
        nl: (p) =>
          `De filing importeert ${p.got}, geen KvK-entrypoint van dit profiel; importeer een van ${p.required}`,
      },
      check(ctx) {
        const r = entryPointCheck(ctx);
        if (!r.ok && !r.wrongVersion.length)
          ctx.report(
            {
              got: r.kvk.join(', ') || ctx.entryPoints.join(', ') || 'no entry point',
              required: r.required.join(', '),
            },
            { file: ctx.extension.find((e) => e.doc.root.local === 'schema')?.doc.url ?? ctx.location },
          );
      },
    },
    {
      code: wrongVersion,
      spec: `${SPEC_KVK}, ${section}.2`,
      severity: 'error',
      applies,
      message: {
        en: (p) =>
          `The filing imports ${p.got}, a KvK taxonomy version this profile does not accept; import ${p.required}`,
        nl: (p) =>
          `De filing importeert ${p.got}, een versie van de KvK-taxonomie die dit profiel niet accepteert; importeer ${p.required}`,
      },
      check(ctx) {
        const r = entryPointCheck(ctx);
        if (!r.ok && r.wrongVersion.length)
          ctx.report(
            { got: r.wrongVersion.join(', '), required: r.required.join(', ') },
            { file: ctx.extension.find((e) => e.doc.root.local === 'schema')?.doc.url ?? ctx.location },
          );
      },
    },
  ];
}

/** NL-KVK.4.1.2.1, 4.1.2.2 (NL-GAAP/IFRS): the extension taxonomy MUST import the KvK entry point of the applicable version. */
export const kvk4121and4122 = entryPointRules(
  'gaap',
  'NL-KVK.4.1.2',
  'NL.NL-KVK.4.1.2.1.requiredEntryPointNotImported',
  'NL.NL-KVK.4.1.2.2.incorrectKvkTaxonomyVersionUsed',
);

/** NL-KVK.5.1.3.1, 5.1.3.2 (other GAAP): the report MUST reference the applicable KvK other-GAAP entry point. */
export function kvk513(year: 2024 | 2025): InlineRule[] {
  const rules = entryPointRules(
    'other',
    'NL-KVK.5.1.3',
    year === 2024
      ? 'NL.NL-KVK.5.1.3.1.requiredEntryPointOtherGaapNotReferenced'
      : 'NL.NL-KVK.5.1.3.1.requiredEntryPointOtherNotReferenced',
    year === 2024
      ? 'NL.NL-KVK.5.1.3.2.incorrectVersionEntryPointOtherGaapReferenced'
      : 'NL.NL-KVK.5.1.3.2.incorrectVersionEntryPointOtherReferenced',
  );
  return rules.map((r) => ({
    ...r,
    check: (ctx) => {
      const p = findProfile(ctx.profile);
      if (p && !p.multiTarget && p.year === year) r.check(ctx);
    },
  }));
}

/** NL-KVK.6.1.3.1, 6.1.3.2 (multi-target): the report MUST reference the applicable KvK entry point. */
export const kvk613 = entryPointRules(
  'multi',
  'NL-KVK.6.1.3',
  'NL.NL-KVK.6.1.3.1.requiredEntryPointOtherNotReferenced',
  'NL.NL-KVK.6.1.3.2.incorrectVersionEntryPointOtherReferenced',
);
