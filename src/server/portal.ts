/**
 * Serves the validation portal (static files built by `npm run build:portal` into dist/portal/) at `/`. The files are
 * read once at start; a missing build gives a page that says how to build it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', // libxml2 (xmllint-wasm), the Web Worker's XML Schema processor
};

export function portalRoutes(dir: string) {
  return async (app: FastifyInstance): Promise<void> => {
    const files = new Map<string, Buffer>();
    if (existsSync(dir))
      for (const f of readdirSync(dir)) if (TYPES[extname(f)]) files.set(f, readFileSync(join(dir, f)));
    const send = (name: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
      const b = files.get(name);
      if (!b)
        return reply
          .code(404)
          .type('text/html; charset=utf-8')
          .send(
            '<!doctype html><title>sbr-validator</title><p>The portal is not built: run <code>npm run build:portal</code>.</p>',
          );
      return reply
        .type(TYPES[extname(name)]!)
        .header('cache-control', 'no-cache')
        .header(
          'content-security-policy',
          "default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-src 'self' blob:; worker-src 'self' blob:",
        )
        .send(b);
    };
    app.get('/', send('index.html'));
    for (const name of files.keys()) if (name !== 'index.html') app.get(`/${name}`, send(name));
  };
}
