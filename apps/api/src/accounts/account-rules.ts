import { z } from 'zod';
import { msg } from '../common/msg.js';

/** What we accept as e-mail and password, shared by every form that takes them. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: msg('An e-mail address can be at most 254 characters long.') })
  .pipe(z.email({ message: msg('Enter a valid e-mail address, such as name@example.com.') }))
  .transform((email) => email.toLowerCase());

// 10 characters is NIST SP 800-63B's floor with headroom; the upper bound keeps
// hashing cheap for an attacker-chosen input.
export const passwordSchema = z
  .string()
  .min(10, { message: msg('Use at least 10 characters for the password.') })
  .max(256, { message: msg('A password can be at most 256 characters long.') });

/** A language code; whether the panel offers it is checked against the `languages` table. */
export const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, { message: msg('Choose one of the languages the panel offers.') });

export const referralCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,32}$/, {
    message: msg('A referral code has 3 to 32 letters, digits, hyphens or underscores.'),
  });
