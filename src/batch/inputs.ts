/**
 * The inputs of a batch (`sbr validate <file|folder>... [--recursive]`): files as given, and with `recursive` the
 * filings inside folders. A report package folder (a folder with `META-INF`, XBRL Report Packages 1.0 section 3) is one
 * input, never walked into. Input discovery only: no validation here. In the node layer (eslint.config.js PLACED):
 * `validate()` (src/validate/node.ts) walks with it too, for its `recursive` option.
 */
import { openSync, readSync, closeSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { FatalInputError } from '../findings.js';
import { isReportPackagePath } from '../ixbrl/input-kind.js';
import { paramFinding } from '../messages/index.js';

/** Extensions taken from a folder without looking inside: instances, report packages. */
const ALWAYS = new Set(['.xbrl', '.zip', '.xbri', '.xbr']);
/** Taken when their first bytes show an XBRL instance root (`xbrli:xbrl`) or Inline XBRL (its namespace). */
const SNIFFED = new Set(['.xml', '.html', '.htm', '.xhtml']);
const HEAD_BYTES = 64 * 1024;

/** What a folder's file is taken as: `.xml` with an `xbrl` root, `.html`/`.xhtml` naming the Inline XBRL 1.1 namespace. */
function isFilingFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ALWAYS.has(ext)) return true;
  if (!SNIFFED.has(ext)) return false;
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      head = buf.subarray(0, readSync(fd, buf, 0, HEAD_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return true; // unreadable: validate() reports it (sbr:fileUnreadable) rather than the walk hiding it
  }
  if (ext === '.xml') {
    // the root element: the first start tag that is not the XML declaration, a comment, a PI or a DOCTYPE
    const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(
      head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, ''),
    );
    return root?.[2] === 'xbrl';
  }
  return /http:\/\/www\.xbrl\.org\/(2008|2013)\/inlineXBRL/.test(head); // Inline XBRL 1.1 (and 1.0, refused with its code)
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symbolic link back up the tree
  seen.add(real);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue; // a dangling link
    }
    if (st.isDirectory()) {
      if (isReportPackagePath(p)) out.push(p);
      else walk(p, out, seen);
    } else if (st.isFile() && isFilingFile(p)) out.push(p);
  }
}

/**
 * The filings one argument of `sbr validate` stands for: the argument itself, except that with `recursive` a folder that
 * is not a report package becomes the filings found in it and its subfolders, in name order (instances `.xbrl`, `.xml`
 * files whose root is `xbrl`, Inline XBRL `.html`/`.htm`/`.xhtml` files, report packages `.zip`/`.xbri`/`.xbr` and
 * report package folders; names starting with a dot are skipped). Paths keep the form they were given in (relative stays
 * relative). The one place that decides what `--recursive` finds: `batchInputs` (the CLI) and `validate()`'s `recursive`
 * option call it.
 * @throws FatalInputError `sbr:noFilingsFound` for a folder (with `recursive`) without any filing in it or its subfolders
 */
export function inputFilings(arg: string, options: { recursive?: boolean } = {}): string[] {
  let dir: boolean;
  try {
    dir = statSync(arg).isDirectory();
  } catch {
    dir = false; // a URL, a missing file: validate() says why
  }
  if (!options.recursive || !dir || isReportPackagePath(arg)) return [arg];
  const found: string[] = [];
  walk(arg, found, new Set());
  if (!found.length)
    throw new FatalInputError(paramFinding('sbr:noFilingsFound', 'error', { file: arg }, { file: arg }));
  return found;
}

/**
 * The inputs of `sbr validate`: `inputFilings` of each argument, concatenated. A folder without any filing stays as given
 * (`inputFilings` refuses it again when `validate()` gets it with `recursive`: `sbr:noFilingsFound`, that input's own
 * unvalidated result, exit 2), so that one empty folder does not stop the other inputs.
 */
export function batchInputs(args: readonly string[], options: { recursive?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const a of args) {
    try {
      out.push(...inputFilings(a, options));
    } catch (e) {
      if (!(e instanceof FatalInputError)) throw e;
      out.push(a);
    }
  }
  return out;
}
