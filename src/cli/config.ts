/**
 * Fewer flags (issue 11 item 5): defaults from a config file, and `sbr packages`.
 *
 * `sbr.config.json` in the current folder, or the file `--config FILE` names, gives defaults for the flags:
 *
 * ```json
 * { "packages": ["../shared/real/nl/nt-2024"], "caches": ["../shared/xbrl-schemas"], "catalogs": [],
 *   "lang": "nl", "profile": "auto", "formula": true }
 * ```
 *
 * Paths are relative to the config file's folder. Packages, caches and catalogs add to those given on the command line;
 * `lang`, `profile` and `formula` apply when the command line does not give them. The config is applied by
 * turning it into the flags (before commander parses), so each command takes exactly the keys it has flags for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import type { Command } from 'commander';
import { FatalInputError, type MessageParams } from '../findings.js';

/** The keys of sbr.config.json. */
export interface SbrConfig {
  packages?: string[];
  caches?: string[];
  catalogs?: string[];
  profile?: string;
  lang?: string;
  /** true for `--formula`, or the value(s) of `--formula`. */
  formula?: boolean | string | string[];
}

const KEYS = new Set(['packages', 'caches', 'catalogs', 'profile', 'lang', 'formula', '$schema', 'comment']);

/** A refused config file: the code and params of its finding (made a FatalInputError by readConfig). */
class ConfigRefusal {
  constructor(
    readonly code: 'sbr:configNotFound' | 'sbr:configInvalid',
    readonly params: MessageParams,
  ) {}
}

/**
 * Reads a config file. Relative paths are resolved against its folder. The message catalogs are loaded only for a
 * refusal, so that a run with a good config (and `sbr --help`) does not load them.
 * @throws FatalInputError `sbr:configNotFound` (a `--config` file that does not exist), `sbr:configInvalid`
 * (params `{file, k, reason?, key?}`, src/messages/en-app.ts)
 */
export async function readConfig(file: string): Promise<SbrConfig> {
  try {
    return parseConfig(file);
  } catch (e) {
    if (!(e instanceof ConfigRefusal)) throw e;
    const { paramFinding } = await import('../messages/index.js');
    throw new FatalInputError(paramFinding(e.code, 'error', e.params, { file }));
  }
}

function parseConfig(file: string): SbrConfig {
  /** `sbr:configInvalid` with the variant `k` of why. */
  const fail = (k: string, params: MessageParams = {}): never => {
    throw new ConfigRefusal('sbr:configInvalid', { file, k, ...params });
  };
  if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigRefusal('sbr:configNotFound', { file });
  let j: unknown;
  try {
    j = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return fail('json', { reason: (e as Error).message });
  }
  if (!j || typeof j !== 'object' || Array.isArray(j)) return fail('notObject');
  const o = j as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) fail('unknownKey', { key: k });
  const base = dirname(resolvePath(file));
  const paths = (k: string): string[] | undefined => {
    const v = o[k];
    if (v === undefined) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) return fail('paths', { key: k });
    return (list as string[]).map((p) => (/^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//.test(p) ? p : resolvePath(base, p)));
  };
  const str = (k: string): string | undefined => {
    const v = o[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') return fail('string', { key: k });
    return v;
  };
  const cfg: SbrConfig = {};
  const p = paths('packages'),
    c = paths('caches'),
    cat = paths('catalogs');
  if (p) cfg.packages = p;
  if (c) cfg.caches = c;
  if (cat) cfg.catalogs = cat;
  const lang = str('lang'),
    profile = str('profile');
  if (lang) cfg.lang = lang;
  if (profile) cfg.profile = profile;
  const f: unknown = o['formula'];
  if (typeof f === 'boolean' || typeof f === 'string') cfg.formula = f;
  else if (Array.isArray(f) && f.every((x) => typeof x === 'string')) cfg.formula = f as string[];
  else if (f !== undefined) fail('formula');
  return cfg;
}

/**
 * argv with the config's defaults turned into flags of the subcommand (argv[2]): `--config FILE`, else
 * `sbr.config.json` in `cwd` when it exists. Flags the command does not have are skipped; a flag given on the command line
 * wins over the config's value for lang/profile/formula. argv is returned unchanged without a config.
 */
export async function withConfig(argv: string[], program: Command, cwd: string = process.cwd()): Promise<string[]> {
  const sub = argv[2];
  const cmd = program.commands.find((c) => c.name() === sub);
  if (!cmd) return argv;
  const rest = argv.slice(3);
  let file: string | undefined;
  const i = rest.findIndex((a) => a === '--config' || a.startsWith('--config='));
  if (i >= 0) {
    file = rest[i]!.startsWith('--config=') ? rest[i]!.slice('--config='.length) : rest[i + 1];
    if (!file) return argv; // commander reports the missing value
    file = resolvePath(cwd, file);
  } else if (existsSync(resolvePath(cwd, 'sbr.config.json'))) {
    file = resolvePath(cwd, 'sbr.config.json');
  }
  if (!file) return argv;
  const cfg = await readConfig(file);
  const has = (flag: string) => cmd.options.some((o) => o.long === flag);
  const given = (flag: string) => rest.some((a) => a === flag || a.startsWith(flag + '='));
  const extra: string[] = [];
  const list = (flag: string, values: string[] | undefined) => {
    if (values && has(flag)) for (const v of values) extra.push(flag, v);
  };
  list('--package', cfg.packages);
  list('--cache', cfg.caches);
  list('--catalog', cfg.catalogs);
  if (cfg.lang && has('--lang') && !given('--lang')) extra.push('--lang', cfg.lang);
  if (cfg.profile && has('--profile') && !given('--profile')) extra.push('--profile', cfg.profile);
  if (cfg.formula !== undefined && cfg.formula !== false && has('--formula') && !given('--formula')) {
    if (cfg.formula === true) extra.push('--formula');
    else for (const v of Array.isArray(cfg.formula) ? cfg.formula : [cfg.formula]) extra.push('--formula', v);
  }
  // config flags go first: the command line's own repeatable flags come after them
  return [...argv.slice(0, 3), ...extra, ...rest];
}
