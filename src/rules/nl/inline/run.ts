/**
 * The NL-KVK rules of an inline profile on a report package (folder or zip) or a single Inline XBRL file on disk: its
 * files read here (`packageFiles`), the rules run by run-rules.ts (portable; the browser hands it the package's bytes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Finding } from '../../../findings.js';
import { openZipFile } from '../../../resolve/zip-file.js';
import type { Profile } from '../profiles.js';
import type { InlineContext, PackageFile } from '../types.js';
import { runInlineRules, type CapturedTarget, type PackageFiles } from './run-rules.js';

export { applies, runInlineRules, type CapturedTarget, type PackageFiles } from './run-rules.js';

/** Files of a report package folder or zip, or the single file given. */
export function packageFiles(location: string): PackageFiles {
  const st = statSync(location);
  if (st.isDirectory()) {
    const files: PackageFile[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile())
          files.push({
            location: p,
            path: relative(location, p).split(sep).join('/'),
            size: statSync(p).size,
            read: () => readFileSync(p),
          });
      }
    };
    walk(location);
    return { files, size: files.reduce((n, f) => n + f.size, 0) };
  }
  if (['.zip', '.xbri', '.xbr'].includes(extname(location).toLowerCase())) {
    const zip = openZipFile(location);
    const files = zip.fileNames().map((name) => ({
      location: `${location}/${name}`,
      path: name,
      size: zip.entries.get(name)?.size ?? 0,
      read: () => zip.read(name) ?? new Uint8Array(),
    }));
    return { files, size: st.size };
  }
  return {
    files: [{ location, path: location.split(/[\\/]/).pop()!, size: st.size, read: () => readFileSync(location) }],
    size: st.size,
  };
}

/** Reads the files at `location` and runs the profile's rules on them; findings in `lang`. */
export function runInlineProfile(
  profile: Profile,
  location: string,
  targets: CapturedTarget[],
  lang: string,
  formula?: InlineContext['formula'],
): Finding[] {
  return runInlineRules(profile, location, packageFiles(location), targets, lang, formula);
}
