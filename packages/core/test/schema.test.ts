import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { validate } from '../src/schema.js';
import { qtySchema } from './helpers/context.js';

describe('validate', () => {
  it('resolves to the schema output', async () => {
    expect(await validate(qtySchema, { qty: 1, x: 2 }, 'm')).toEqual({ qty: 1 });
  });

  it('throws ValidationError with issues and paths', async () => {
    const error = await validate(qtySchema, {}, 'message 7').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ message: 'expected a number', path: ['qty'] }]);
    expect((error as ValidationError).message).toBe('message 7 failed schema validation: qty: expected a number');
  });
});
