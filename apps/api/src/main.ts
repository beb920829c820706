import 'reflect-metadata';
import { UsersService } from '@tryggplan/api/auth-data';
import { ConfigError, loadConfig } from '@tryggplan/api/core';
import { join } from 'node:path';
import { createApp } from './app/create-app';
import { DemoSeeder } from './database/seed/demo-seeder';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee docs/configuration.md.\n`);
      process.exit(2);
    }
    throw error;
  }
  const webRoot = config.webRoot ?? join(__dirname, '../../../../web/browser');
  const app = await createApp(config, webRoot);
  await app.init();

  const lines: string[] = [];
  const admin = await app.get(UsersService).ensureFirstAdmin();
  if (admin?.generatedPassword) {
    lines.push(
      `First admin: ${admin.email} / ${admin.generatedPassword}  (shown only this once: note it now)`,
    );
  } else if (admin) {
    lines.push(`First admin: ${admin.email} (password from ADMIN_PASSWORD)`);
  }
  if (config.seedDemo) {
    for (const login of await app.get(DemoSeeder).seedIfEmpty(config.demoPassword)) {
      lines.push(`Demo ${login.role}: ${login.email} / ${login.password}`);
    }
  }

  await app.listen(config.port, config.host);
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  process.stdout.write(
    [
      '',
      `Tryggplan is running at ${url}`,
      `API docs: ${url}/api/docs`,
      ...lines,
      lines.length === 0
        ? 'Log in with the accounts created at first start (see docs/getting-started.md).'
        : '',
      '',
    ].join('\n') + '\n',
  );
}

void main();
