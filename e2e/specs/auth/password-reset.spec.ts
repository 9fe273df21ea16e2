import { storageStateFor } from "../../fixtures/accounts";
import { expect, signIn, test } from "../../fixtures/test";

test("password reset by the mailed link, once", async ({ browser }) => {
  const email = "assessor2@clusterwerk.example";
  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto("/de/forgot-password");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByRole("button", { name: "Link senden" }).click();
  await expect(page.getByTestId("reset-requested")).toBeVisible();

  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/de/admin/outbox");
  const link = await adminPage.getByTestId("outbox-mail").filter({ hasText: email }).first().getByRole("link").first().getAttribute("href");
  await admin.close();
  const path = new URL(link ?? "").pathname;

  await page.goto(`/de${path}`);
  await page.getByLabel("Neues Passwort").fill("Neues-Passwort-2026");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByTestId("reset-done")).toBeVisible();

  await page.goto(`/de${path}`);
  await page.getByLabel("Neues Passwort").fill("Noch-ein-Passwort-1");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByText("Dieser Link ist ungültig")).toBeVisible();

  await signIn(page, email, "Neues-Passwort-2026");
  await expect(page).toHaveURL(/\/de\/dashboard$/);
  await guest.close();
});
