import { storageStateFor } from "../../fixtures/accounts";
import { expect, signIn, test } from "../../fixtures/test";

test.describe("sign-in", () => {
  test("a wrong password is refused with a message and no session", async ({ page, world }) => {
    const account = await world.account();
    await signIn(page, account.email, "wrong-password-123");
    await expect(page.getByTestId("sign-in-error")).toContainText("E-Mail oder Passwort ist nicht korrekt.");
    await expect(page).toHaveURL(/\/de\/sign-in$/);
  });

  test("an invalid email is reported on the field", async ({ page }) => {
    await page.goto("/de/sign-in");
    await page.getByLabel("E-Mail").fill("not-an-email");
    await page.getByLabel("Passwort").fill("whatever");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.locator("[data-field-error=email]")).toHaveText("Geben Sie eine gültige E-Mail-Adresse ein.");
  });

  const roleTexts = {
    member: "Ansprechperson von",
    manager: "Management von Cluster Smart Industries",
    assessor: "Gutachter/in",
    admin: "Plattform-Administration",
  } as const;
  for (const [role, text] of Object.entries(roleTexts) as [keyof typeof roleTexts, string][]) {
    test.describe(`as ${role}`, () => {
      test.use({ storageState: storageStateFor(role) });
      test(`the ${role} sees their role on the overview`, async ({ page }) => {
        await page.goto("/de/dashboard");
        await expect(page.getByText(text)).toBeVisible();
      });
    });
  }

  test("the language switch shows the page in English", async ({ page }) => {
    await page.goto("/de/sign-in");
    await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "EN" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});
