import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, tileOrigin } from '@tryggplan/api/core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { jsonBodies, securityHeaders } from './http-hardening';
import { webCompression } from './web-compression';
import { bumpOnWrites } from './write-bump-routes';

export const JSON_BODY_LIMIT = '1mb';
/** A GeoJSON import may hold thousands of sites and long outlines. */
export const GEOJSON_IMPORT_LIMIT = '20mb';

/** The API (and the built web app, when present) configured exactly as it runs in production. */
export async function createApp(config: AppConfig, webRoot?: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, webRoot), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  bumpOnWrites(app);
  app.setGlobalPrefix('api', { exclude: [] });
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders);
  app.use(webCompression());
  app.use(
    '/api/events/:eventId/sites/import',
    jsonBodies({ limit: GEOJSON_IMPORT_LIMIT, type: ['application/json', 'application/geo+json'] }),
  );
  app.use(jsonBodies({ limit: JSON_BODY_LIMIT }));
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:', tileOrigin(config.tileUrl)],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      frameguard: { action: 'deny' },
      strictTransportSecurity: false,
    }),
  );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tryggplan API')
      .setDescription(
        'Security planning for people at large public events. Errors: {statusCode, error, message, details?}.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('tryggplan_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  app.enableShutdownHooks();
  return app;
}
