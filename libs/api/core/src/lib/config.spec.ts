import { ConfigError, loadConfig, tileOrigin } from './config';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, seedDemo: true, sessionTtlMinutes: 30, tileMaxZoom: 19 });
    expect(config.databasePath).toMatch(/data\/tryggplan\.sqlite$/);
  });

  it.each([
    ['PORT', '70000'],
    ['SEED_DEMO', 'yes'],
    ['TILE_URL', 'ftp://tiles.example/{z}/{x}/{y}.png'],
    ['ADMIN_PASSWORD', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://db.example/tryggplan'],
    ['DATABASE_URL', 'postgres:tryggplan'],
    ['TRUST_PROXY', 'everyone'],
  ])('names the bad variable %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('runs on SQLite at DATABASE_PATH unless DATABASE_URL names a PostgreSQL server', () => {
    const sqlite = loadConfig({ DATABASE_PATH: '/srv/tp/db.sqlite' });
    expect(sqlite.database).toEqual({ driver: 'sqlite', path: '/srv/tp/db.sqlite' });
    const url = 'postgres://tp:secret@db.internal:5432/tryggplan';
    const postgres = loadConfig({ DATABASE_URL: url, DATABASE_PATH: '/srv/tp/db.sqlite' });
    expect(postgres.database).toEqual({ driver: 'postgres', url });
    expect(postgres.databasePath).toBe('/srv/tp/db.sqlite');
  });

  it('never prints the password of a bad DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://tp:hunter22@db/tp' })).not.toThrow(/hunter22/);
  });

  it('believes forwarded headers from loopback only, unless told which proxies to trust', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 172.16.0.0/12' }).trustProxy).toBe('loopback, 172.16.0.0/12');
  });

  it('wants a password with an admin email', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.se' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('derives the tile origin for the Content-Security-Policy', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.org');
  });
});

describe('loadConfig: e-mail and SMS', () => {
  it('keeps both off unless configured', () => {
    const config = loadConfig({});
    expect(config.mail).toBeUndefined();
    expect(config.sms).toBeUndefined();
  });

  it('turns e-mail on with SMTP_URL and MAIL_FROM, and needs both', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://mail.example:587',
      MAIL_FROM: 'Tryggplan <no-reply@example.org>',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://mail.example:587',
      from: 'Tryggplan <no-reply@example.org>',
    });
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example:587' })).toThrow(/MAIL_FROM: required/);
  });

  it.each([
    ['SMTP_URL', 'http://mail.example'],
    ['SMTP_URL', 'smtp:mail'],
    ['MAIL_FROM', 'no address here'],
    ['SMS_PROVIDER', 'twilio'],
    ['SMS_FROM', '070-1234567'],
    ['SMS_46ELKS_URL', 'ftp://api.46elks.com'],
  ])('names the bad variable %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('never prints the password of a bad SMTP_URL', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://user:hunter22@mail' })).not.toThrow(/hunter22/);
  });

  it('turns SMS on with 46elks and names each missing setting', () => {
    expect(() => loadConfig({ SMS_PROVIDER: '46elks', SMS_FROM: 'Tryggplan' })).toThrow(
      /SMS_46ELKS_USERNAME: required[\s\S]*SMS_46ELKS_PASSWORD: required/,
    );
    const config = loadConfig({
      SMS_PROVIDER: '46elks',
      SMS_46ELKS_USERNAME: 'u1',
      SMS_46ELKS_PASSWORD: 'p1',
      SMS_FROM: '+46701234567',
    });
    expect(config.sms).toEqual({
      provider: '46elks',
      baseUrl: 'https://api.46elks.com/a1',
      username: 'u1',
      password: 'p1',
      from: '+46701234567',
    });
  });
});
