import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from './harness.js';

const MB = 1024 * 1024;

describe.each(dialectsUnderTest())('upload quotas on %s', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect, {
      UPLOAD_MAX_MB: '1',
      UPLOAD_ACCOUNT_MAX_MB: '2',
      UPLOAD_ACCOUNT_MAX_FILES: '3',
      UPLOADS_PER_HOUR: '5',
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const upload = async (token: string, bytes: number) => {
    const response = await fetch(`${api.url}/uploads?name=site.tar.gz`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-elasticweb-upload': '1' },
      body: Buffer.alloc(bytes, 7),
    });
    return { status: response.status, body: (await response.json()) as { id?: string; error?: string } };
  };

  it('refuses a file larger than allowed from its declared size, before reading the body', async () => {
    const { token } = await api.signUp();
    // Headers announce 50 MB and only a few bytes follow: the answer must not wait for the rest.
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        `${api.url}/uploads?name=site.tar.gz`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'x-elasticweb-upload': '1', 'content-length': 50 * MB },
        },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : fail(error)));
      req.write(Buffer.alloc(1024));
    });
    expect(status).toBe(413);
  });

  it('asks for the size of a body sent without one', async () => {
    const { token } = await api.signUp();
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        `${api.url}/uploads?name=site.tar.gz`,
        { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-elasticweb-upload': '1' } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      // Written before end(): Node sends it chunked, with no Content-Length.
      req.write(Buffer.alloc(10));
      req.end();
    });
    expect(status).toBe(411);
  });

  it('limits what one account keeps waiting: its space and its number of files', async () => {
    const space = await api.signUp();
    expect((await upload(space.token, 0.9 * MB)).status).toBe(201);
    expect((await upload(space.token, 0.9 * MB)).status).toBe(201);
    const full = await upload(space.token, 0.5 * MB);
    expect(full.status).toBe(413);
    expect(full.body.error).toBe('uploads waiting to be imported take 2 MB of the 2 MB an account may keep');

    const files = await api.signUp();
    for (let i = 0; i < 3; i++) expect((await upload(files.token, 1000)).status).toBe(201);
    const many = await upload(files.token, 1000);
    expect(many.status).toBe(409);
    expect(many.body.error).toMatch(/^3 uploads are waiting to be imported/);
    // Another account is not held back by either.
    expect((await upload((await api.signUp()).token, 1000)).status).toBe(201);
  });

  it('limits how many files an account may upload an hour', async () => {
    const { token, id } = await api.signUp();
    for (let i = 0; i < 3; i++) expect((await upload(token, 1000)).status).toBe(201);
    // Imported, they stop counting as waiting; the hourly count stays.
    await api.dataSource.query('DELETE FROM uploads WHERE account_id = ?', [id]);
    expect((await upload(token, 1000)).status).toBe(201);
    expect((await upload(token, 1000)).status).toBe(201);
    const sixth = await upload(token, 1000);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatch(/^at most 5 uploads an hour/);
  });
});
