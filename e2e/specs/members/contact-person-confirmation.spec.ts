import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";

const invitee = { name: "Jonas Keller", password: "Sicheres-Passwort-42" };

test("a new contact person of a shared organisation gets the invitation only after the existing contact person confirms it", async ({
  browser,
  world,
}) => {
  test.slow(); // four browser contexts on a two-core machine
  // An organisation that is a member of two clusters and already has a contact person in the other one.
  const { cluster, manager: managerAccount } = await world.cluster();
  const { cluster: otherCluster } = await world.cluster();
  const shared = await world.organisation({ clusters: [cluster, otherCluster] });
  const contactPerson = await world.member({ cluster: otherCluster, organisation: shared });
  const adminAccount = await world.admin();
  const email = `neu.${Date.now()}@e2e.example`;

  const manager = await browser.newContext();
  const managerPage = await manager.newPage();
  await authenticate(managerPage, managerAccount);
  await managerPage.goto(`/de/c/${cluster.slug}/manage/invitations`);
  await managerPage.getByLabel("Organisation").selectOption({ label: shared.name });
  await managerPage.getByLabel("Name").fill(invitee.name);
  await managerPage.getByLabel("E-Mail").fill(email);
  await managerPage.getByRole("button", { name: "Einladung senden" }).click();
  await expect(managerPage.getByTestId("invitation-sent")).toContainText("erst nach deren Bestätigung");
  const row = managerPage.getByTestId("invitation-rows").getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("wartet auf Bestätigung");
  await expectAccessible(managerPage);

  // Nothing was mailed to the invitee yet.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await authenticate(adminPage, adminAccount);
  await adminPage.goto("/de/admin/outbox");
  await expect(adminPage.getByTestId("outbox-mail").filter({ hasText: email })).toHaveCount(0);

  // The existing contact person confirms on the organisation page.
  const contact = await browser.newContext();
  const contactPage = await contact.newPage();
  await authenticate(contactPage, contactPerson);
  await contactPage.goto("/de/dashboard");
  await contactPage.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Organisation" }).click();
  const pending = contactPage.getByTestId("confirmation").filter({ hasText: email });
  await expect(pending).toContainText(cluster.name);
  await expectAccessible(contactPage);
  await pending.getByRole("button", { name: "Bestätigen" }).click();
  await expect(contactPage.getByTestId("confirmation").filter({ hasText: email })).toHaveCount(0);
  await contact.close();

  // Now the invitee has a link, and accepting works.
  const path = await world.mailedLink(email, "/invitation/");
  await admin.close();
  await managerPage.reload();
  await expect(row).toContainText("offen");
  await manager.close();

  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto(`/de${path}`);
  await page.getByLabel("Passwort wählen").fill(invitee.password);
  await page.getByRole("button", { name: "Annehmen und Konto anlegen" }).click();
  await expect(page.getByTestId("invitation-accepted")).toBeVisible();
  await guest.close();
});
