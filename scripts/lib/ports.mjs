// Loopback port helpers (Node built-ins only).
import net from 'node:net';

/** True when nothing listens on host:port and we can bind it. */
export function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** An ephemeral free port on 127.0.0.1, or the first free one of `preferred` if given. */
export async function freePort({ preferred = [], host = '127.0.0.1' } = {}) {
  for (const p of preferred) if (p && (await isPortFree(p, host))) return p;
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen({ port: 0, host, exclusive: true }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Several distinct free ports. */
export async function freePorts(n) {
  const ports = new Set();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

export function range(from, count) {
  return Array.from({ length: count }, (_, i) => from + i);
}
