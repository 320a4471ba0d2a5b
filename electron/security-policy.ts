/**
 * One Content-Security-Policy for both runtimes: the Electron window (response header
 * and meta tag) and the browser-mode pages. No eval, no remote origins; images, fonts and
 * workers may come from data:/blob: URLs the renderer makes itself (motif previews,
 * brand fonts loaded through the API).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
