/**
 * A strict Content-Security-Policy for the built app, as a <meta> tag in dist/index.html.
 *
 * Scripts run only from our own origin, plus the one small inline script that applies the stored theme
 * before first paint (allowed by its SHA-256 hash, so it costs no extra request). No plugins, no <base>,
 * no inline event handlers, no eval. `frame-ancestors` cannot be set from a meta tag: hosts that can send
 * headers send the same policy as a header with it (README → Deploy).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The SHA-256 source expression of every inline script in the page, in order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => {
    const digest = createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64');
    return `'sha256-${digest}'`;
  });
}

/** The policy for a page; `forHeader` adds what only a header can carry. */
export function contentSecurityPolicy(html: string, options: { forHeader?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The dataset's worker: a script of our own origin, nothing else (no blob: or data: workers).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // An embed view is planned: until it exists, any site may frame the dashboard (header only).
    ...(options.forHeader ? ['frame-ancestors *'] : []),
  ];
  return directives.join('; ');
}

export function cspPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = contentSecurityPolicy(html).replace(/'/g, '&#39;');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        // Right after <meta charset> (which must come first), before any script the policy governs.
        const charset = /<meta charset[^>]*>/i;
        return charset.test(html) ? html.replace(charset, (tag) => `${tag}\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}
