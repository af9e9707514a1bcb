import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import { requireAccount } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { CertificatesService } from './certificates.service.js';
import { Site } from '../sites/site.entity.js';
import type { SiteCertificate } from './certificate.entity.js';

@ObjectType('SiteCertificate', { description: 'The certificate that lets a site answer over HTTPS' })
export class CertificateView {
  @Field(() => String, { description: 'acme (issued and renewed for you) or uploaded' })
  mode!: string;

  @Field(() => String, { description: 'pending, issued, failed, revoked' })
  status!: string;

  @Field(() => [String])
  domains!: string[];

  @Field(() => DateTime, { nullable: true })
  notAfter!: Date | null;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  lastError!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it is tried again after a failure' })
  nextAttemptAt!: Date | null;
}

const view = (row: SiteCertificate): CertificateView => ({
  mode: row.mode,
  status: row.status,
  domains: JSON.parse(row.domainsJson) as string[],
  notAfter: row.notAfter,
  issuer: row.issuer,
  lastError: row.lastError,
  nextAttemptAt: row.nextAttemptAt,
});

@Resolver(() => Site)
export class CertificatesResolver {
  constructor(private readonly certificatesService: CertificatesService) {}

  @FieldResolver(() => CertificateView, { nullable: true, description: 'null until the site first went live' })
  async certificate(@Root() site: Site): Promise<CertificateView | null> {
    const [row] = await this.certificatesService.certificatesOf([site.id]);
    return row ? view(row) : null;
  }

  @Mutation(() => CertificateView, {
    description: 'Uses a certificate of the customer’s own (PEM chain, leaf first, and its key)',
  })
  async uploadCertificate(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('certificate', () => String) certificate: string,
    @Arg('key', () => String) key: string,
    @Ctx() context: RequestContext,
  ): Promise<CertificateView> {
    return view(await this.certificatesService.upload(requireAccount(context), siteId, certificate, key));
  }

  @Mutation(() => CertificateView, {
    description: 'Issues an automatic certificate now (after fixing the DNS, or instead of an uploaded one)',
  })
  async issueCertificate(
    @Arg('siteId', () => ID) siteId: string,
    @Ctx() context: RequestContext,
  ): Promise<CertificateView> {
    return view(await this.certificatesService.issueNow(requireAccount(context), siteId));
  }

  @Mutation(() => CertificateView, { description: 'Revokes the certificate; the site is served over plain HTTP again' })
  async revokeCertificate(
    @Arg('siteId', () => ID) siteId: string,
    @Ctx() context: RequestContext,
  ): Promise<CertificateView> {
    return view(await this.certificatesService.revoke(requireAccount(context), siteId));
  }
}
