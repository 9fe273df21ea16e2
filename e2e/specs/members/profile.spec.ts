import { storageStateFor } from "../../fixtures/accounts";
import { expect, test } from "../../fixtures/test";

test.use({ storageState: storageStateFor("member") });

test("a profile edit with a validation error changes nothing, the corrected edit is saved", async ({ page }) => {
  await page.goto("/de/dashboard");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Organisation" }).click();
  await expect(page.getByRole("heading", { name: "Organisationsprofil" })).toBeVisible();
  const name = page.getByLabel("Name", { exact: true });
  const original = await name.inputValue();

  await name.fill("");
  await page.getByLabel("Website").fill("keine-url");
  await page.getByRole("button", { name: "Profil speichern" }).click();
  await expect(page.locator("[data-field-error=name]")).toHaveText("Dieses Feld ist erforderlich.");
  await expect(page.locator("[data-field-error=website]")).toHaveText("Geben Sie eine Webadresse mit http:// oder https:// ein.");
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(original);

  await page.getByLabel("Beschreibung").fill("Sensorik für die vorausschauende Wartung in der Produktion.");
  await page.getByRole("button", { name: "Profil speichern" }).click();
  await expect(page.getByTestId("form-saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Beschreibung")).toHaveValue("Sensorik für die vorausschauende Wartung in der Produktion.");
});
