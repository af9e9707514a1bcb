import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from './harness.js';

/** The guide's own address for the panel, replaced by the test API's. */
const PANEL = 'https://panel.example.com';
const GUIDE = readFileSync(resolve(import.meta.dirname, '../../../docs/partner-api.md'), 'utf8');

interface Example {
  /** The heading the example stands under, to name the test. */
  section: string;
  command: string;
  answer: { language: string; text: string };
}

/** Every `sh` block of the guide with the answer block that follows it. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const blocks = [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block[1] !== 'sh' || !next || next[1] === 'sh') return;
    const section = [...markdown.slice(0, block.index).matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
    examples.push({ section, command: block[2]!, answer: { language: next[1]!, text: next[2]! } });
  });
  return examples;
}

/**
 * The answer has the documented shape: the same keys, arrays of the same length, the
 * same kinds of values, and the same strings, except money amounts and secrets, which
 * depend on the account's history.
 */
function expectShape(actual: unknown, documented: unknown, key = ''): void {
  if (Array.isArray(documented)) {
    expect(Array.isArray(actual), key).toBe(true);
    expect((actual as unknown[]).length, key).toBe(documented.length);
    documented.forEach((item, index) => expectShape((actual as unknown[])[index], item, key));
  } else if (documented && typeof documented === 'object') {
    expect(Object.keys(actual as object).sort(), key).toEqual(Object.keys(documented).sort());
    for (const [name, value] of Object.entries(documented)) expectShape((actual as never)[name], value, name);
  } else if (key === 'amount') {
    expect(actual).toMatch(/^-?\d+\.\d{6}$/);
  } else if (key === 'secret') {
    expect(actual).toMatch(/^ewp_[\w-]{43}$/);
  } else if (typeof documented === 'number') {
    expect(typeof actual, key).toBe('number');
  } else {
    expect(actual, key).toEqual(documented);
  }
}

function run(command: string, env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) =>
    execFile('bash', ['-euo', 'pipefail', '-c', command], { env: { ...process.env, ...env } }, (error, stdout) =>
      error ? fail(error) : done(stdout),
    ),
  );
}

describe.each(dialectsUnderTest().slice(-1))('the partner API guide, run against the API (%s)', (dialect) => {
  let api: TestApi;
  let env: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    const partner = await api.signUp();
    await api.gql('mutation { becomePartner { code } }', {}, { token: partner.token });
    const made = await api.gql<{ createPartnerToken: { secret: string } }>(
      'mutation { createPartnerToken(name: "guide") { secret } }',
      {},
      { token: partner.token },
    );
    env = { ELASTICWEB_SESSION: partner.token, ELASTICWEB_TOKEN: made.data!.createPartnerToken.secret };
  });
  afterAll(async () => api?.close());

  const examples = examplesOf(GUIDE);
  it('has an example with its answer for each part of the guide', () => {
    expect(new Set(examples.map((example) => example.section))).toEqual(
      new Set(['A token', 'A first query', 'Grouping and ranges', 'Errors', 'The schema']),
    );
  });

  it.each(examples.map((example, index) => [`${index + 1}. ${example.section}`, example] as const))(
    'example %s answers as documented',
    async (_name, example) => {
      const output = await run(example.command.replaceAll(PANEL, api.url), env);
      if (example.answer.language === 'json') expectShape(JSON.parse(output), JSON.parse(example.answer.text));
      else expect(output).toBe(example.answer.text);
    },
  );
});
