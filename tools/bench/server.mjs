// Starts the built app on a free loopback port with a throwaway database, for benchmarks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BENCH_PASSWORD = 'bench-password-123';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'tryggplan-bench-'));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
      'dist/apps/api/apps/api/src/main.js',
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dir, 'bench.sqlite'),
        DEMO_PASSWORD: BENCH_PASSWORD,
        ADMIN_EMAIL: 'admin@bench.test',
        ADMIN_PASSWORD: BENCH_PASSWORD,
        LOG_LEVEL: 'silent',
        LOGIN_LIMIT_PER_IP: '100000',
        LOGIN_LIMIT_PER_ACCOUNT: '100000',
        // Nothing listens on port 9: print maps stay schematic, the bench measures rendering only.
        TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid,
    dbPath: join(dir, 'bench.sqlite'),
    async login(email) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: BENCH_PASSWORD }),
      });
      return (await res.json()).accessToken;
    },
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
