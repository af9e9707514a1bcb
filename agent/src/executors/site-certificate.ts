import * as acme from 'acme-client';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { Agent as HttpsAgent } from 'node:https';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { certificateFacts, certificatePaths, checkCertificate, type CommandArgs } from '@elasticweb/protocol';
import { ensureDir, writeFileAtomic } from '../files.js';
import type { Outcome } from '../journal.js';
import { failed, succeeded, type ExecutorContext } from './context.js';

let trustConfigured = false;

const accountFile = (context: ExecutorContext) => join(context.config.state, 'acme-account.json');

function rememberAccount(context: ExecutorContext, client: acme.Client): void {
  const record = { directoryUrl: context.config.acme.directoryUrl, accountUrl: client.getAccountUrl() };
  writeFileAtomic(accountFile(context), JSON.stringify(record), 0o600);
}

/** The host's ACME account: a key made on first use and kept in the agent's state. */
async function acmeClient(context: ExecutorContext): Promise<acme.Client> {
  const { acme: settings } = context.config;
  // A certificate authority that does not answer must not hold up the host's other commands.
  acme.axios.defaults.timeout = 30_000;
  if (settings.caFile && !trustConfigured) {
    // A test ACME server (pebble) has a CA of its own; the public roots stay trusted too.
    acme.axios.defaults.httpsAgent = new HttpsAgent({
      ca: [readFileSync(settings.caFile, 'utf8'), ...rootCertificates],
    });
    trustConfigured = true;
  }
  const keyFile = join(context.config.state, 'acme-account.pem');
  if (!existsSync(keyFile)) writeFileAtomic(keyFile, await acme.crypto.createPrivateKey(), 0o600);
  // The account's URL, once registered: asking to register again makes some servers refuse (an "empty update").
  const known = existsSync(accountFile(context))
    ? (JSON.parse(readFileSync(accountFile(context), 'utf8')) as { directoryUrl: string; accountUrl: string })
    : null;
  return new acme.Client({
    directoryUrl: settings.directoryUrl,
    accountKey: readFileSync(keyFile),
    ...(known?.directoryUrl === settings.directoryUrl ? { accountUrl: known.accountUrl } : {}),
    // Orders are usually ready within a second; the library's default first wait is 5 s.
    backoffMin: 200,
    backoffMax: 5000,
    backoffAttempts: 12,
  });
}

/**
 * site.certificate: issues (or renews) a certificate through ACME HTTP-01, with the
 * challenge answered from the agent's own folder that every vhost serves; installs one
 * the customer uploaded; or revokes and removes it. The key is readable by root only.
 */
export async function certificateSite(
  context: ExecutorContext,
  args: CommandArgs<'site.certificate'>,
): Promise<Outcome> {
  const layout = context.servers.layout();
  const paths = certificatePaths(layout, args.siteId);
  if (args.action === 'revoke') {
    if (existsSync(paths.certificate)) {
      try {
        await (await acmeClient(context)).revokeCertificate(readFileSync(paths.certificate, 'utf8'));
      } catch (error) {
        // An uploaded certificate, or one the CA no longer knows: removing it is what matters here.
        context.logger.warn('certificate revocation refused by the ACME server', {
          site: args.siteId,
          error: String(error),
        });
      }
    }
    rmSync(paths.dir, { recursive: true, force: true });
    return succeeded({ revoked: true });
  }
  if (args.action === 'install') {
    if (!args.certificate || !args.key) return failed('install needs the certificate and its key', true);
    const { problems } = checkCertificate({ chain: args.certificate, key: args.key, domains: [] });
    const fatal = problems.filter((p) => p.problem !== 'expired' && p.problem !== 'not-yet-valid');
    if (fatal.length) return failed(`the certificate was refused: ${fatal.map((p) => p.problem).join(', ')}`, true);
    return storeCertificate(context, paths, args.certificate, args.key);
  }
  if (!context.config.acme.enabled) return failed('this host issues no certificates (acme.enabled is false)', true);
  const challengeDir = join(layout.acmeRoot, '.well-known/acme-challenge');
  ensureDir(challengeDir, 0o755);
  const tokenFile = (token: string) => {
    if (!/^[\w-]{1,200}$/.test(token)) throw new Error('the ACME server sent a token that is not base64url');
    return join(challengeDir, token);
  };
  const [key, csr] = await acme.crypto.createCsr({ commonName: args.domains[0]!, altNames: [...args.domains] });
  context.progress(`asking ${context.config.acme.directoryUrl} for ${args.domains.join(', ')}`);
  let chain: string;
  const client = await acmeClient(context);
  try {
    chain = await client.auto({
      csr,
      email: context.config.acme.email,
      termsOfServiceAgreed: true,
      challengePriority: ['http-01'],
      // The library's own look at the challenge resolves the name from here; the CA's look is what counts.
      skipChallengeVerification: true,
      challengeCreateFn: async (_authz, challenge, keyAuthorization) =>
        writeFileAtomic(tokenFile(challenge.token), keyAuthorization, 0o644),
      challengeRemoveFn: async (_authz, challenge) => rmSync(tokenFile(challenge.token), { force: true }),
    });
    rememberAccount(context, client);
  } catch (error) {
    // Usually a domain that does not point to this host; the API tells the customer and tries again later.
    return failed(`the certificate authority refused: ${error instanceof Error ? error.message : String(error)}`, true);
  }
  return storeCertificate(context, paths, chain, key.toString());
}

async function storeCertificate(
  context: ExecutorContext,
  paths: ReturnType<typeof certificatePaths>,
  chain: string,
  key: string,
): Promise<Outcome> {
  ensureDir(paths.dir, 0o700);
  writeFileAtomic(paths.key, key, 0o600);
  writeFileAtomic(paths.certificate, chain, 0o644);
  // A vhost that already uses these files (a renewal) serves the new certificate after a reload.
  if ((await context.servers.testNginx()).ok) await context.servers.reloadNginx();
  return succeeded(certificateFacts(chain));
}
