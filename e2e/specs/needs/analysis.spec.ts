import { readFile } from "node:fs/promises";
import { type Database, schema } from "@clusterwerk/db";
import type { Page } from "@playwright/test";
import { authenticate, expect, test } from "../../fixtures/test";

/** The calendar day `days` from now (YYYY-MM-DD, Berlin), as campaigns store their period. */
function dayIn(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** A campaign of the cluster asking `organisations`, each of which answers with the given needs (as the survey page stores them). */
async function answeredCampaign(
  db: Database,
  clusterId: string,
  campaign: { title: string; opensOn: string; closesOn: string },
  answers: { organisationId: string; needs: { category: "digitalisation" | "funding"; title: string; importance: number }[] }[],
) {
  const [row] = await db
    .insert(schema.campaigns)
    .values({ clusterId, ...campaign, categories: ["digitalisation", "funding"] })
    .returning();
  if (!row) throw new Error("campaign not created");
  for (const answer of answers) {
    await db.insert(schema.campaignInvitees).values({ campaignId: row.id, organisationId: answer.organisationId, respondedAt: new Date() });
    for (const need of answer.needs)
      await db.insert(schema.needs).values({
        clusterId,
        organisationId: answer.organisationId,
        campaignId: row.id,
        horizon: "now",
        visibility: "management",
        ...need,
      });
  }
}

const cellOf = (page: Page, table: string, row: string, column: number) =>
  page
    .getByTestId(table)
    .getByRole("row", { name: new RegExp(`^${row}`) })
    .getByRole("cell")
    .nth(column);

test("a manager reads the needs analysis; after two members answer a survey, demand, heatmap and trend change; the CSV has its header", async ({
  page,
  browser,
  world,
  database,
}) => {
  test.slow();
  const { cluster, manager } = await world.cluster();
  const sme = await world.member({ cluster, organisation: await world.organisation({ clusters: [cluster], category: "sme" }) });
  const large = await world.member({ cluster, organisation: await world.organisation({ clusters: [cluster], category: "large" }) });
  await answeredCampaign(database, cluster.id, { title: "Umfrage Vorjahr", opensOn: dayIn(-400), closesOn: dayIn(-370) }, [
    { organisationId: sme.organisation.id, needs: [{ category: "digitalisation", title: "Datenplattform", importance: 2 }] },
  ]);

  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/needs/analysis`);
  await expect(page.getByRole("heading", { level: 1, name: "Bedarfsanalyse" })).toBeVisible();
  await expect(page.getByTestId("summary-demand")).toContainText("2");
  // The chart, and its numbers as a table for screen readers.
  await expect(page.getByTestId("demand-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.getByTestId("demand-chart-details").getByText("Zahlen als Tabelle").click();
  await expect(cellOf(page, "demand-chart-table", "Digitalisierung", 0)).toHaveText("2");
  await expect(cellOf(page, "heatmap-member-category", "Digitalisierung", 0)).toHaveText("2");
  await expect(page.getByText("Keine vorige Umfrage zum Vergleich")).toBeVisible();
  await expect(page.getByTestId("response-counts")).toContainText("1 von 1");

  // Two members answer this year's survey.
  await answeredCampaign(database, cluster.id, { title: "Umfrage aktuell", opensOn: dayIn(0), closesOn: dayIn(14) }, [
    { organisationId: sme.organisation.id, needs: [{ category: "digitalisation", title: "KI in der Qualitätsprüfung", importance: 5 }] },
    {
      organisationId: large.organisation.id,
      needs: [
        { category: "digitalisation", title: "Digitaler Zwilling", importance: 4 },
        { category: "funding", title: "=Förderprogramm finden", importance: 3 },
      ],
    },
  ]);
  await page.reload();
  await expect(page.getByTestId("summary-demand")).toContainText("14");
  await page.getByTestId("demand-chart-details").getByText("Zahlen als Tabelle").click();
  await expect(cellOf(page, "demand-chart-table", "Digitalisierung", 0)).toHaveText("11");
  await expect(cellOf(page, "demand-chart-table", "Förderung und Finanzierung", 0)).toHaveText("3");
  // Heatmap columns: SME first, then large companies; by size the same two classes.
  await expect(cellOf(page, "heatmap-member-category", "Digitalisierung", 0)).toHaveText("7");
  await expect(cellOf(page, "heatmap-member-category", "Digitalisierung", 1)).toHaveText("4");
  await expect(cellOf(page, "heatmap-size-class", "Förderung und Finanzierung", 1)).toHaveText("3");
  // The trend compares the two surveys.
  await expect(page.getByTestId("trend-campaigns")).toContainText("„Umfrage aktuell“ gegenüber „Umfrage Vorjahr“");
  await expect(page.getByTestId("trend-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.getByTestId("trend-chart-details").getByText("Zahlen als Tabelle").click();
  await expect(cellOf(page, "trend-chart-table", "Digitalisierung", 0)).toHaveText("9");
  await expect(cellOf(page, "trend-chart-table", "Digitalisierung", 1)).toHaveText("2");
  await expect(page.getByTestId("response-counts")).toContainText("2 von 2");
  await expect(page.getByTestId("unmet-needs")).toContainText("KI in der Qualitätsprüfung");

  // The CSV export: UTF-8 with BOM, the header first, a formula-like title neutralised.
  const [analysisDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-analysis").click()]);
  const analysisCsv = await readFile(await analysisDownload.path(), "utf8");
  expect(analysisCsv.startsWith("\uFEFFBedarfskategorie,Offene Bedürfnisse,Bedarf,Abgedeckt,Ungedeckt,")).toBe(true);
  expect(analysisCsv).toContain("\r\nDigitalisierung,3,11,0,11,7,4,");
  const [registerDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-register").click()]);
  const registerCsv = await readFile(await registerDownload.path(), "utf8");
  expect(registerCsv.startsWith("\uFEFFID,Organisation,Mitgliederkategorie,Bedarfskategorie,Titel,")).toBe(true);
  expect(registerCsv).toContain(",'=Förderprogramm finden,");

  // A member of the cluster gets neither the page nor the export.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await authenticate(memberPage, sme);
  expect((await memberPage.goto(`/de/c/${cluster.slug}/manage/needs/analysis`))?.status()).toBe(403);
  expect((await memberPage.request.get(`/api/export/needs/${cluster.slug}?table=register`)).status()).toBe(403);
  await memberContext.close();
});

test("without needs the analysis says so, in English too", async ({ page, world }) => {
  const { cluster, manager } = await world.cluster();
  await authenticate(page, manager);
  await page.goto(`/en/c/${cluster.slug}/manage/needs/analysis`);
  await expect(page.getByRole("heading", { level: 1, name: "Needs analysis" })).toBeVisible();
  await expect(page.getByText("No needs registered yet")).toBeVisible();
  await expect(page.getByTestId("export-analysis")).toHaveText("Analysis as CSV");
});
