import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../config.js';

/** What we accept as e-mail and password, shared by every form that takes them. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'An e-mail address can be at most 254 characters long.' })
  .pipe(z.email({ message: 'Enter a valid e-mail address, such as name@example.com.' }))
  .transform((email) => email.toLowerCase());

// 10 characters is NIST SP 800-63B's floor with headroom; the upper bound keeps
// hashing cheap for an attacker-chosen input.
export const passwordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters for the password.' })
  .max(256, { message: 'A password can be at most 256 characters long.' });

export const languageSchema = z.enum(SUPPORTED_LANGUAGES, { message: 'Choose English (en) or Russian (ru).' });

export const referralCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,32}$/, { message: 'A referral code has 3 to 32 letters, digits, hyphens or underscores.' });
