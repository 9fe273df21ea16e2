import { storageStateFor } from "../../fixtures/accounts";
import { expect, test } from "../../fixtures/test";

test.describe("role access", () => {
  test.describe("member", () => {
    test.use({ storageState: storageStateFor("member") });
    test("is refused on the manager's invitation page", async ({ page }) => {
      await page.goto("/de/c/smart-industries/manage/invitations");
      await expect(page.getByTestId("forbidden")).toContainText("Ihre Rolle erlaubt diese Seite nicht.");
      await expect(page.getByRole("button", { name: "Einladung senden" })).toHaveCount(0);
    });
    test("is refused on the admin outbox", async ({ page }) => {
      await page.goto("/de/admin/outbox");
      await expect(page.getByTestId("forbidden")).toBeVisible();
    });
  });

  test.describe("manager of Smart Industries", () => {
    test.use({ storageState: storageStateFor("manager") });
    test("cannot open another cluster's invitations", async ({ page }) => {
      await page.goto("/de/c/neckarmobil/manage/invitations");
      await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
    });
  });

  test("a guest is sent to sign in", async ({ page }) => {
    await page.goto("/de/c/smart-industries/directory");
    await expect(page).toHaveURL(/\/de\/sign-in$/);
  });

  test("the public cluster profile is open to everyone", async ({ page }) => {
    await page.goto("/en/clusters/smart-industries");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Smart Industries");
    await expect(page.getByText("Regional radius")).toBeVisible();
    await expect(page.getByText("70 km")).toBeVisible();
  });
});
