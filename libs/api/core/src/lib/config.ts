import { z } from 'zod';
import { isAbsolute, resolve } from 'node:path';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');
const positiveInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** A `postgres://` (or `postgresql://`) URL that names a host; the password in it is never printed. */
const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return /^postgres(ql)?:$/.test(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a PostgreSQL URL: postgres://user:password@host:5432/database' },
);

/** An `smtp://` or `smtps://` URL that names a host; its password is never printed. */
const smtpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return /^smtps?:$/.test(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be an SMTP URL: smtp://user:password@host:587 or smtps://user:password@host:465' },
);
/** A sender: `address@example.org` or `Name <address@example.org>`. */
const mailFrom = z
  .string()
  .regex(
    /^(?:[^<>\r\n]+<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
    'must be an e-mail address, optionally with a name: Tryggplan <no-reply@example.org>',
  );

/** Every environment variable the API reads; docs/configuration.md describes each one. */
export const configSchema = z.object({
  PORT: positiveInt(1, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^\s*(\d+|(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d+)?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d+)?))*)\s*$/,
      'must be a number of proxy hops, or a comma-separated list of loopback, linklocal, uniquelocal, addresses or CIDR ranges',
    )
    .default('loopback'),
  DATABASE_PATH: z.string().min(1).default('data/tryggplan.sqlite'),
  DATABASE_URL: postgresUrl.optional(),
  SEED_DEMO: booleanFlag.default(true),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12).max(200).optional(),
  DEMO_PASSWORD: z.string().min(12).max(200).optional(),
  JWT_SECRET: z.string().min(32).optional(),
  SESSION_TTL_MINUTES: positiveInt(5, 24 * 60).default(30),
  COOKIE_SECURE: booleanFlag.default(false),
  LOGIN_LIMIT_PER_IP: positiveInt(1, 100000).default(20),
  LOGIN_LIMIT_PER_ACCOUNT: positiveInt(1, 100000).default(10),
  LOGIN_LIMIT_WINDOW_SECONDS: positiveInt(1, 86400).default(900),
  TILE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s]+\{z\}[^\s]*$/, 'must be an http(s) URL template containing {z}, {x} and {y}')
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  TILE_ATTRIBUTION: z.string().max(500).default('© OpenStreetMap contributors'),
  TILE_MAX_ZOOM: positiveInt(1, 22).default(19),
  RETENTION_DAYS: positiveInt(0, 3650).default(30),
  LINK_DAYS_AFTER_EVENT: positiveInt(0, 365).default(7),
  /** How long a minute of a check-in's escalation lasts, in seconds: 60, shorter only in browser tests. */
  CHECK_IN_MINUTE_SECONDS: positiveInt(1, 60).default(60),
  WEB_ROOT: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: mailFrom.optional(),
  SMS_PROVIDER: z.enum(['none', '46elks']).default('none'),
  SMS_46ELKS_URL: z.url({ protocol: /^https?$/ }).default('https://api.46elks.com/a1'),
  SMS_46ELKS_USERNAME: z.string().min(1).max(200).optional(),
  SMS_46ELKS_PASSWORD: z.string().min(1).max(200).optional(),
  SMS_FROM: z
    .string()
    .regex(
      /^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{2,10})$/,
      'must be a phone number in international form (+46…) or 3–11 letters and digits starting with a letter',
    )
    .optional(),
});

