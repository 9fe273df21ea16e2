import { authenticate, expect, test } from "../../fixtures/test";

const DATE = "2026-06-01";

/** A day after today in the portal's calendar (a benchmark date in the future). */
const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

/** A minimal PDF; and an executable (MZ header) named like one. */
const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const disguisedExecutable = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

test.describe("benchmarking review workflow (issue 10)", () => {
  test.slow();

  test("a manager prepares and submits, bad input changes nothing, an assessor corrects with a note and finalises, members see none of it", async ({
    page,
    world,
    browser,
  }) => {
    const { cluster, manager } = await world.cluster({ founded: 2015, managementFte: 2.5, strategyDate: "2024-02-01" });
    await world.organisation({ clusters: [cluster] });
    await world.organisation({ clusters: [cluster], category: "university" });
    const member = await world.member({ cluster });
    const assessor = await world.assessor();

    await authenticate(page, manager);
    await page.goto(`/de/c/${cluster.slug}/manage/benchmarking`);
    await expect(page.getByText("Noch kein Benchmarking")).toBeVisible();

    // A benchmark date in the future: the field says so and nothing is created.
    await page.getByLabel("Stichtag").fill(tomorrow());
    await page.getByRole("button", { name: "Benchmarking beginnen" }).click();
    await expect(page.getByText("Das Datum darf nicht in der Zukunft liegen.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Noch kein Benchmarking")).toBeVisible();

    await page.getByLabel("Stichtag").fill(DATE);
    await page.getByRole("button", { name: "Benchmarking beginnen" }).click();
    await expect(page).toHaveURL(/\/manage\/benchmarking\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();

    // Derived values are pre-filled with their sources; an indicator without a source is not available.
    await expect(page.getByTestId("value-S1")).toHaveText(/^\d+$/);
    await expect(page.getByTestId("source-S1")).toHaveText(/^\d+ engagierte Mitglieder?, aus der Mitgliederliste vom 2026-06-01$/);
    await expect(page.getByTestId("source-I1")).toContainText("aus dem Veranstaltungskalender");
    await expect(page.getByTestId("value-M1")).toHaveText("11 Jahre");
    await expect(page.getByTestId("value-I4")).toHaveText("nicht verfügbar");

    // A percentage of 140 is refused on the field and the value stays empty.
    const f2 = page.getByTestId("report-F2-form");
    await f2.getByLabel("Wert").fill("140");
    await f2.getByRole("button", { name: "Speichern" }).click();
    await expect(f2.getByText("Ein Prozentwert liegt zwischen 0 und 100.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("value-F2")).toHaveText("kein Wert");

    await page.getByTestId("report-F2-form").getByLabel("Wert").fill("45");
    await page.getByTestId("report-F2-form").getByLabel("Notiz").fill("Haushalt 2026");
    await page.getByTestId("report-F2-form").getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByTestId("value-F2")).toHaveText("45 %");

    // Evidence: an executable named .pdf is refused and not stored; a real PDF is stored.
    const evidence = page.getByTestId("evidence-F2-form");
    await evidence
      .locator("input[type=file]")
      .setInputFiles({ name: "haushalt.pdf", mimeType: "application/pdf", buffer: disguisedExecutable });
    await evidence.getByRole("button", { name: "Hochladen" }).click();
    await expect(page.getByTestId("evidence-F2-error")).toContainText("Nur PDF, PNG, JPEG, XLSX oder CSV");
    await expect(page.getByTestId("indicator-F2").getByRole("link", { name: "haushalt.pdf" })).toHaveCount(0);
    await evidence.locator("input[type=file]").setInputFiles({ name: "haushalt.pdf", mimeType: "application/pdf", buffer: pdf });
    await evidence.getByRole("button", { name: "Hochladen" }).click();
    await expect(page.getByTestId("indicator-F2").getByRole("link", { name: "haushalt.pdf" })).toBeVisible();

    // A 50 MB upload is refused by the server with the size message, and nothing is stored.
    const benchmarkingId = detailUrl.split("/").pop() ?? "";
    const big = await page.request.post(`/api/benchmarking/${benchmarkingId}/evidence?indicatorId=F2&filename=gross.pdf`, {
      data: Buffer.alloc(50 * 1024 * 1024, 0x20),
      headers: { "content-type": "application/pdf" },
    });
    expect(big.status()).toBe(413);
    expect(await big.json()).toEqual({ validation: "evidenceTooLarge" });
    await page.reload();
    await expect(page.getByTestId("indicator-F2").getByRole("link")).toHaveCount(1);

    await page.getByTestId("report-F4-form").getByLabel("Wert").fill("2");
    await page.getByTestId("report-F4-form").getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByTestId("value-F4")).toHaveText("2 Jahre");
    await page.getByTestId("report-M8-form").getByLabel("Wert").selectOption("yes");
    await page.getByTestId("report-M8-form").getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByTestId("value-M8")).toHaveText("ja");

    await page.getByRole("button", { name: "Einreichen" }).click();
    await page.getByRole("button", { name: "Ja, bestätigen" }).click();
    await expect(page.getByText("Eingereicht", { exact: true })).toBeVisible();
    await expect(page.getByTestId("report-F4-form")).toHaveCount(0);

    // A member of the cluster sees none of it.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await authenticate(memberPage, member);
    const memberView = await memberPage.goto(detailUrl);
    expect([403, 404]).toContain(memberView?.status());
    const memberList = await memberPage.goto(`/de/c/${cluster.slug}/manage/benchmarking`);
    expect([403, 404]).toContain(memberList?.status());
    await memberContext.close();

    // The assessor takes it from the queue, corrects F4 with a note and finalises.
    const assessorContext = await browser.newContext();
    const assessorPage = await assessorContext.newPage();
    await authenticate(assessorPage, assessor);
    await assessorPage.goto("/de/assessor/benchmarking");
    await assessorPage.getByTestId("review-queue").getByRole("link", { name: cluster.name }).click();
    await assessorPage.getByRole("button", { name: "Prüfung übernehmen" }).click();
    await assessorPage.getByRole("button", { name: "Ja, bestätigen" }).click();
    const correction = assessorPage.getByTestId("correct-F4-form");
    await correction.getByLabel("Wert").fill("1");
    await correction.getByRole("button", { name: "Korrigieren" }).click();
    await expect(correction.getByText("Dieses Feld ist erforderlich.")).toBeVisible();
    await correction.getByLabel("Begründung der Korrektur").fill("Das zweite Förderjahr ist noch nicht bewilligt");
    await correction.getByRole("button", { name: "Korrigieren" }).click();
    await expect(assessorPage.getByTestId("correction-F4")).toContainText("Korrigiert von 2 Jahre auf 1 Jahr");
    // A yes/no indicator's correction reads ja/nein, not 1/0.
    const yesNo = assessorPage.getByTestId("correct-M8-form");
    await yesNo.getByLabel("Wert").selectOption("no");
    await yesNo.getByLabel("Begründung der Korrektur").fill("Kein schriftliches Konzept vorgelegt");
    await yesNo.getByRole("button", { name: "Korrigieren" }).click();
    await expect(assessorPage.getByTestId("correction-M8")).toContainText("Korrigiert von ja auf nein");
    await assessorPage.getByRole("button", { name: "Abschließen" }).click();
    await assessorPage.getByRole("button", { name: "Ja, bestätigen" }).click();
    await expect(assessorPage.getByText("Abgeschlossen", { exact: true })).toBeVisible();
    await expect(assessorPage.getByTestId("correct-F4-form")).toHaveCount(0);
    await assessorContext.close();

    // The manager sees what changed, why, by whom; the values are frozen.
    await page.reload();
    await expect(page.getByTestId("correction-F4")).toContainText(
      "Korrigiert von 2 Jahre auf 1 Jahr – Das zweite Förderjahr ist noch nicht bewilligt",
    );
    await expect(page.getByTestId("correction-F4")).toContainText(assessor.name);
    await expect(page.getByTestId("benchmarking-history")).toContainText("Wert korrigiert");
    await expect(page.getByTestId("correction-M8")).toContainText("Korrigiert von ja auf nein – Kein schriftliches Konzept vorgelegt");
    await expect(page.getByTestId("benchmarking-history")).toContainText("M8: ja → nein — Kein schriftliches Konzept vorgelegt");
    await expect(page.getByTestId("report-F2-form")).toHaveCount(0);
  });
});
