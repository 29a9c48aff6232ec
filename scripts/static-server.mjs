// A plain static file server for the built catalogue (storybook-static/), as any host would
// serve it: files only, no rewrites, no fallback, mounted under a sub-path. A request outside
// the sub-path is a 404, so an asset the catalogue asks for by an absolute URL shows up as one.
// Used by test/dist/static-catalogue.test.ts and benchmarks/screenshots/capture.mjs.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` at `http://127.0.0.1:<free port><prefix>` until `close()`.
 * @param {string} root the directory to serve
 * @param {string} prefix the sub-path, starting and ending with `/`
 * @returns {Promise<{ url: string, notFound: string[], close: () => Promise<void> }>}
 */
export async function serveStatic(root, prefix = '/') {
  const notFound = [];
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const relative = pathname.startsWith(prefix)
      ? decodeURIComponent(pathname.slice(prefix.length))
      : null;
    const file = relative === null ? null : path.join(root, relative || 'index.html');
    if (file?.startsWith(root)) {
      try {
        const info = await stat(file);
        const target = info.isDirectory() ? path.join(file, 'index.html') : file;
        const body = await readFile(target);
        response.writeHead(200, {
          'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
          // Pages afresh, assets from the browser's cache once loaded, as a host serves them:
          // a test opening every story loads the preview's scripts once, not once per story.
          // Each server has its own port, so nothing is ever cached across builds.
          'Cache-Control': target.endsWith('.html') ? 'no-store' : 'max-age=3600',
        });
        response.end(body);
        return;
      } catch {
        // fall through to 404
      }
    }
    notFound.push(pathname);
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    notFound,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
