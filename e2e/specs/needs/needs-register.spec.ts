import { authenticate, expect, test } from "../../fixtures/test";

test("a member registers, edits and withdraws a need; bad input shows field messages and changes nothing", async ({ page, world }) => {
  // A long walk-through (a dozen page loads, each checked with axe).
  test.slow();
  const { cluster } = await world.cluster();
  const member = await world.member({ cluster });
  await authenticate(page, member);
  await page.goto("/de/dashboard");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Bedürfnisse" }).click();
  await expect(page.getByRole("heading", { name: "Bedürfnisse" })).toBeVisible();
  await page.getByRole("link", { name: "Bedürfnis erfassen" }).click();

  // Importance 7 and an empty title: messages on the fields, nothing registered.
  await page.getByLabel("Bedarfskategorie").selectOption({ label: "Digitalisierung" });
  await page.getByLabel("Wichtigkeit (1–5)").fill("7");
  await page.getByRole("button", { name: "Bedürfnis speichern" }).click();
  await expect(page.locator("[data-field-error=need-importance]")).toHaveText("Der Wert liegt außerhalb des zulässigen Bereichs.");
  await expect(page.locator("[data-field-error=need-title]")).toHaveText("Dieses Feld ist erforderlich.");
  await page.goto(`/de/c/${cluster.slug}/needs`);
  await expect(page.getByTestId("needs-count")).toHaveText("Keine Bedürfnisse");

  await page.getByRole("link", { name: "Bedürfnis erfassen" }).click();
  await page.getByLabel("Bedarfskategorie").selectOption({ label: "Digitalisierung" });
  await page.getByLabel("Titel").fill("OT-Security für die Montagelinie");
  await page.getByLabel("Beschreibung").fill("Bestandsaufnahme nach IEC 62443.");
  await page.getByLabel("Wichtigkeit (1–5)").fill("4");
  await page.getByLabel("Sichtbarkeit").selectOption({ label: "Mitglieder meines Clusters" });
  await page.getByRole("button", { name: "Bedürfnis speichern" }).click();
  await expect(page.getByRole("heading", { name: "OT-Security für die Montagelinie" })).toBeVisible();
  await expect(page.getByTestId("need-history")).toContainText("Offen");

  // Edit: a bad value is refused on the field, the corrected edit is saved and the status move is recorded.
  await page.getByLabel("Titel").fill("");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.locator("[data-field-error=need-title]")).toHaveText("Dieses Feld ist erforderlich.");
  await page.getByLabel("Titel").fill("OT-Security für Montage und Lager");
  await page.getByLabel("Status").selectOption({ label: "In Bearbeitung" });
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByTestId("need-saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "OT-Security für Montage und Lager" })).toBeVisible();
  await expect(page.getByTestId("need-history").getByRole("row")).toHaveCount(3);

  // Withdraw asks first; cancelling keeps the need.
  await page.getByRole("button", { name: "Zurückziehen" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("wirklich zurückziehen");
  await page.getByRole("button", { name: "Abbrechen" }).click();
  await page.getByRole("button", { name: "Zurückziehen" }).click();
  await page.getByRole("button", { name: "Ja, zurückziehen" }).click();
  await expect(page.getByText("Dieses Bedürfnis wurde zurückgezogen.")).toBeVisible();
  await expect(page.getByTestId("need-history")).toContainText("Zurückgezogen");

  await page.goto(`/de/c/${cluster.slug}/needs?status=withdrawn`);
  await expect(page.getByTestId("needs-rows")).toContainText("OT-Security für Montage und Lager");
});

test("another member of the cluster sees a shared need but not one for the management only", async ({ page, world }) => {
  const { cluster } = await world.cluster();
  const owner = await world.member({ cluster });
  const neighbour = await world.member({ cluster });
  await authenticate(page, owner);
  for (const [title, visibility] of [
    ["Geteilter Bedarf Leichtbau", "Mitglieder meines Clusters"],
    ["Vertraulicher Bedarf Finanzierung", "Nur Clustermanagement"],
  ] as const) {
    await page.goto(`/de/c/${cluster.slug}/needs/new`);
    await page.getByLabel("Bedarfskategorie").selectOption({ label: "Vernetzung und Partnersuche" });
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Sichtbarkeit").selectOption({ label: visibility });
    await page.getByRole("button", { name: "Bedürfnis speichern" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }

  await page.context().clearCookies();
  await authenticate(page, neighbour);
  await page.goto(`/de/c/${cluster.slug}/needs`);
  await expect(page.getByTestId("needs-rows")).toContainText("Geteilter Bedarf Leichtbau");
  await expect(page.getByTestId("needs-rows")).not.toContainText("Vertraulicher Bedarf Finanzierung");
});
