import { authenticate, expect, test } from "../../fixtures/test";

/** The calendar day `days` from now as the date field takes it (YYYY-MM-DD, Berlin). */
function dayIn(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

test("a manager runs a survey, two members answer, the response rate changes; a reminder reaches who has not answered", async ({
  page,
  browser,
  world,
}) => {
  // Three browser contexts on a shared two-core machine: the walk-through needs more than the default time.
  test.slow();
  const { cluster, manager } = await world.cluster();
  const first = await world.member({ cluster });
  const second = await world.member({ cluster });
  const title = `Bedarfsumfrage ${cluster.slug}`;

  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/campaigns`);
  await page.getByRole("link", { name: "Umfrage anlegen" }).click();

  // A survey ending before it starts: a message on the field, nothing created.
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beginnt am").fill(dayIn(5));
  await page.getByLabel("Endet am").fill(dayIn(1));
  await page.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(page.locator("[data-field-error=campaign-closes]")).toHaveText("Das Ende muss nach dem Beginn liegen.");
  await expect(page.locator("[data-field-error=categories]")).toHaveText("Dieses Feld ist erforderlich.");

  await page.getByLabel("Beginnt am").fill(dayIn(0));
  await page.getByLabel("Endet am").fill(dayIn(14));
  await page.getByRole("checkbox", { name: "Digitalisierung" }).check();
  await page.getByRole("checkbox", { name: "Förderung und Finanzierung" }).check();
  await expect(page.getByRole("checkbox", { name: first.organisation.name })).toBeChecked();
  await page.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("response-rate")).toContainText("0 von 2");

  // The first member sees the survey on the dashboard and answers with one need.
  const firstContext = await browser.newContext();
  const firstPage = await firstContext.newPage();
  await authenticate(firstPage, first);
  await firstPage.goto("/de/dashboard");
  await firstPage.getByTestId("dashboard-campaigns").getByRole("link", { name: title }).click();
  await expect(firstPage.getByRole("heading", { name: title })).toBeVisible();
  await firstPage.getByRole("button", { name: "Bedürfnis hinzufügen: Digitalisierung" }).click();
  const answer = firstPage.getByRole("group", { name: "Digitalisierung: Bedürfnis 1" });
  await answer.getByLabel("Wichtigkeit (1–5)").fill("7");
  await firstPage.getByRole("button", { name: "Antwort absenden" }).click();
  await expect(answer.getByText("Der Wert liegt außerhalb des zulässigen Bereichs.")).toBeVisible();
  await expect(answer.getByText("Dieses Feld ist erforderlich.")).toBeVisible();
  await answer.getByLabel("Titel").fill("Predictive Maintenance für die Presse 3");
  await answer.getByLabel("Wichtigkeit (1–5)").fill("5");
  await firstPage.getByRole("button", { name: "Antwort absenden" }).click();
  await expect(firstPage.getByTestId("campaign-answered")).toBeVisible();
  await expect(firstPage.getByTestId("campaign-answers")).toContainText("Predictive Maintenance für die Presse 3");
  await firstContext.close();

  await page.reload();
  await expect(page.getByTestId("response-rate")).toContainText("1 von 2");

  // A reminder goes to the organisation that has not answered, and not twice within 24 hours.
  await page.getByRole("button", { name: "Erinnerung an Säumige senden" }).click();
  await expect(page.getByTestId("reminded")).toContainText("1 Organisation erinnert");
  await page.getByRole("button", { name: "Erinnerung an Säumige senden" }).click();
  await expect(page.getByTestId("reminded")).toContainText("Niemand zu erinnern");

  // The second member answers without needs: that is an answer too.
  const secondContext = await browser.newContext();
  const secondPage = await secondContext.newPage();
  await authenticate(secondPage, second);
  await secondPage.goto(`/de/c/${cluster.slug}/campaigns`);
  await secondPage.getByRole("link", { name: title }).click();
  await secondPage.getByRole("button", { name: "Antwort absenden" }).click();
  await expect(secondPage.getByTestId("campaign-answered")).toBeVisible();
  await secondContext.close();

  await page.reload();
  await expect(page.getByTestId("response-rate")).toContainText("2 von 2");
  await page.goto(`/de/c/${cluster.slug}/manage/needs`);
  await expect(page.getByTestId("needs-rows")).toContainText("Predictive Maintenance für die Presse 3");
});
