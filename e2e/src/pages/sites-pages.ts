import { expect, type Locator, type Page } from '@playwright/test';

export class SitesPages {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Sites' });
  }

  async open(): Promise<void> {
    await this.page.goto('/en/sites');
    await expect(this.page.getByRole('heading', { name: 'Sites', exact: true })).toBeVisible();
  }

  /** Fills the add-site form; the caller checks where it lands. */
  async submitNewSite(domain: string, aliases: string[] = []): Promise<void> {
    await this.page.goto('/en/sites/new');
    await this.page.getByLabel('Domain').fill(domain);
    if (aliases.length) await this.page.getByLabel('Aliases (optional)').fill(aliases.join('\n'));
    await this.page.getByRole('button', { name: 'Add site' }).click();
  }

  async addSite(domain: string, aliases: string[] = []): Promise<void> {
    await this.submitNewSite(domain, aliases);
    await expect(this.page).toHaveURL(/\/en\/sites\/[0-9a-f-]{36}$/);
  }

  /** The message shown under the domain field. */
  domainError(): Locator {
    return this.page.locator('#field-domain-error');
  }
}
