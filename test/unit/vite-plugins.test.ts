import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from '../../scripts/vite/csp-plugin';
import { previewPort, tooLongPage } from '../../scripts/vite/preview-server-plugin';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of the built page', () => {
  const html = '<head><script>\n  applyTheme();\n</script><script type="module" src="/assets/index.js"></script></head>';

  it('allows each inline script by the hash of its exact text, and no script with a src by hash', () => {
    expect(inlineScriptHashes(html)).toEqual([sha('\n  applyTheme();\n')]);
  });

  it('is strict: own-origin scripts, no plugins, no <base>, no unsafe-inline or eval', () => {
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain(`script-src 'self' ${sha('\n  applyTheme();\n')}`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).not.toContain('frame-ancestors');
  });

  it("allows the dataset's worker from our own origin only (no blob: or data: workers)", () => {
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toMatch(/worker-src[^;]*(blob:|data:|\*)/);
  });

  it('adds frame-ancestors only for a header (a meta tag cannot carry it); open until the embed view sets it', () => {
    expect(contentSecurityPolicy(html, { forHeader: true })).toContain('frame-ancestors *');
  });
});

describe('npm start', () => {
  it.each([
    [undefined, 4173],
    ['', 4173],
    ['8080', 8080],
  ])('PORT=%s serves on %i', (value, port) => {
    expect(previewPort(value)).toBe(port);
  });

  it.each(['abc', '0', '70000', '80.5'])('refuses PORT=%s with a clear message', (value) => {
    expect(() => previewPort(value)).toThrow(`PORT must be a whole number from 1 to 65535, not "${value}".`);
  });

  it('answers an address too long to read with a page that goes to the start page', () => {
    const answer = tooLongPage('/dash/');
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('content="0; url=/dash/"');
  });
});
