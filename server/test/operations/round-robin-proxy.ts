import http from 'node:http';

/** A plain round-robin HTTP proxy on 127.0.0.1 in front of several app instances (as a load balancer would be). */
export interface RoundRobinProxy {
  url: string;
  /** Which target served each request so far, in order (indexes into `targets`). */
  served: number[];
  close: () => Promise<void>;
}

/**
 * Forwards each request to the next target in turn, headers and body as they are, and tags the
 * answer with `x-served-by`. Port 0 picks a free port.
 */
export function startRoundRobinProxy(targets: readonly string[], port = 0): Promise<RoundRobinProxy> {
  let next = 0;
  const served: number[] = [];
  const server = http.createServer((req, res) => {
    const index = next;
    next = (next + 1) % targets.length;
    served.push(index);
    const target = new URL(req.url ?? '/', targets[index]);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': String(index) });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('upstream unavailable');
    });
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
        served,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// Run as a program (the e2e replicas start this in front of two servers): PROXY_PORT, PROXY_TARGETS (comma-separated).
if (require.main === module) {
  const targets = (process.env.PROXY_TARGETS ?? '').split(',').filter(Boolean);
  void startRoundRobinProxy(targets, Number(process.env.PROXY_PORT ?? 0)).then((proxy) => {
    console.log(`[proxy] ${proxy.url} → ${targets.join(', ')}`);
  });
}
