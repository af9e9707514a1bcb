import { GraphQLError } from 'graphql';
import { msg } from '../common/msg.js';

/** Stable codes clients may branch on; never translated, never renamed. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A placeholder's value: text, a number, or a message translated in turn. */
export type MessageParam = string | number | { text: string; params?: Record<string, MessageParam> };

/** Values for `{{name}}` placeholders; a `{ text, params }` value is a message translated in turn. */
export type MessageParams = Record<string, MessageParam>;

/**
 * An error the caller is meant to see. The message is English source text with
 * `{{name}}` placeholders; the response plugin translates it into the caller's
 * language and fills in `params`.
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly params: MessageParams = {},
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class InvalidInputError extends AppError {
  /** `field` names the input field the message is about, so forms show it in the right place. */
  constructor(field: string | undefined, message: string, params: MessageParams = {}) {
    super('BAD_USER_INPUT', message, params, field ? { field } : {});
  }
}

export class NotFoundError extends AppError {
  constructor(message = msg('Not found.'), params: MessageParams = {}) {
    super('NOT_FOUND', message, params);
  }
}

export class ConflictError extends AppError {
  constructor(field: string | undefined, message: string, params: MessageParams = {}) {
    super('CONFLICT', message, params, field ? { field } : {});
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = msg('Please log in.')) {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = msg('You are not allowed to do this.')) {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, params: MessageParams, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, params, { retryAfterSeconds });
  }
}
