import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../../config.js';
import { clientIp } from '../../http/client-ip.js';
import type { TranslationsService } from '../../i18n/translations.service.js';
import type { ReferralsService } from '../../referrals/referrals.service.js';
import { panelCookie, REFERRAL_COOKIE } from '../cookies.js';
import { preferredLanguage } from '../language.js';

/** GET /r/{code}: counts the visit, remembers the code for 30 days, and opens the sign-up page. */
export function referralLinkRoute(referrals: ReferralsService, translations: TranslationsService, config: Config) {
  return async (req: IncomingMessage, res: ServerResponse, code: string): Promise<void> => {
    const partner = await referrals.recordClick(code, clientIp(req, config.TRUST_PROXY));
    const language = preferredLanguage(req.headers['accept-language'], await translations.offeredCodes());
    if (partner)
      res.appendHeader('set-cookie', panelCookie(config, REFERRAL_COOKIE, partner.code, { maxAge: 30 * 24 * 3600 }));
    res.writeHead(302, { location: partner ? `/${language}/signup` : `/${language}/` });
    res.end();
  };
}
