import { expect, test as setup } from "@playwright/test";
import { accounts, type Role, storageStateFor } from "../fixtures/accounts";
import { expectAccessible, signIn } from "../fixtures/test";

for (const role of Object.keys(accounts) as Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, accounts[role]);
    await expect(page).toHaveURL(/\/de\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Übersicht" })).toBeVisible();
    await expectAccessible(page);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
