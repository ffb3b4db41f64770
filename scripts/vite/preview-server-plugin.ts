/**
 * Makes `vite preview` (what `npm start` serves) answer every page URL with the app, as a production host
 * with a single-page fallback should:
 * - a path with broken percent-encoding (`/labs/%E0%A4%A`, `/%%`) gets index.html with status 404, so the
 *   app shows its own not-found view instead of an empty 404;
 * - request heads up to 64 KB are read (Node's default is 16 KB, above which it answers an empty 431),
 *   so an over-long shared URL reaches the app, which cleans it; a longer one gets a short page that
 *   sends the browser to the app's start page instead of an empty 431.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Node's `--max-http-header-size` for the preview server, in bytes. */
export const PREVIEW_MAX_HEADER_BYTES = 64 * 1024;

/** The decoded path, or null if its percent-encoding is broken (the result is used, so no bundler drops the call). */
function decodePath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '');
  } catch {
    return null;
  }
}

function wantsPage(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
}

/** A 431 answer a browser can act on: it says why and goes to the start page. */
export function tooLongPage(base: string): string {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${base}"><title>Address too long</title></head><body><p>This address is too long to open. <a href="${base}">Go to the dashboard</a>.</p></body></html>`;
  return `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

export function previewServerPlugin(): Plugin {
  return {
    name: 'preview-server-hardening',
    configurePreviewServer(server) {
      const distDir = path.resolve(server.config.root, server.config.build.outDir);
      const indexFile = path.join(distDir, 'index.html');
      if (!existsSync(indexFile)) {
        throw new Error(`${indexFile} does not exist: run \`npm run build\` first (\`npm start\` does both).`);
      }
      // Read for each connection by Node's HTTP parser; same effect as --max-http-header-size.
      const httpServer = server.httpServer as typeof server.httpServer & { maxHeaderSize?: number };
      httpServer.maxHeaderSize = PREVIEW_MAX_HEADER_BYTES;
      // Before Vite's own handler, which answers an empty 431 (it stops once the socket is closed).
      httpServer.prependListener('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
        if (err.code === 'HPE_HEADER_OVERFLOW' && socket.writable) socket.end(tooLongPage(server.config.base));
      });
      server.middlewares.use((req, res, next) => {
        if (!req.url || !wantsPage(req) || decodePath(req.url) !== null) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(indexFile));
      });
    },
  };
}

/** The port from `PORT`, or the default; a clear error for a value that is not a port. */
export function previewPort(value: string | undefined, fallback = 4173): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${value}".`);
  }
  return port;
}
