import { DEMO_PASSWORD, storageStateFor } from "../../fixtures/accounts";
import { expect, expectAccessible, signIn, test } from "../../fixtures/test";

/** Esslinger Batteriesysteme is a member of Smart Industries and NeckarMobil, with Sophie Wagner as contact person (seed). */
const sharedOrganisation = "Esslinger Batteriesysteme GmbH";
const contactPerson = "sophie.wagner@esslinger-batteriesysteme.example";
const invitee = { email: `neu.${Date.now()}@esslinger-batteriesysteme.example`, name: "Jonas Keller", password: "Sicheres-Passwort-42" };

test("a new contact person of a shared organisation gets the invitation only after the existing contact person confirms it", async ({
  browser,
}) => {
  const manager = await browser.newContext({ storageState: storageStateFor("manager") });
  const managerPage = await manager.newPage();
  await managerPage.goto("/de/c/smart-industries/manage/invitations");
  await managerPage.getByLabel("Organisation").selectOption({ label: sharedOrganisation });
  await managerPage.getByLabel("Name").fill(invitee.name);
  await managerPage.getByLabel("E-Mail").fill(invitee.email);
  await managerPage.getByRole("button", { name: "Einladung senden" }).click();
  await expect(managerPage.getByTestId("invitation-sent")).toContainText("erst nach deren Bestätigung");
  const row = managerPage.getByTestId("invitation-rows").getByRole("row").filter({ hasText: invitee.email });
  await expect(row).toContainText("wartet auf Bestätigung");
  await expectAccessible(managerPage);

  // Nothing was mailed to the invitee yet.
  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/de/admin/outbox");
  await expect(adminPage.getByTestId("outbox-mail").filter({ hasText: invitee.email })).toHaveCount(0);

  // The existing contact person confirms on the organisation page.
  const contact = await browser.newContext();
  const contactPage = await contact.newPage();
  await signIn(contactPage, contactPerson, DEMO_PASSWORD);
  await contactPage.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Organisation" }).click();
  const pending = contactPage.getByTestId("confirmation").filter({ hasText: invitee.email });
  await expect(pending).toContainText("Cluster Smart Industries");
  await expectAccessible(contactPage);
  await pending.getByRole("button", { name: "Bestätigen" }).click();
  await expect(contactPage.getByTestId("confirmation").filter({ hasText: invitee.email })).toHaveCount(0);
  await contact.close();

  // Now the invitee has a link, and accepting works.
  await adminPage.goto("/de/admin/outbox");
  const link = await adminPage
    .getByTestId("outbox-mail")
    .filter({ hasText: invitee.email })
    .first()
    .getByRole("link")
    .first()
    .getAttribute("href");
  expect(link).toMatch(/\/invitation\//);
  await admin.close();
  await managerPage.reload();
  await expect(row).toContainText("offen");
  await manager.close();

  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto(`/de${new URL(link ?? "").pathname}`);
  await page.getByLabel("Passwort wählen").fill(invitee.password);
  await page.getByRole("button", { name: "Annehmen und Konto anlegen" }).click();
  await expect(page.getByTestId("invitation-accepted")).toBeVisible();
  await guest.close();
});
