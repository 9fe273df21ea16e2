import { authenticate, expect, test } from "../../fixtures/test";

/**
 * Refused pages answer 403 and another tenant's (or an unknown) page 404 as HTTP status codes, not only
 * as the text shown: the checks run in layouts above the loading boundaries, before anything streams.
 */
test.describe("status codes", () => {
  test("a member opening the admin accounts page gets 403", async ({ page, world }) => {
    const { cluster } = await world.cluster();
    await authenticate(page, await world.member({ cluster }));
    const response = await page.goto("/de/admin/accounts");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("Ihre Rolle erlaubt diese Seite nicht.");
  });

  test("a member opening another cluster's directory gets 404, their own 200", async ({ page, world }) => {
    const own = await world.cluster();
    const other = await world.cluster();
    await authenticate(page, await world.member({ cluster: own.cluster }));
    expect((await page.goto(`/de/c/${other.cluster.slug}/directory`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
    expect((await page.goto(`/de/c/${own.cluster.slug}/directory`))?.status()).toBe(200);
  });

  test("a manager opening another cluster's invitations gets 404, a member the manager page 403", async ({ page, world }) => {
    const own = await world.cluster();
    const other = await world.cluster();
    await authenticate(page, own.manager);
    expect((await page.goto(`/de/c/${other.cluster.slug}/manage/invitations`))?.status()).toBe(404);
    expect((await page.goto(`/de/c/${own.cluster.slug}/manage/invitations`))?.status()).toBe(200);
    await page.context().clearCookies();
    await authenticate(page, await world.member({ cluster: own.cluster }));
    expect((await page.goto(`/de/c/${own.cluster.slug}/manage/invitations`))?.status()).toBe(403);
  });

  test("an unknown cluster profile gets 404", async ({ page }) => {
    expect((await page.goto("/de/clusters/no-such-cluster"))?.status()).toBe(404);
  });
});
