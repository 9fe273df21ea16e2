import { authenticate, expect, signIn, test } from "../../fixtures/test";

test("password reset by the mailed link, once", async ({ browser, world }) => {
  const account = await world.account();
  const admin = await world.admin();
  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto("/de/forgot-password");
  await page.getByLabel("E-Mail").fill(account.email);
  await page.getByRole("button", { name: "Link senden" }).click();
  await expect(page.getByTestId("reset-requested")).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await authenticate(adminPage, admin);
  await adminPage.goto("/de/admin/outbox");
  const link = await adminPage
    .getByTestId("outbox-mail")
    .filter({ hasText: account.email })
    .first()
    .getByRole("link")
    .first()
    .getAttribute("href");
  await adminContext.close();
  const path = new URL(link ?? "").pathname;

  await page.goto(`/de${path}`);
  await page.getByLabel("Neues Passwort").fill("Neues-Passwort-2026");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByTestId("reset-done")).toBeVisible();

  await page.goto(`/de${path}`);
  await page.getByLabel("Neues Passwort").fill("Noch-ein-Passwort-1");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByText("Dieser Link ist ungültig")).toBeVisible();

  await signIn(page, account.email, "Neues-Passwort-2026");
  await expect(page).toHaveURL(/\/de\/dashboard$/);
  await guest.close();
});
