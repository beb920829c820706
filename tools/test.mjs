#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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
env.E2E_PORT ??= String(await freePort());
const results = [];
for (const [name, command, args, requires] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  if (requires && !existsSync(requires)) continue;
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
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
