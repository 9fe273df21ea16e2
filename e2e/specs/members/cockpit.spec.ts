import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";

test.describe("the manager's overview and the taxonomy pickers (issue 9)", () => {
  test("a manager opens the overview from the header, sees the figures and follows a card to its detail", async ({ page, world }) => {
    const { cluster, manager } = await world.cluster({ radiusKm: 70 });
    await world.organisation({ clusters: [cluster], name: `Rhein Sensorik ${cluster.slug}` });
    await world.organisation({ clusters: [cluster], name: `Neckar Antriebe ${cluster.slug}` });
    await world.organisation({ clusters: [cluster], name: `Elbe Systems ${cluster.slug}`, city: "Hamburg", lat: 53.55, lon: 9.99 });
    await authenticate(page, manager);

    await page.goto("/de/dashboard");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Cluster-Cockpit" }).click();
    await expect(page).toHaveURL(new RegExp(`/de/c/${cluster.slug}/manage$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${cluster.name}: Überblick`);
    await expect(page.getByTestId("cockpit-committed")).toHaveText("3");
    await expect(page.getByTestId("members-sparkline")).toBeVisible();
    await expect(page.getByTestId("cockpit-reach-value")).toHaveText(/^66,7\s%$/);
    await expect(page.getByTestId("cockpit-reach")).toContainText("2 von 3 engagierten Mitgliedern liegen innerhalb von 70 km");
    // No prospects yet: every member counts, nothing in the region is left to win.
    await expect(page.getByTestId("cockpit-penetration-value")).toHaveText(/^100\s%$/);
    await expect(page.getByTestId("cockpit-open-needs")).toHaveText("0");
    await expect(page.getByTestId("cockpit-events-empty")).toHaveText("Keine anstehenden Veranstaltungen.");
    await expectAccessible(page);

    await page
      .getByTestId("cockpit-reach")
      .getByRole("link", { name: /Karte der Reichweite/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/de/c/${cluster.slug}/manage/reach$`));
    await page.goBack();
    await page
      .getByTestId("cockpit-members")
      .getByRole("link", { name: /Mitgliederstruktur/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/de/c/${cluster.slug}/manage/members/structure$`));
    await expect(page.getByTestId("value-S1")).toHaveText("3");
  });

  test("a member of the cluster gets 403 on the overview", async ({ page, world }) => {
    const { cluster } = await world.cluster();
    const member = await world.member({ cluster });
    await authenticate(page, member);
    expect((await page.goto(`/de/c/${cluster.slug}/manage`))?.status()).toBe(403);
  });

  test("a contact person sets NACE codes with the picker: search, choose, save, still there after a reload", async ({ page, world }) => {
    const { cluster } = await world.cluster();
    const member = await world.member({ cluster });
    await authenticate(page, member);
    await page.goto(`/de/organisation/${member.organisation.id}`);
    const picker = page.getByTestId("nace-picker");
    await expect(picker.getByText("Noch nichts gewählt.")).toBeVisible();

    await page.getByLabel("NACE-Codes suchen (Code oder Name)").fill("maschinenbau");
    await picker.getByRole("checkbox", { name: "C28 Maschinenbau" }).check();
    await page.getByLabel("NACE-Codes suchen (Code oder Name)").fill("J62");
    await picker.getByRole("checkbox", { name: /^J62 / }).press("Space");
    await expect(page.getByTestId("nace-selected")).toContainText("C28 Maschinenbau");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await expect(page.getByTestId("form-saved")).toBeVisible();

    await page.reload();
    const selected = page.getByTestId("nace-selected");
    await expect(selected).toContainText("C28 Maschinenbau");
    await expect(selected).toContainText("J62");
    await selected.getByRole("button", { name: /^J62 .* entfernen$/ }).click();
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await expect(page.getByTestId("form-saved")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("nace-selected").getByRole("listitem")).toHaveCount(1);
  });
});
