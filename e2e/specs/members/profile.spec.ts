import { authenticate, expect, test } from "../../fixtures/test";

test("a profile edit with a validation error changes nothing, the corrected edit is saved", async ({ page, world }) => {
  const { cluster } = await world.cluster();
  const member = await world.member({ cluster });
  await authenticate(page, member);
  await page.goto("/de/dashboard");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Organisation" }).click();
  await expect(page.getByRole("heading", { name: "Organisationsprofil" })).toBeVisible();
  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toHaveValue(member.organisation.name);

  await name.fill("");
  await page.getByLabel("Website").fill("keine-url");
  await page.getByRole("button", { name: "Profil speichern" }).click();
  await expect(page.locator("[data-field-error=name]")).toHaveText("Dieses Feld ist erforderlich.");
  await expect(page.locator("[data-field-error=website]")).toHaveText("Geben Sie eine Webadresse mit http:// oder https:// ein.");
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(member.organisation.name);

  await page.getByLabel("Beschreibung").fill("Sensorik für die vorausschauende Wartung in der Produktion.");
  await page.getByRole("button", { name: "Profil speichern" }).click();
  await expect(page.getByTestId("form-saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Beschreibung")).toHaveValue("Sensorik für die vorausschauende Wartung in der Produktion.");
});
