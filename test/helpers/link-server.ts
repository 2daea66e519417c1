import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkServer {
  base: string;
  /** Most requests that were open at the same time. */
  maxConcurrent: () => number;
  /** Settles when a request for `path` has come. */
  requested: (path: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A local server on 127.0.0.1 with one path for each way a link can behave:
 * fine, missing, failing, redirecting, looping, slow, or cut off.
 */
export async function startLinkServer(): Promise<LinkServer> {
  let open = 0;
  let peak = 0;
  const seen = new Set<string>();
  const waiting = new Map<string, Array<() => void>>();
  const server: Server = createServer((req, res) => {
    open++;
    peak = Math.max(peak, open);
    res.on('close', () => open--);
    const path = req.url ?? '/';
    seen.add(path);
    for (const resolve of waiting.get(path) ?? []) resolve();
    waiting.delete(path);
    const redirect = (to: string, code = 301) => res.writeHead(code, { location: to }).end();
    if (path === '/ok' || path.startsWith('/ok?')) res.writeHead(200).end('fine');
    else if (path === '/missing') res.writeHead(404).end('gone');
    else if (path === '/error') res.writeHead(500).end('broken');
    else if (path === '/chain-1') redirect('/chain-2', 301);
    else if (path === '/chain-2') redirect('/chain-3', 302);
    else if (path === '/chain-3') redirect('/ok', 307);
    else if (path === '/loop-a') redirect('/loop-b');
    else if (path === '/loop-b') redirect('/loop-a');
    else if (path.startsWith('/slow')) setTimeout(() => res.writeHead(200).end('late'), 3000).unref();
    else if (path === '/reset') req.socket.destroy();
    else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else if (path.startsWith('/wait')) setTimeout(() => res.writeHead(200).end('ok'), 100).unref();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    maxConcurrent: () => peak,
    requested: (path) => (seen.has(path) ? Promise.resolve() : new Promise((resolve) => waiting.set(path, [...(waiting.get(path) ?? []), resolve]))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
