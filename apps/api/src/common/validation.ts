import type { z } from 'zod';
import { InvalidInputError } from './errors.js';

/**
 * Checks what a caller sent against a zod schema at the edge. The first problem
 * becomes a BAD_USER_INPUT error naming the field, so a form can show it in place.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, field?: string): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // A single value's issue has no path: the caller names the field it came from.
  const path = [field, ...issue.path.map(String)].filter(Boolean).join('.');
  throw new InvalidInputError(path || undefined, issue.message);
}
