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

  // The mail reaches the outbox table; an admin reading the outbox sees it without its live link.
  const path = await world.mailedLink(account.email, "/reset-password/");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await authenticate(adminPage, admin);
  await adminPage.goto("/de/admin/outbox");
  const shown = adminPage.getByTestId("outbox-mail").filter({ hasText: account.email }).first();
  await expect(shown).toContainText("[Link verborgen / link hidden]");
  await expect(shown.getByRole("link")).toHaveCount(0);
  await adminContext.close();

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
  // The account is told that its password changed.
  expect(await world.mailedLink(account.email, "/sign-in")).toBe("/sign-in");
});
