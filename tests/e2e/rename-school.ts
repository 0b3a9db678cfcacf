// The dashboard step the cache specs share: rename Harvard Medical School (harvard-md) through the real edit
// form and server action, on a page already signed in to `base`.
import { expect, type Page } from '@playwright/test';

export async function renameHarvardInDashboard(page: Page, base: string, newName: string): Promise<void> {
  await page.goto(`${base}/admin/schools?q=harvard-md`);
  await page.getByTestId('admin-schools').getByRole('link').first().click();
  await expect(page.getByLabel('Slug (used in the URL)')).toHaveValue('harvard-md');
  await page.getByLabel('Name', { exact: true }).fill(newName);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('form-message')).toContainText('Saved');
}
