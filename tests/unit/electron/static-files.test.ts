import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { resolveStaticFile, serveStaticFile } from '../../../electron/static-files';
import { rawRequest } from '../../helpers/raw-http';

/**
 * The one way the built renderer is served (browser mode and the curation hub): a real HTTP
 * server over a real folder, asked with raw request lines so no client normalises `..` away.
 */
let dir: string;
let root: string;
let server: http.Server;
let port: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-static-'));
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // beside the folder: what a traversal would try to read
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'database password');
  fs.writeFileSync(path.join(dir, 'renderer-evil.txt'), 'sibling with the same prefix');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // a raw path (no URL normalisation) too: what a careless server would hand over
    const rawPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
    serveStaticFile(req, res, root, req.headers['x-raw'] ? rawPath : pathname, { transformHtml: (html) => html.replace('<head>', '<head><meta name="marked" />') });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One GET with the request line exactly as given. */
const get = (target: string, headers: Record<string, string> = {}) => rawRequest(`http://127.0.0.1:${port}/`, target, { headers });

describe('static files of the built renderer', () => {
  it('serves index.html at / (through transformHtml) and each asset with its content type, the CSP and nosniff', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<head><meta name="marked" />');
    expect(Number(index.headers['content-length'])).toBe(Buffer.byteLength(index.body));
    const expected: [string, string][] = [
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/app.css', 'text/css; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml'],
    ];
    for (const [file, type] of expected) {
      const r = await get(file);
      expect(r.status, file).toBe(200);
      expect(r.headers['content-type'], file).toBe(type);
    }
    for (const r of [index, await get('/assets/app.js')]) {
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('refuses every way out of the folder: .., encoded .., a sibling with the same prefix, a symlink, a NUL, a folder', async () => {
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/../renderer-evil.txt', '/assets/link.txt', '/assets/app.js%00.html', '/assets', '/assets/', '/missing.js'];
    for (const target of attempts) {
      for (const raw of [false, true]) {
        const r = await get(target, raw ? { 'x-raw': '1' } : {});
        expect(r.status, `${target} raw=${raw}`).toBe(404);
        expect(r.body).not.toContain('database password');
        expect(r.body).not.toContain('sibling');
        expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      }
    }
    expect(resolveStaticFile(root, '/../secret.txt')).toBeNull();
    expect(resolveStaticFile(root, '/../renderer-evil.txt')).toBeNull();
    expect(resolveStaticFile(root, '/assets/app.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'app.js')));
  });
});
