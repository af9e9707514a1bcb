import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/errors.js';
import type { MessageParams } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { RequestContext } from './context.js';
import { msg } from '../common/msg.js';

/** Codes Apollo and graphql-js give to a caller's own mistakes; their messages are safe to show. */
const CALLER_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const INTERNAL_MESSAGE = msg('Something went wrong on our side. Please try again in a moment.');

function isCallerError(error: unknown): boolean {
  if (error instanceof AppError) return true;
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  // graphql-js validation errors have no original error and no code before Apollo adds one.
  return typeof code === 'string' && CALLER_CODES.has(code);
}

/** Puts English source text into a language; the i18n module provides it to the kernel. */
export type Translate = (language: string, text: string, params: MessageParams) => Promise<string>;

/**
 * Translates our errors into the caller's language and logs anything unexpected with
 * the request id. Runs before `formatError`, on the original errors.
 */
export function errorPlugin(translate: Translate, logger: Logger): ApolloServerPlugin<RequestContext> {
  // One listener object for every request: nothing to allocate on the happy path.
  const listener: GraphQLRequestListener<RequestContext> = {
    async didEncounterErrors({ contextValue, errors }) {
      for (const error of errors) {
        const original = error.originalError ?? error;
        if (original instanceof AppError) {
          error.message = await translate(contextValue.language, original.message, original.params);
        } else if (!isCallerError(error) && error.originalError) {
          logger.error(
            { err: error.originalError, requestId: contextValue.requestId, path: error.path },
            'unexpected error',
          );
        }
      }
    },
  };
  return { requestDidStart: async () => listener };
}

/** What leaves the API: a message, a stable code, the field it concerns; never a stack or SQL. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.code;
  if (original instanceof AppError || (typeof code === 'string' && CALLER_CODES.has(code))) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
