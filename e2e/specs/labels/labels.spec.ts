import { createFinalisedBenchmarking, indicatorValuesAt } from "@clusterwerk/db";
import { authenticate, expect, test } from "../../fixtures/test";

/** Bronze's criteria met, knock-out M2 (1.0 FTE) missed: Bronze only (DOMAIN.md §6.3). */
const bronzeOnly = indicatorValuesAt("baseline", { M2: 0.8 });

test("an assessor awards Bronze with a rationale; the certificate, the registry and its JSON show it; a member sees none of it", async ({
  page,
  browser,
  world,
  database,
}) => {
  const { cluster } = await world.cluster();
  const member = await world.member({ cluster });
  const assessor = await world.assessor();
  const benchmarkingId = await createFinalisedBenchmarking(database, {
    clusterId: cluster.id,
    benchmarkDate: "2026-03-10",
    values: bronzeOnly,
  });

  await authenticate(page, assessor);
  await page.goto(`/de/assessor/labels?q=${encodeURIComponent(cluster.name)}`);
  await page.getByRole("link", { name: cluster.name }).click();
  await expect(page.getByTestId("eligibility-bronze")).toContainText("Berechtigt");
  await expect(page.getByTestId("eligibility-bronze")).toContainText("Gültig vom 2026-03-10 bis 2028-03-10");
  await expect(page.getByTestId("reasons-silver")).toContainText("kein vorheriges Benchmarking vor dem 2026-03-10");
  await expect(page.getByTestId("reasons-silver")).toContainText(
    "Mindestanforderung (K.-o.-Kriterium) M2 nicht erfüllt: 0,8 VZÄ, mindestens 1,0 erforderlich",
  );
  await expect(page.getByTestId("reasons-gold")).toContainText(/Punktzahl [\d,]+ % unter 80 %/);

  // A label the rules do not allow: no form offers it, and the server refuses it with its message; nothing is awarded.
  await expect(page.getByTestId("award-silver-form")).toHaveCount(0);
  const silver = await page.request.post("/api/trpc/label.award", {
    data: { json: { benchmarkingId, level: "silver", rationale: "Silber ohne vorheriges Benchmarking." } },
  });
  expect(silver.status()).toBe(400);
  expect(await silver.text()).toContain("labelNotAllowed");
  expect(await database.query.labelAwards.findMany({ where: (award, { eq }) => eq(award.clusterId, cluster.id) })).toEqual([]);

  const form = page.getByTestId("award-bronze-form");
  await form.getByRole("button", { name: "Bronze vergeben …" }).click();
  await expect(form.getByLabel("Begründung")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Begründung").fill("34 verpflichtete Mitglieder, 5 Kategorien: Zulassungskriterien erfüllt.");
  await form.getByRole("button", { name: "Bronze vergeben …" }).click();
  await expect(form).toContainText("gültig bis 2028-03-10");
  await form.getByRole("button", { name: "Ja, vergeben" }).click();
  const row = page.getByTestId("award-bronze-awarded");
  await expect(row).toContainText("in Kraft");
  const certificateNumber = (await row.getByText(/^CW-\d{4}-\d{6}$/).textContent()) ?? "";
  expect(certificateNumber).toMatch(/^CW-\d{4}-\d{6}$/);

  const certificateHref = (await row.getByTestId("certificate-en").getAttribute("href")) ?? "";
  const pdf = await page.request.get(certificateHref);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A level the rules do not allow: a correction to Silver is refused with the reason, nothing changes.
  await row.locator("summary").click();
  const correction = row.locator("form");
  await correction.getByLabel("Silber").check();
  await correction.getByLabel("Begründung").fill("Versuch");
  await correction.getByRole("button", { name: "Korrigieren …" }).click();
  await correction.getByRole("button", { name: "Ja, vergeben" }).click();
  await expect(correction).toContainText("Die Label-Regeln erlauben dieses Label für dieses Benchmarking nicht");
  await page.reload();
  await expect(page.getByTestId("award-bronze-awarded")).toHaveCount(1);
  await expect(page.getByTestId("award-bronze-superseded")).toHaveCount(0);
  await expect(page.getByTestId("award-silver-awarded")).toHaveCount(0);

  const guest = await browser.newPage();
  await guest.goto(`/en/labels?q=${certificateNumber}`);
  await expect(guest.getByTestId("registry-rows")).toContainText(cluster.name);
  await expect(guest.getByTestId("registry-rows")).toContainText("Bronze");
  await expect(guest.getByTestId("registry-rows")).toContainText("valid");
  await expect(guest.getByTestId("registry-rows")).toContainText("2028-03-10");
  const json = (await (await guest.request.get(`/api/labels?q=${certificateNumber}`)).json()) as {
    items: { clusterName: string; level: string; status: string; validUntil: string }[];
    total: number;
  };
  expect(json.total).toBe(1);
  expect(json.items[0]).toMatchObject({ clusterName: cluster.name, level: "bronze", status: "valid", validUntil: "2028-03-10" });
  expect((await guest.request.get(certificateHref)).status()).toBe(401);
  await guest.close();

  const memberPage = await browser.newPage();
  await authenticate(memberPage, member);
  expect((await memberPage.goto(`/de/assessor/labels/${benchmarkingId}`))?.status()).toBe(403);
  expect((await memberPage.goto(`/de/c/${cluster.slug}/manage/labels`))?.status()).toBe(403);
  expect((await memberPage.request.get(certificateHref)).status()).toBe(403);
  await memberPage.close();
});

test("Gold needs a second, different assessor: the first cannot confirm their own award", async ({ page, browser, world, database }) => {
  const { cluster, manager } = await world.cluster();
  const first = await world.assessor();
  const second = await world.assessor();
  const benchmarkingId = await createFinalisedBenchmarking(database, {
    clusterId: cluster.id,
    benchmarkDate: "2026-04-20",
    values: indicatorValuesAt("gold"),
  });

  await authenticate(page, first);
  await page.goto(`/de/assessor/labels/${benchmarkingId}`);
  await expect(page.getByTestId("reasons-gold")).toContainText("nur 1 verschiedene Begutachtende, 2 erforderlich");
  const form = page.getByTestId("award-gold-form");
  await form.getByLabel("Begründung").fill("150 von 150 Punkten, alle Mindestanforderungen erfüllt.");
  await form.getByRole("button", { name: "Gold vergeben …" }).click();
  await form.getByRole("button", { name: "Ja, vergeben" }).click();
  const waiting = page.getByTestId("award-gold-awaiting_confirmation");
  await expect(waiting).toContainText("wartet auf eine zweite Begutachtung");
  await waiting.getByRole("button", { name: "Gold bestätigen" }).click();
  await waiting.getByRole("button", { name: "Ja, vergeben" }).click();
  await expect(waiting).toContainText("eine zweite, andere begutachtende Person muss es bestätigen");

  const secondPage = await browser.newPage();
  await authenticate(secondPage, second);
  await secondPage.goto(`/de/assessor/labels/${benchmarkingId}`);
  await expect(secondPage.getByTestId("eligibility-gold")).toContainText("Berechtigt");
  const pending = secondPage.getByTestId("award-gold-awaiting_confirmation");
  await pending.getByRole("button", { name: "Gold bestätigen" }).click();
  await pending.getByRole("button", { name: "Ja, vergeben" }).click();
  await expect(secondPage.getByTestId("award-gold-awarded")).toContainText(/CW-\d{4}-\d{6}/);
  await secondPage.close();

  const managerPage = await browser.newPage();
  await authenticate(managerPage, manager);
  await managerPage.goto(`/en/c/${cluster.slug}/manage/labels`);
  const awarded = managerPage.getByTestId("award-gold-awarded");
  await expect(awarded).toContainText("in effect");
  const href = (await awarded.getByTestId("certificate-de").getAttribute("href")) ?? "";
  const pdf = await managerPage.request.get(href);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await managerPage.close();
});
