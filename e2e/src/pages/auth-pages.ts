import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct horse battery';

/** Sign-up, log-in and log-out as a person does them, through the forms. */
export class AuthPages {
  constructor(private readonly page: Page) {}

  async signUp(email: string, password = PASSWORD): Promise<void> {
    await this.page.goto('/en/signup');
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByLabel('Repeat the password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await expect(this.page).toHaveURL(/\/en\/sites$/);
  }

  async logIn(email: string, password = PASSWORD): Promise<void> {
    await this.page.goto('/en/login');
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Log in' }).click();
    await expect(this.page).toHaveURL(/\/en\/sites$/);
  }

  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out' }).click();
    await expect(this.page).toHaveURL(/\/en\/login$/);
  }
}
