import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/**
 * The built renderer as static files: one way to serve it, used by browser mode (electron/serve.ts)
 * and by the curation hub (electron/hub/server.ts). Files only from inside the folder (a path that
 * resolves outside, a folder or a missing file is a 404), a known content type, nosniff and the
 * one Content-Security-Policy of both runtimes.
 */

/**
 * The built renderer, dist/renderer, found by walking up from this module: the bundler may put
 * this code in dist-electron/ or in a lazily loaded chunk one folder deeper.
 */
export function defaultStaticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'dist', 'renderer');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return path.resolve(here, '..', 'dist', 'renderer');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a decoded URL path names inside `root`, or null when it would leave the folder or is no file. */
export function resolveStaticFile(root: string, pathname: string): string | null {
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return null;
  try {
    // a symlink inside the folder must not lead out of it either
    const real = fs.realpathSync(file);
    if (real !== fs.realpathSync(base) && !real.startsWith(fs.realpathSync(base) + path.sep)) return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

export interface StaticOptions {
  /** rewrites index.html before it is sent (the hub marks the page as hub mode) */
  transformHtml?: (html: string) => string;
}

/** Answers a GET/HEAD for `pathname` (already percent-decoded) from `root`; 404 when there is no such file. */
export function serveStaticFile(req: http.IncomingMessage, res: http.ServerResponse, root: string, pathname: string, options: StaticOptions = {}): void {
  const file = resolveStaticFile(root, pathname);
  const common = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Referrer-Policy': 'no-referrer' };
  if (!file) {
    res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(fs.existsSync(path.join(root, 'index.html')) ? 'Not found' : 'Renderer not built: run "npm run build".');
    return;
  }
  const headers = { ...common, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' };
  if (options.transformHtml && path.extname(file) === '.html') {
    const body = Buffer.from(options.transformHtml(fs.readFileSync(file, 'utf8')), 'utf8');
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': fs.statSync(file).size });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}
