/**
 * Synchronous HTTP(S) GET: runs node's `fetch` in a child process (`execFileSync`), because DTS
 * discovery is synchronous. Only used when the resolver is created with `online: true`.
 */
import { execFileSync } from 'node:child_process';

export interface FetchOptions {
  /** Milliseconds before the request is abandoned (default 30 000). */
  timeoutMs?: number;
  /** Largest response accepted, in bytes (default 256 MiB). */
  maxBytes?: number;
}

export interface FetchResult {
  bytes?: Uint8Array;
  /** Why nothing was fetched (HTTP status, network error, timeout). */
  error?: string;
}

// Runs as an ES module so that top-level await works. argv[1] = URL, argv[2] = max bytes.
const SCRIPT = `
const url = process.argv[1];
const max = Number(process.argv[2]);
try {
  const r = await fetch(url, { redirect: 'follow', headers: { 'user-agent': 'sbr-validator' } });
  if (!r.ok) { process.stderr.write('HTTP ' + r.status + ' ' + r.statusText); process.exit(3); }
  const len = Number(r.headers.get('content-length') || 0);
  if (len > max) { process.stderr.write('response of ' + len + ' bytes is larger than ' + max); process.exit(4); }
  const b = Buffer.from(await r.arrayBuffer());
  if (b.length > max) { process.stderr.write('response is larger than ' + max + ' bytes'); process.exit(4); }
  process.stdout.write(b);
} catch (e) {
  process.stderr.write(String(e && e.cause ? e.cause.message || e.cause : e && e.message || e));
  process.exit(2);
}
`;

/** Fetches an http(s) URL synchronously; never throws. */
export function fetchSync(url: string, opts: FetchOptions = {}): FetchResult {
  const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
  if (!/^https?:\/\//i.test(url)) return { error: 'only http and https URLs are fetched' };
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, url, String(maxBytes)], {
      timeout: opts.timeoutMs ?? 30_000,
      maxBuffer: maxBytes + 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) };
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string; signal?: string; message: string };
    const msg = err.stderr?.toString().trim() || (err.signal ? `timed out (${err.signal})` : (err.code ?? err.message));
    return { error: msg };
  }
}
