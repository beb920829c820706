import { INestApplication, NestInterceptor, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { MOVES_CHANGE_NUMBER, WriteBump } from '@tryggplan/api/core';
import type { Request } from 'express';

const READS = new Set([RequestMethod.GET, RequestMethod.HEAD]);
const APP_WRITE_BUMP = 'tryggplanWriteBump';

/** Route metadata is the process's, not one app's: this one interceptor bumps through the app serving the request. */
const bumpThroughServingApp: NestInterceptor = {
  intercept(context, next) {
    const { app } = context.switchToHttp().getRequest<Request>();
    return (app.locals[APP_WRITE_BUMP] as WriteBump).intercept(context, next);
  },
};

/**
 * Puts WriteBump on every route that is not a read (nor one that moves the number itself, see
 * `@MovesChangeNumber`), before the router is built. As a global interceptor it would also wrap
 * every read in the interceptor chain, only to pass it through.
 */
export function bumpOnWrites(app: INestApplication): void {
  app.getHttpAdapter().getInstance().locals[APP_WRITE_BUMP] = app.get(WriteBump);
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype: Record<string, unknown> }).prototype;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (method === undefined || READS.has(method)) continue;
        if (Reflect.getMetadata(MOVES_CHANGE_NUMBER, handler)) continue;
        const own: unknown[] = Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];
        if (!own.includes(bumpThroughServingApp))
          Reflect.defineMetadata(INTERCEPTORS_METADATA, [bumpThroughServingApp, ...own], handler);
      }
    }
  }
}
