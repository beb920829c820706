import { INestApplication, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { WriteBump } from '@tryggplan/api/core';

const READS = new Set([RequestMethod.GET, RequestMethod.HEAD]);

/**
 * Puts WriteBump on every route that is not a read, before the router is built. As a global
 * interceptor it would also wrap every read in the interceptor chain, only to pass it through.
 */
export function bumpOnWrites(app: INestApplication): void {
  const bump = app.get(WriteBump);
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype: Record<string, unknown> }).prototype;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (method === undefined || READS.has(method)) continue;
        const own: unknown[] = Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];
        if (!own.includes(bump)) Reflect.defineMetadata(INTERCEPTORS_METADATA, [bump, ...own], handler);
      }
    }
  }
}