/** Which database the API runs on: the embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig = { driver: 'sqlite'; path: string } | { driver: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  publicUrl?: string;
  /** Which proxies' X-Forwarded-* headers are believed (Express `trust proxy`). */
  trustProxy: string | number;
  database: DatabaseConfig;
  /** The SQLite file, used or not: the data folder beside it holds the tile cache on either driver. */
  databasePath: string;
  seedDemo: boolean;
  adminEmail?: string;
  adminPassword?: string;
  demoPassword?: string;
  jwtSecret?: string;
  sessionTtlMinutes: number;
  cookieSecure: boolean;
  loginLimitPerIp: number;
  loginLimitPerAccount: number;
  loginLimitWindowSeconds: number;
  tileUrl: string;
  tileAttribution: string;
  tileMaxZoom: number;
  retentionDays: number;
  linkDaysAfterEvent: number;
  checkInMinuteSeconds: number;
  webRoot?: string;
  logLevel: string;
  /** E-mail through SMTP; absent when SMTP_URL is not set (e-mail is off). */
  mail?: { smtpUrl: string; from: string };
  /** SMS through a provider's HTTP API; absent when SMS_PROVIDER is none. */
  sms?: { provider: '46elks'; baseUrl: string; username: string; password: string; from: string };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Reads the environment once at boot; a bad value stops the start with a message that names the variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  if (c.ADMIN_EMAIL && !c.ADMIN_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_PASSWORD: required when ADMIN_EMAIL is set');
  }
  if (c.SMTP_URL && !c.MAIL_FROM) {
    throw new ConfigError('Invalid configuration:\n  MAIL_FROM: required when SMTP_URL is set');
  }
  const smsMissing =
    c.SMS_PROVIDER === '46elks'
      ? (['SMS_46ELKS_USERNAME', 'SMS_46ELKS_PASSWORD', 'SMS_FROM'] as const).filter((name) => !c[name])
      : [];
  if (smsMissing.length > 0) {
    const lines = smsMissing.map((name) => `  ${name}: required when SMS_PROVIDER is 46elks`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const databasePath = isAbsolute(c.DATABASE_PATH)
    ? c.DATABASE_PATH
    : resolve(process.cwd(), c.DATABASE_PATH);
  return {
    port: c.PORT,
    host: c.HOST,
    publicUrl: c.PUBLIC_URL,
    trustProxy: /^\s*\d+\s*$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY,
    database: c.DATABASE_URL
      ? { driver: 'postgres', url: c.DATABASE_URL }
      : { driver: 'sqlite', path: databasePath },
    databasePath,
    seedDemo: c.SEED_DEMO,
    adminEmail: c.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: c.ADMIN_PASSWORD,
    demoPassword: c.DEMO_PASSWORD,
    jwtSecret: c.JWT_SECRET,
    sessionTtlMinutes: c.SESSION_TTL_MINUTES,
    cookieSecure: c.COOKIE_SECURE,
    loginLimitPerIp: c.LOGIN_LIMIT_PER_IP,
    loginLimitPerAccount: c.LOGIN_LIMIT_PER_ACCOUNT,
    loginLimitWindowSeconds: c.LOGIN_LIMIT_WINDOW_SECONDS,
    tileUrl: c.TILE_URL,
    tileAttribution: c.TILE_ATTRIBUTION,
    tileMaxZoom: c.TILE_MAX_ZOOM,
    retentionDays: c.RETENTION_DAYS,
    linkDaysAfterEvent: c.LINK_DAYS_AFTER_EVENT,
    checkInMinuteSeconds: c.CHECK_IN_MINUTE_SECONDS,
    webRoot: c.WEB_ROOT,
    logLevel: c.LOG_LEVEL,
    mail: c.SMTP_URL && c.MAIL_FROM ? { smtpUrl: c.SMTP_URL, from: c.MAIL_FROM } : undefined,
    sms:
      c.SMS_PROVIDER === '46elks'
        ? {
            provider: '46elks',
            baseUrl: c.SMS_46ELKS_URL.replace(/\/$/, ''),
            username: c.SMS_46ELKS_USERNAME as string,
            password: c.SMS_46ELKS_PASSWORD as string,
            from: c.SMS_FROM as string,
          }
        : undefined,
  };
}

/** The origin of the tile server, for the Content-Security-Policy. */
export function tileOrigin(tileUrl: string): string {
  return new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin.replace('://a.', '://*.');
}
