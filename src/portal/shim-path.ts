/**
 * POSIX `node:path` for the portal bundle (`src/portal/build.ts` maps `node:path` here): the functions the XML
 * Schema preparation uses (src/xml/schema-prepare.ts) on the URLs and names of documents held in memory. There is no
 * working directory in a browser: a relative path resolves against `/`.
 */
export const sep = '/';

function normalizeParts(path: string): string[] {
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function resolve(...paths: string[]): string {
  let acc = '';
  for (let i = paths.length - 1; i >= 0 && !acc.startsWith('/'); i--) {
    const p = paths[i]!;
    if (p) acc = acc ? `${p}/${acc}` : p;
  }
  return '/' + normalizeParts(acc).join('/');
}

export function dirname(p: string): string {
  if (/^\/+$/.test(p)) return '/';
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

export function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? '';
}

export function join(...paths: string[]): string {
  const j = paths.filter((p) => p).join('/');
  return (j.startsWith('/') ? '/' : '') + normalizeParts(j).join('/') || '.';
}

export default { sep, isAbsolute, resolve, dirname, basename, join };
