import { Account } from '../accounts/account.entity.js';
import { AuthToken } from '../accounts/auth-token.entity.js';
import { RateLimitBucket } from '../database/rate-limit-bucket.entity.js';
import { Language } from '../i18n/language.entity.js';
import { SourceString } from '../i18n/source-string.entity.js';
import { Translation } from '../i18n/translation.entity.js';
import { NginxRevision } from '../nginx/nginx-revision.entity.js';
import { ProtectedPathUser } from '../nginx/protected-path-user.entity.js';
import { Host, HostEnrollment } from '../hosts/host.entity.js';
import { Command } from '../hosts/command.entity.js';
import { Alert } from '../admin/alert.entity.js';
import { Database } from '../databases/database.entity.js';
import { SshKey } from '../access/ssh-key.entity.js';
import { CronJob } from '../cron/cron-job.entity.js';
import { LedgerEntry, Payment, PaymentEvent, PriceListRow, UsageCharge, Wallet } from '../billing/billing.entities.js';
import { SiteCertificate } from '../certificates/certificate.entity.js';
import { SiteImport, Upload } from '../imports/import.entities.js';
import { MalwareFinding } from '../antivirus/malware-finding.entity.js';
import { Commission, DailySecret, Partner, Payout, ReferralClick } from '../referrals/referral.entities.js';
import { JobLease } from '../database/job-lease.entity.js';
import { UsageBatchRow, UsageRollup, UsageSample } from '../usage/usage.entities.js';
import { SiteDomain } from '../sites/site-domain.entity.js';
import { Site } from '../sites/site.entity.js';

/** Every table of the API; a new entity is added here and gets a migration in both dialects. */
export const entities = [
  Account,
  AuthToken,
  RateLimitBucket,
  Site,
  SiteDomain,
  Language,
  SourceString,
  Translation,
  NginxRevision,
  ProtectedPathUser,
  Host,
  HostEnrollment,
  Command,
  Alert,
  Database,
  SshKey,
  CronJob,
  UsageBatchRow,
  UsageSample,
  UsageRollup,
  JobLease,
  Wallet,
  LedgerEntry,
  Payment,
  PaymentEvent,
  PriceListRow,
  UsageCharge,
  Partner,
  ReferralClick,
  DailySecret,
  Commission,
  Payout,
  SiteCertificate,
  Upload,
  SiteImport,
  MalwareFinding,
];
