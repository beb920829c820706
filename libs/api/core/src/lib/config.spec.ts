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
  ])('names the bad variable %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
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
