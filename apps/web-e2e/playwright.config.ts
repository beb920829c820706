import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ADMIN, E2E_DEMO_PASSWORD } from './src/support/accounts';

// Picked once here; the workers inherit it through the environment.
process.env['E2E_PORT'] ??= String(20000 + Math.floor(Math.random() * 20000));
process.env['E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'tryggplan-e2e-'));
const port = Number(process.env['E2E_PORT']);
// messages.spec.ts listens here with a real SMTP server; mail sent while nobody listens just fails
process.env['E2E_SMTP_PORT'] ??= String(40000 + Math.floor(Math.random() * 20000));
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './src',
  outputDir: '../../tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 120_000,
  // 2 busy cores: a login (scrypt) or a map redraw can take seconds; waits still end on the app's signal
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node dist/apps/api/apps/api/src/main.js',
    cwd: '../..',
    url: `${baseURL}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(process.env['E2E_DATA_DIR'], 'e2e.sqlite'),
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      // every test logs in through the form from one address; the limits are tested in the API suite
      LOGIN_LIMIT_PER_IP: '100000',
      LOGIN_LIMIT_PER_ACCOUNT: '100000',
      // a closed port on this machine: tests never fetch map tiles from the internet
      TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      // a check-in's minute lasts 10 s here, so escalation shows within a test
      CHECK_IN_MINUTE_SECONDS: '10',
      SMTP_URL: `smtp://127.0.0.1:${process.env['E2E_SMTP_PORT']}`,
      MAIL_FROM: 'Tryggplan <no-reply@e2e.test>',
    },
  },
});
