import { expect, signIn, test } from "../../fixtures/test";

test("a person with roles in two clusters switches between their directories", async ({ page }) => {
  await signIn(page, "sophie.wagner@esslinger-batteriesysteme.example");
  await expect(page).toHaveURL(/\/de\/dashboard$/);
  await page.goto("/de/c/smart-industries/directory");
  await expect(page.getByRole("heading", { name: "Mitgliederverzeichnis" })).toBeVisible();
  await expect(page.getByText(/Aktive Mitglieder von Cluster Smart Industries/)).toBeVisible();
  await page.getByTestId("cluster-switcher").selectOption("neckarmobil");
  await expect(page).toHaveURL(/\/de\/c\/neckarmobil\/directory$/);
  await expect(page.getByText(/Aktive Mitglieder von .*NeckarMobil/i)).toBeVisible();
});
