import { createFinalisedBenchmarking, indicatorValuesAt } from "@clusterwerk/db";
import { authenticate, expect, test } from "../../fixtures/test";

/** Today in the portal's calendar: the demo's reference clusters lie within the 3 years before it (DOMAIN.md §6.2). */
const today = () => new Date().toISOString().slice(0, 10);

test.describe("benchmarking report (issue 10 item 5)", () => {
  test("the manager sees the report against the three groups with the label distance, in German and English, and downloads the PDF", async ({
    page,
    world,
    database,
  }) => {
    const { cluster, manager } = await world.cluster({ country: "DE", sectorField: "Production and engineering" });
    // Every scored indicator at its baseline but M2 at 0.8 FTE: Bronze met, M2's knock-out failed, 75 of 150 points (the scoring package's scoreBenchmarking).
    const benchmarkingId = await createFinalisedBenchmarking(database, {
      clusterId: cluster.id,
      benchmarkDate: today(),
      values: indicatorValuesAt("baseline", { M2: 0.8 }),
    });
    await authenticate(page, manager);
    await page.goto(`/de/c/${cluster.slug}/manage/benchmark-report/${benchmarkingId}`);
    await expect(page.getByTestId("report-score")).toHaveText("75 von 150 Punkten (50,00 %)");
    for (const group of ["sector", "country", "best-in-class"]) {
      await expect(page.getByTestId(`report-group-${group}`)).not.toContainText("mindestens 10");
    }
    await expect(page.getByTestId("quartiles-S1").locator("g[data-group]")).toHaveCount(3);
    await expect(page.getByTestId("area-radar").locator("svg").first()).toBeVisible();
    const sentences = page.getByTestId("label-distance");
    await expect(sentences).toContainText("Bronze: alle Zulassungskriterien sind erfüllt.");
    await expect(sentences).toContainText(
      "Für Silber fehlt 3 weitere validierte Verbesserungen, ein Benchmarking 18 bis 24 Monate nach dem vorigen und M2 ≥ 1,0 VZÄ.",
    );
    await expect(sentences).toContainText("Für Gold fehlt M2 ≥ 1,0 VZÄ und 45 weitere Punkte.");

    await page.goto(`/en/c/${cluster.slug}/manage/benchmark-report/${benchmarkingId}`);
    await expect(page.getByTestId("report-score")).toHaveText("75 of 150 points (50.00 %)");
    await expect(page.getByTestId("label-distance")).toContainText("Gold needs M2 ≥ 1.0 FTE and 45 more points.");
    await expect(page.getByTestId("area-table-structure")).toHaveCount(1);

    for (const locale of ["de", "en"]) {
      const pdf = await page.request.get(`/api/benchmark-report/${benchmarkingId}?locale=${locale}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
  });

  test("a member of the cluster gets 403 for the report and its PDF", async ({ page, world, database }) => {
    const { cluster } = await world.cluster();
    const benchmarkingId = await createFinalisedBenchmarking(database, {
      clusterId: cluster.id,
      benchmarkDate: today(),
      values: indicatorValuesAt("gold"),
    });
    const member = await world.member({ cluster });
    await authenticate(page, member);
    expect((await page.goto(`/de/c/${cluster.slug}/manage/benchmark-report/${benchmarkingId}`))?.status()).toBe(403);
    expect((await page.request.get(`/api/benchmark-report/${benchmarkingId}?locale=de`)).status()).toBe(403);
  });
});

test("reference import (issue 10 item 4): a bad row shows its message, a re-import duplicates nothing", async ({ page, world }) => {
  const assessor = await world.assessor();
  const run = Math.random().toString(36).slice(2, 10);
  const csv = [
    "key;name;country;sector;date;S1;S3;M2;M8",
    `e2e-${run}-1;E2E Alpha ${run};NL;ICT;2025-05-01;40;61,5;2,5;ja`,
    `e2e-${run}-2;E2E Beta ${run};NL;ICT;2025-06-01;140;140;1,5;nein`,
    `e2e-${run}-3;E2E Gamma ${run};NL;IKT;2025-07-01;25;55;1;ja`,
  ].join("\n");
  const file = { name: "reference.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
  await authenticate(page, assessor);
  await page.goto("/de/reference-database");
  const input = page.getByTestId("reference-file");
  await input.setInputFiles({ name: "tabs.csv", mimeType: "text/csv", buffer: Buffer.from("key\tname\tcountry\tsector\tdate\n") });
  await expect(page.getByTestId("import-file-error")).toContainText("Falsches Trennzeichen");
  await input.setInputFiles(file);
  await expect(page.getByTestId("import-summary")).toContainText("3 Zeilen: 2 können importiert werden, 1 haben Fehler.");
  const errors = page.getByTestId("import-errors");
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr").first()).toContainText("3");
  await expect(errors.locator("tbody tr").first()).toContainText("S3");
  await expect(errors.locator("tbody tr").first()).toContainText("Der Wert liegt außerhalb des zulässigen Bereichs.");
  await page.getByTestId("start-import").click();
  await expect(page.getByTestId("import-done")).toContainText("2 neu, 0 aktualisiert, 0 unverändert");

  await page.goto("/de/reference-database");
  await page.getByTestId("reference-file").setInputFiles(file);
  await page.getByTestId("start-import").click();
  await expect(page.getByTestId("import-done")).toContainText("0 neu, 0 aktualisiert, 2 unverändert");
});
