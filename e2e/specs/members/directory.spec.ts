import { storageStateFor } from "../../fixtures/accounts";
import { expect, test } from "../../fixtures/test";

test.use({ storageState: storageStateFor("member") });

test.describe("member directory", () => {
  test("search narrows the list and an unknown term shows the empty state", async ({ page }) => {
    await page.goto("/de/c/smart-industries/directory");
    const rows = page.getByTestId("directory-rows").getByRole("row");
    const all = await rows.count();
    expect(all).toBeGreaterThan(5);
    await page.getByRole("searchbox", { name: "Suche" }).fill("Mannheim");
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/q=Mannheim/);
    // The URL changes before the filtered rows arrive: wait until the list has narrowed.
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(page.getByTestId("directory-rows")).toContainText("Mannheim");

    await page.getByRole("searchbox", { name: "Suche" }).fill("zzz-kein-treffer");
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page.getByText("Keine Mitglieder passen zu Ihrer Suche.")).toBeVisible();
  });

  test("the category filter shows only that category", async ({ page }) => {
    await page.goto("/de/c/smart-industries/directory");
    await page.getByLabel("Kategorie").selectOption("university");
    await page.getByRole("button", { name: "Filtern" }).click();
    const cells = page.getByTestId("directory-rows").getByRole("row").locator("td:nth-child(2)");
    await expect(cells.first()).toHaveText("Hochschule");
    for (const text of await cells.allTextContents()) expect(text).toBe("Hochschule");
  });

  test("pagination moves to the next page", async ({ page }) => {
    await page.goto("/de/c/smart-industries/directory");
    await page.getByRole("link", { name: "Weiter" }).click();
    await expect(page).toHaveURL(/cursor=20/);
    await expect(page.getByText(/^21–/)).toBeVisible();
  });
});
