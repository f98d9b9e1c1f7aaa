import type { StandardSchemaV1 } from '@standard-schema/spec';
import { ValidationError, type ValidationIssue } from './errors.js';

/**
 * Any Standard Schema v1 (zod 4, valibot, arktype…) whose output is `T`: https://standardschema.dev
 *
 * @example
 * const Order = z.object({ id: z.string() }) // a Schema<{ id: string }>
 * queue({ schema: Order }, async (msg) => save(msg.data.id)) // msg.data: { id: string }
 */
export type Schema<T = unknown> = StandardSchemaV1<unknown, T>;

function pathOf(issue: StandardSchemaV1.Issue): PropertyKey[] | undefined {
  return issue.path?.map((p) => (typeof p === 'object' && p !== null ? p.key : p));
}

/**
 * Validates a value against a Standard Schema; resolves to the schema's output or throws `ValidationError`.
 *
 * @example
 * const order = await validate(OrderSchema, JSON.parse(text), 'message 42')
 */
export async function validate<T>(schema: Schema<T>, value: unknown, what: string): Promise<T> {
  const result = await schema['~standard'].validate(value);
  if (result.issues) {
    const issues: ValidationIssue[] = result.issues.map((i) => {
      const path = pathOf(i);
      return path ? { message: i.message, path } : { message: i.message };
    });
    throw new ValidationError(what, issues);
  }
  return result.value;
}
