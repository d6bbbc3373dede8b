import { randomBytes } from 'node:crypto';

/** One Content Security Policy for both fronts: no inline script, styles only with the page's nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Puts the nonce into index.html's meta tag, where Emotion (MUI's styles) picks it up. */
export function withNonce(indexHtml: string, nonce: string): string {
  return indexHtml.replaceAll('__CSP_NONCE__', nonce);
}
