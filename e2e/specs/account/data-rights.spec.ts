import { strFromU8, unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import { authenticate, expect, expectAccessible, signIn, test } from "../../fixtures/test";

test.describe("data rights: export and deletion round trip", () => {
  test("a member downloads their archive, deletes their account and cannot sign in afterwards; the admin sees it anonymised", async ({
    browser,
    page,
    world,
  }) => {
    test.slow();
    const { cluster } = await world.cluster();
    const member = await world.member({ cluster, name: "Dora Datenschutz" });
    await authenticate(page, member);
    await page.goto("/de/my-data");
    await expect(page.getByRole("heading", { name: "Meine Daten", level: 1 })).toBeVisible();
    await expectAccessible(page);

    // The archive: JSON and CSV per table, holding this person's account and their organisation role.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-my-data").click()]);
    expect(download.suggestedFilename()).toMatch(/^clusterwerk-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["account.json", "account.csv", "roles.json", "sessions.json", "manifest.json"]),
    );
    const account = JSON.parse(strFromU8(files["account.json"] ?? new Uint8Array())) as { email: string; name: string }[];
    expect(account[0]).toMatchObject({ email: member.email, name: "Dora Datenschutz" });
    expect(strFromU8(files["roles.csv"] ?? new Uint8Array())).toContain(member.organisation.name);

    // Deletion: the typed address must match, then it goes for good.
    await page.getByRole("button", { name: "Mein Konto löschen" }).click();
    await page.getByLabel("Ihre E-Mail-Adresse", { exact: true }).fill("jemand@anders.example");
    await page.getByLabel("Aktuelles Passwort", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Konto endgültig löschen" }).click();
    await expect(page.getByRole("alertdialog").getByRole("alert")).toContainText("Die Bestätigung stimmt nicht überein.");
    await page.getByLabel("Ihre E-Mail-Adresse", { exact: true }).fill(member.email);
    await page.getByRole("button", { name: "Konto endgültig löschen" }).click();
    await expect(page).toHaveURL(/\/de\/sign-in$/);

    await signIn(page, member);
    await expect(page.getByTestId("sign-in-error")).toContainText("E-Mail oder Passwort ist nicht korrekt.");
    await page.goto("/de/my-data");
    await expect(page).toHaveURL(/\/de\/sign-in/);

    // The admin's account list shows the deleted account (found by its id: its address is now `<id>@anonymised.invalid`) as anonymised.
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await authenticate(adminPage, await world.admin());
    for (const [locale, status] of [
      ["de", "anonymisiert"],
      ["en", "anonymised"],
    ] as const) {
      await adminPage.goto(`/${locale}/admin/accounts?q=${member.id}`);
      const row = adminPage.getByRole("row").filter({ hasText: `${member.id}@anonymised.invalid` });
      await expect(row).toContainText(status);
      await expect(row).not.toContainText(locale === "de" ? "eingeladen" : "invited");
    }
    await expectAccessible(adminPage);
    await adminContext.close();
  });
});
