import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { Language, validate } from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { z } from 'zod';
import { invalidInput } from './errors';
import { requestLanguage } from './request-language';

/** Parses input, or answers 400 in the caller's language (an `Actor`, or anything with `lang`). */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  caller: { lang: Language },
): z.output<T> {
  const result = validate(schema, input, caller.lang);
  if (!result.ok) throw invalidInput(result.details);
  return result.value;
}

// Nest treats any argument with a `transform` method as a pipe, so the schema travels wrapped.
const validBody = createParamDecorator((data: { schema: z.ZodType }, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return parseOrThrow(data.schema, req.body ?? {}, { lang: requestLanguage(req) });
});

const validQuery = createParamDecorator((data: { schema: z.ZodType }, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return parseOrThrow(data.schema, req.query ?? {}, { lang: requestLanguage(req) });
});

/** The request body checked against a domain schema; unknown fields and bad values answer 400 naming the field. */
export const ValidBody = (schema: z.ZodType) => validBody({ schema });
export const ValidQuery = (schema: z.ZodType) => validQuery({ schema });

/** Documents a body in OpenAPI from the same schema that validates it. */
export function ApiJsonBody(schema: z.ZodType) {
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' });
  return applyDecorators(ApiBody({ schema: jsonSchema as Record<string, unknown> }));
}
