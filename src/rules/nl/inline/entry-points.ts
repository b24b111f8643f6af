/**
 * The entry-point rules NL-KVK.4.1.2.1/4.1.2.2 (NL-GAAP/IFRS), 5.1.3.1/5.1.3.2 (other GAAP) and 6.1.3.1/6.1.3.2
 * (multi-target) check the same thing for different profiles: this module builds them (no rule in it; each rule
 * has its module kvk-4-1-2-1.ts ... kvk-6-1-3-2.ts).
 */
import { findProfile } from '../profiles.js';
import type { InlineContext, InlineRule } from '../types.js';
import { SPEC_KVK } from './util.js';

/** The KvK entry points the filing imports (extension schema imports, or the report's schemaRefs) and the profile's required ones. */
export function entryPointCheck(ctx: InlineContext): {
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

/** The schema of the extension taxonomy (where entry-point findings point), or the package. */
function schemaFile(ctx: InlineContext): string {
  return ctx.extension.find((e) => e.doc.root.local === 'schema')?.doc.url ?? ctx.location;
}

/** Whether the profile is a single-target profile of the KvK taxonomy year (NL-KVK.5.1.3: 2024 and 2025 codes differ). */
export function singleTargetOfYear(ctx: InlineContext, year: number): boolean {
  const p = findProfile(ctx.profile);
  return !!p && !p.multiTarget && p.year === year;
}

/**
 * The rule "the filing MUST import a KvK entry point of the profile" (`section` `.1`, e.g. NL-KVK.4.1.2.1): reports
 * `code` (or `codeOf(ctx)`, for rules whose code depends on the profile) when no imported KvK entry point is one of the
 * profile's and none is of another version (that is the `.2` rule).
 */
export function entryPointNotImportedRule(
  applies: InlineRule['applies'],
  section: string,
  code: string,
  when: (ctx: InlineContext) => string | undefined = () => code,
): Omit<InlineRule, 'others'> {
  return {
    code,
    spec: `${SPEC_KVK}, ${section}.1`,
    severity: 'error',
    applies,
    message: NOT_IMPORTED,
    check(ctx) {
      const c = when(ctx);
      if (c === undefined) return;
      const r = entryPointCheck(ctx);
      if (!r.ok && !r.wrongVersion.length)
        ctx.report(
          {
            got: r.kvk.join(', ') || ctx.entryPoints.join(', ') || 'no entry point',
            required: r.required.join(', '),
          },
          { file: schemaFile(ctx) },
          c === code ? undefined : c,
        );
    },
  };
}

/** The rule "the filing MUST import the applicable version of the KvK taxonomy" (`section` `.2`, e.g. NL-KVK.4.1.2.2). */
export function entryPointWrongVersionRule(
  applies: InlineRule['applies'],
  section: string,
  code: string,
  when: (ctx: InlineContext) => string | undefined = () => code,
): Omit<InlineRule, 'others'> {
  return {
    code,
    spec: `${SPEC_KVK}, ${section}.2`,
    severity: 'error',
    applies,
    message: WRONG_VERSION,
    check(ctx) {
      const c = when(ctx);
      if (c === undefined) return;
      const r = entryPointCheck(ctx);
      if (!r.ok && r.wrongVersion.length)
        ctx.report(
          { got: r.wrongVersion.join(', '), required: r.required.join(', ') },
          { file: schemaFile(ctx) },
          c === code ? undefined : c,
        );
    },
  };
}

export const NOT_IMPORTED: InlineRule['message'] = {
  en: (p) => `The filing imports ${p.got}, not a KvK entry point of this profile; import one of ${p.required}`,
  nl: (p) => `De filing importeert ${p.got}, geen KvK-entrypoint van dit profiel; importeer een van ${p.required}`,
};

export const WRONG_VERSION: InlineRule['message'] = {
  en: (p) => `The filing imports ${p.got}, a KvK taxonomy version this profile does not accept; import ${p.required}`,
  nl: (p) =>
    `De filing importeert ${p.got}, een versie van de KvK-taxonomie die dit profiel niet accepteert; importeer ${p.required}`,
};
