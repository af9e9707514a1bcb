import { test as base, expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { waitForMail, type ReceivedMail } from './harness/mailbox.js';
import { AuthPages } from './pages/auth-pages.js';
import { SitesPages } from './pages/sites-pages.js';

interface Fixtures {
  /** Fails a test whose page logged an error (a blocked script, a crash, a failed load). */
  consoleErrors: void;
  auth: AuthPages;
  sites: SitesPages;
  /** A fresh, unused e-mail address for each call. */
  newEmail: () => string;
  /** The newest mail the local SMTP server received for an address. */
  mailTo: (to: string, subject: RegExp) => Promise<ReceivedMail>;
}

export const test = base.extend<Fixtures>({
  // The harness picks the port at run time, after the config was read.
  baseURL: async ({}, use) => use(process.env.E2E_BASE_URL),
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
  auth: async ({ page }, use) => use(new AuthPages(page)),
  sites: async ({ page }, use) => use(new SitesPages(page)),
  newEmail: async ({}, use) => use(() => `user-${randomBytes(5).toString('hex')}@example.com`),
  mailTo: async ({}, use) => use((to, subject) => waitForMail(process.env.E2E_MAIL_DIR!, to, subject)),
});

export { expect };
