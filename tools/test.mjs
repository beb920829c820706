#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import {
  DEFAULT_TEST_DATABASE_URL,
  dropLeftovers,
  newRunId,
  postgresPassEnabled,
  printableUrl,
  reachable,
} from './postgres-pass.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  SCARF_ANALYTICS: 'false',
  FORCE_COLOR: '0',
};

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

const steps = [
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  // the module-boundary lint rule reads Nx's cached project graph; without it the rule is skipped
  ['project graph', bin('nx'), ['show', 'projects']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['type-check api', bin('tsc'), ['-p', 'apps/api/tsconfig.spec.json']],
  [
    'type-check web',
    bin('tsc'),
    ['-p', 'apps/web/tsconfig.spec.json', '--noEmit'],
    'apps/web/tsconfig.spec.json',
  ],
  ['type-check e2e', bin('tsc'), ['-p', 'apps/web-e2e/tsconfig.json', '--noEmit']],
  ['unit + integration (api, shared)', bin('jest'), ['-c', 'apps/api/jest.config.cjs', '--ci', '-w', '2']],
  [
    'integration on PostgreSQL',
    bin('jest'),
    ['-c', 'apps/api/jest.config.cjs', '--ci', '-w', '2', '--selectProjects', 'integration'],
  ],
  [
    'unit (web)',
    bin('jest'),
    ['-c', 'apps/web/jest.config.cjs', '--ci', '-w', '2'],
    'apps/web/jest.config.cjs',
  ],
  ['build', bin('nx'), ['run-many', '-t', 'build', '--output-style=stream']],
  [
    'browser (playwright)',
    bin('playwright'),
    ['test', '-c', 'apps/web-e2e/playwright.config.ts'],
    'apps/web/project.json',
  ],
];

const only = process.argv.slice(2);
const selected = steps.filter(([name]) => only.length === 0 || only.some((word) => name.includes(word)));
env.E2E_PORT ??= String(await freePort());

// One probe for the run: the schema comparison in the SQLite pass and the PostgreSQL pass both need the server.
const postgresUrl = env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
const postgresOn = postgresPassEnabled(env);
const runsJest = selected.some(([, command]) => command === bin('jest'));
const postgresUp = runsJest && (await reachable(postgresUrl));
const unreachable = `PostgreSQL not reachable at ${printableUrl(postgresUrl)}: skipping the PostgreSQL pass`;
if (postgresUp) env.TEST_DATABASE_URL = postgresUrl;
else delete env.TEST_DATABASE_URL;
if (runsJest && !postgresUp)
  process.stdout.write(`\n${unreachable} (and the schema comparison of the SQLite pass)\n`);
const runId = newRunId();

/** Why the PostgreSQL pass does not run, or undefined when it does; `fail` when that is an error. */
function postgresSkip() {
  if (!postgresOn) return { reason: 'the PostgreSQL pass is off (TEST_POSTGRES=off)' };
  if (postgresUp) return undefined;
  return { reason: unreachable, fail: env.REQUIRE_POSTGRES === 'true' };
}

const results = [];
for (const [name, command, args, requires] of selected) {
  if (requires && !existsSync(requires)) continue;
  const onPostgres = name === 'integration on PostgreSQL';
  const skip = onPostgres ? postgresSkip() : undefined;
  if (skip) {
    process.stdout.write(
      `\n=== ${name}: ${skip.reason}${skip.fail ? ' (REQUIRE_POSTGRES=true: a failure)' : ''}\n`,
    );
    if (!skip.fail) continue;
    results.push({ name, ok: false, seconds: '0.0' });
    break;
  }
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const stepEnv = onPostgres ? { ...env, TEST_DRIVER: 'postgres', TEST_RUN_ID: runId } : env;
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: stepEnv });
  if (onPostgres) {
    const left = await dropLeftovers(postgresUrl, runId);
    if (left.length > 0) process.stdout.write(`dropped ${left.length} test databases left behind\n`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: status === 0, seconds });
  if (status !== 0) break;
}
process.stdout.write('\n=== summary\n');
for (const { name, ok, seconds } of results)
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)\n`);
const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
