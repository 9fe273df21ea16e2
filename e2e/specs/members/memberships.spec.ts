import { authenticate, expect, test } from "../../fixtures/test";
import type { Page } from "@playwright/test";

/** The calendar day `days` from today in Berlin (YYYY-MM-DD), as the portal counts days. */
function dayIn(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** The committed members (S1) the structure page shows as of `asOf` (today when absent). */
async function committedMembers(page: Page, slug: string, asOf?: string) {
  await page.goto(`/de/c/${slug}/manage/members/structure${asOf ? `?asOf=${asOf}` : ""}`);
  return page.getByTestId("value-S1");
}

test.describe("memberships and member structure (issue 9)", () => {
  test("a manager adds an organisation, sets its commitment, ends a membership and sees the structure change", async ({ page, world }) => {
    // Seven pages with their accessibility checks: more than the default 90 s on two loaded cores.
    test.slow();
    const { cluster, manager } = await world.cluster();
    const leaving = await world.organisation({ clusters: [cluster], name: `Abschied Sensorik ${cluster.slug}` });
    await world.organisation({ clusters: [cluster] });
    await authenticate(page, manager);
    await expect(await committedMembers(page, cluster.slug)).toHaveText("2");

    const name = `Neckar Robotik ${cluster.slug}`;
    await page.goto(`/de/c/${cluster.slug}/manage/members`);
    await page.getByTestId("add-member").click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Mitgliederkategorie").selectOption("sme");
    await page.getByLabel("Ort", { exact: true }).fill("Heidelberg");
    await page.getByLabel("Postleitzahl").fill("69115");
    await page.getByLabel("Beschäftigte").fill("-3");
    await page.getByLabel(/^\(b\)/).check();
    await page.getByRole("button", { name: "Mitglied hinzufügen" }).click();
    await expect(page.locator('[data-field-error="add-employees"]')).toContainText("nicht negativ");
    await page.getByLabel("Beschäftigte").fill("40");
    await page.getByRole("button", { name: "Mitglied hinzufügen" }).click();
    await expect(page).toHaveURL(new RegExp(`/manage/members$`));
    const added = page.getByTestId("member-rows").getByRole("row").filter({ hasText: name });
    await expect(added.getByTestId("committed-cell")).toContainText("ja");
    await expect(await committedMembers(page, cluster.slug)).toHaveText("3");

    await page.goto(`/de/c/${cluster.slug}/manage/members?q=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name }).click();
    await page.getByLabel(/^\(b\)/).uncheck();
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByTestId("membership-history")).toContainText("Geändert");
    await expect(await committedMembers(page, cluster.slug)).toHaveText("2");

    const yesterday = dayIn(-1);
    await page.goto(`/de/c/${cluster.slug}/manage/members?q=${encodeURIComponent(leaving.name)}`);
    await page.getByRole("link", { name: leaving.name }).click();
    await page.getByRole("button", { name: "Mitgliedschaft beenden …" }).click();
    await page.getByLabel("Letzter Tag der Mitgliedschaft").fill(yesterday);
    await page.getByRole("button", { name: "Ja, Mitgliedschaft beenden" }).click();
    await expect(page.getByTestId("membership-status")).toContainText("Ausgetreten");
    await expect(page.getByTestId("membership-history")).toContainText("Beendet");

    await expect(await committedMembers(page, cluster.slug)).toHaveText("1");
    // Its last day still counts (DOMAIN.md §1 as decided in packages/scoring, members).
    await expect(await committedMembers(page, cluster.slug, yesterday)).toHaveText("2");
    await expect(page.getByTestId("growth-chart")).toBeVisible();
  });

  test("the member list export neutralises a formula in a cell", async ({ page, world }) => {
    const { cluster, manager } = await world.cluster();
    await world.organisation({ clusters: [cluster], name: '=HYPERLINK("http://evil.example","klick")' });
    await authenticate(page, manager);
    const response = await page.request.get(`/api/export/members/${cluster.slug}?table=list&locale=de`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
    const structure = await page.request.get(`/api/export/members/${cluster.slug}?table=structure&locale=en`);
    expect(await structure.text()).toContain("S1 Committed members,1,");
  });

  test("a member cannot reach the member management: 403 on every page and export", async ({ page, world }) => {
    const { cluster } = await world.cluster();
    const member = await world.member({ cluster });
    await authenticate(page, member);
    for (const path of ["", "/new", "/structure"])
      expect((await page.goto(`/de/c/${cluster.slug}/manage/members${path}`))?.status(), path).toBe(403);
    expect((await page.request.get(`/api/export/members/${cluster.slug}?table=list`)).status()).toBe(403);
    expect((await page.request.get(`/api/export/members/${cluster.slug}?table=structure`)).status()).toBe(403);
  });
});
