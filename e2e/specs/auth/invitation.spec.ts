import { authenticate, expect, expectAccessible, signIn, test } from "../../fixtures/test";

test.describe("invitation → accept → sign in", () => {
  test("a manager invites, the invitee accepts by the mailed link and signs in", async ({ browser, world }) => {
    // Three browser contexts and eight checked pages: the longest walk-through of the suite.
    test.slow();
    const { cluster, manager } = await world.cluster();
    const organisation = await world.organisation({ clusters: [cluster] });
    const admin = await world.admin();
    const invitee = { email: `neu.${organisation.slug}@rheinsensor.example`, name: "Lena Neumann", password: "Sicheres-Passwort-42" };

    const managerContext = await browser.newContext();
    const managerPage = await managerContext.newPage();
    await authenticate(managerPage, manager);
    await managerPage.goto(`/de/c/${cluster.slug}/manage/invitations`);
    await expectAccessible(managerPage);
    // Bad input first: nothing is sent, the fields say why.
    await managerPage.getByRole("button", { name: "Einladung senden" }).click();
    await expect(managerPage.locator("[data-field-error=invite-email]")).toHaveText("Dieses Feld ist erforderlich.");
    await managerPage.getByLabel("Organisation").selectOption({ label: organisation.name });
    await managerPage.getByLabel("Name").fill(invitee.name);
    await managerPage.getByLabel("E-Mail").fill(invitee.email);
    await managerPage.getByRole("button", { name: "Einladung senden" }).click();
    await expect(managerPage.getByTestId("invitation-sent")).toContainText(invitee.email);
    await expect(managerPage.getByTestId("invitation-rows")).toContainText(invitee.email);
    await managerContext.close();

    // Mail goes to the outbox without SMTP; the admin sees it there, its link hidden (it is the invitee's).
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await authenticate(adminPage, admin);
    await adminPage.goto("/de/admin/outbox");
    const mail = adminPage.getByTestId("outbox-mail").filter({ hasText: invitee.email }).first();
    await expect(mail).toContainText("[Link verborgen / link hidden]");
    await adminContext.close();

    const guest = await browser.newContext();
    const page = await guest.newPage();
    const path = await world.mailedLink(invitee.email, "/invitation/");
    await page.goto(`/de${path}`);
    await expect(page.getByLabel("E-Mail")).toHaveValue(invitee.email);
    await page.getByLabel("Passwort wählen").fill("kurz");
    await page.getByRole("button", { name: "Annehmen und Konto anlegen" }).click();
    await expect(page.locator("[data-field-error=password]")).toHaveText("Verwenden Sie mindestens 12 Zeichen.");
    await page.getByLabel("Passwort wählen").fill(invitee.password);
    await page.getByRole("button", { name: "Annehmen und Konto anlegen" }).click();
    await expect(page.getByTestId("invitation-accepted")).toBeVisible();
    await expectAccessible(page);

    // The link works once.
    await page.goto(`/de${path}`);
    await expect(page.getByTestId("invitation-invalid")).toContainText("bereits angenommen");

    await signIn(page, invitee.email, invitee.password);
    await expect(page).toHaveURL(/\/de\/dashboard$/);
    await expect(page.getByText("Ansprechperson von")).toBeVisible();
    await guest.close();
  });

  test("a pending invitation is withdrawn only after confirming", async ({ page, world }) => {
    const { cluster, manager } = await world.cluster();
    const organisation = await world.organisation({ clusters: [cluster] });
    const email = `zurueck.${organisation.slug}@rheinsensor.example`;
    await authenticate(page, manager);
    await page.goto(`/de/c/${cluster.slug}/manage/invitations`);
    await page.getByLabel("Organisation").selectOption({ label: organisation.name });
    await page.getByLabel("Name").fill("Zurück Gezogen");
    await page.getByLabel("E-Mail").fill(email);
    await page.getByRole("button", { name: "Einladung senden" }).click();
    const row = page.getByTestId("invitation-rows").getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("offen");
    await row.getByRole("button", { name: "Zurückziehen" }).click();
    await expect(row).toContainText(`Einladung an ${email} zurückziehen?`);
    await row.getByRole("button", { name: "Abbrechen" }).click();
    await expect(row).toContainText("offen");
    await row.getByRole("button", { name: "Zurückziehen" }).click();
    await row.getByRole("group").getByRole("button", { name: "Zurückziehen" }).click();
    await expect(row).toContainText("zurückgezogen");
  });

  test("an unknown invitation token says so", async ({ page }) => {
    await page.goto("/de/invitation/this-token-does-not-exist-at-all");
    await expect(page.getByTestId("invitation-invalid")).toHaveText("Dieser Einladungslink ist ungültig.");
  });
});
