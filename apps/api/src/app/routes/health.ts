import type { ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger.js';
import { dialectOfDataSource } from '../../database/locking.js';
import { sendJson } from '../../http/graphql-handler.js';

/** GET /healthz: 200 while the database answers, 503 when it does not. */
export function healthRoute(dataSource: DataSource, logger: Logger) {
  return async (res: ServerResponse): Promise<void> => {
    try {
      await dataSource.query('SELECT 1');
      sendJson(res, 200, {
        status: 'ok',
        database: { status: 'ok', dialect: dialectOfDataSource(dataSource) },
      });
    } catch (error) {
      logger.error({ err: error }, 'health check: database unreachable');
      sendJson(res, 503, { status: 'error', database: { status: 'unreachable' } });
    }
  };
}
