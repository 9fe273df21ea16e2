import { type Database, schema } from "@clusterwerk/db";
import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";

const DAY = 86_400_000;

async function insertNeed(database: Database, params: { clusterId: string; organisationId: string; title: string; importance: number }) {
  const [row] = await database
    .insert(schema.needs)
    .values({ ...params, category: "digitalisation", horizon: "now", status: "open", visibility: "management" })
    .returning({ id: schema.needs.id });
  if (!row) throw new Error("need not created");
  return row.id;
}

async function insertService(database: Database, values: typeof schema.services.$inferInsert) {
  const [row] = await database.insert(schema.services).values(values).returning({ id: schema.services.id });
  if (!row) throw new Error("service not created");
  return row.id;
}

test("a manager creates a service linked to a need, sees coverage rise and invites the matching member once", async ({
  page,
  world,
  database,
}) => {
  // Three pages and a chart on a shared 2-core machine: more time than a single-page check.
  test.slow();
  const { cluster, manager } = await world.cluster();
  const member = await world.member({ cluster });
  const needTitle = `Predictive Maintenance ${cluster.slug}`;
  await insertNeed(database, { clusterId: cluster.id, organisationId: member.organisation.id, title: needTitle, importance: 4 });
  await authenticate(page, manager);

  await page.goto(`/de/c/${cluster.slug}/manage/service-coverage`);
  await expect(page.getByTestId("coverage-supply")).toHaveText("0");

  await page.goto(`/de/c/${cluster.slug}/manage/services/new`);
  await page.getByLabel("Titel", { exact: true }).fill("KI-Sprechstunde");
  await page.getByRole("checkbox", { name: "Digitalisierung" }).check();
  await page.getByLabel("Status", { exact: true }).selectOption("active");
  await page.getByLabel("Kapazität (Plätze)").fill("10");
  await page.getByRole("button", { name: "Dienstleistung anlegen" }).click();
  await expect(page.getByRole("heading", { name: "KI-Sprechstunde", level: 1 })).toBeVisible();

  await page.getByRole("checkbox", { name: new RegExp(needTitle) }).check();
  await page.getByRole("button", { name: "Verknüpfungen speichern" }).click();
  await expect(page.getByTestId("links-saved")).toContainText("1 Bedarf verknüpft");

  await page.goto(`/de/c/${cluster.slug}/manage/service-coverage`);
  await expect(page.getByTestId("coverage-supply")).toHaveText("4");
  await expect(page.getByTestId("coverage-share")).toContainText("100");
  await expect(page.getByTestId("coverage-categories")).toContainText("Digitalisierung");
  await expect(page.getByText(member.organisation.name)).toBeVisible();
  await page.getByRole("button", { name: "1 Organisation einladen" }).click();
  await expect(page.getByTestId("invite-result")).toContainText("1 Organisation eingeladen");
  await expect(page.getByRole("button", { name: "Alle eingeladen" })).toBeDisabled();

  const mails = await database.select().from(schema.mailOutbox);
  expect(mails.filter((mail) => mail.to === member.email && mail.subject.endsWith("KI-Sprechstunde"))).toHaveLength(1);
});

test("a member enrols once, is told when enrolling twice, and rates the service after use", async ({ page, world, database, browser }) => {
  // Three browser contexts (member, a stale tab of the member, manager): more time than a single-page check.
  test.slow();
  const { cluster, manager } = await world.cluster();
  const member = await world.member({ cluster });
  const title = `Förderlotse ${cluster.slug}`;
  const serviceId = await insertService(database, {
    clusterId: cluster.id,
    title,
    needCategories: ["funding"],
    format: "funding-advice",
    targetCategories: [],
    capacity: 5,
    status: "active",
  });
  await authenticate(page, member);
  await page.goto(`/de/c/${cluster.slug}/services`);
  const row = page.getByTestId(`enrolment-${serviceId}`);

  const stale = await browser.newContext();
  const stalePage = await stale.newPage();
  await authenticate(stalePage, member);
  await stalePage.goto(`/de/c/${cluster.slug}/services`);
  await expectAccessible(stalePage);

  await row.getByRole("button", { name: `Für ${title} anmelden` }).click();
  await expect(row.getByText("Angemeldet")).toBeVisible();
  await expect(row).toContainText("Bewerten können Sie nach der Nutzung");

  await stalePage.getByRole("button", { name: `Für ${title} anmelden` }).click();
  await expect(stalePage.getByText("Ihre Organisation ist bereits angemeldet.")).toBeVisible();
  await stale.close();

  // Later: the service has ended; its manager records the end date, and the member may rate it.
  const endedOn = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await authenticate(managerPage, manager);
  await managerPage.goto(`/de/c/${cluster.slug}/manage/services/${serviceId}`);
  await managerPage.getByLabel("Ende", { exact: true }).fill(endedOn);
  await managerPage.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(managerPage.getByTestId("service-saved")).toBeVisible();
  await expectAccessible(managerPage);
  await managerContext.close();

  await page.reload();
  await row.getByLabel("Bewertung").selectOption("4");
  await row.getByLabel("Kommentar (optional)").fill("Sehr hilfreich beim ZIM-Antrag.");
  await row.getByRole("button", { name: "Bewertung speichern" }).click();
  await expect(row.getByTestId("rating-saved")).toBeVisible();
  const enrolments = await database.select().from(schema.serviceEnrolments);
  expect(enrolments.filter((enrolment) => enrolment.serviceId === serviceId).map((enrolment) => enrolment.rating)).toEqual([4]);
});

test("the planner with a budget shows a plan; a budget of −5 and a negative cost get messages on their fields", async ({
  page,
  world,
  database,
}) => {
  const { cluster, manager } = await world.cluster();
  const member = await world.member({ cluster });
  const big = await insertNeed(database, {
    clusterId: cluster.id,
    organisationId: member.organisation.id,
    title: "Digitaler Zwilling",
    importance: 5,
  });
  const small = await insertNeed(database, {
    clusterId: cluster.id,
    organisationId: member.organisation.id,
    title: "Cloud-Umzug",
    importance: 2,
  });
  const common = {
    clusterId: cluster.id,
    needCategories: ["digitalisation" as const],
    format: "workshop" as const,
    targetCategories: [],
    status: "idea" as const,
  };
  const twin = await insertService(database, { ...common, title: "Demonstrator-Tage", costCents: 80_000 });
  const cloud = await insertService(database, { ...common, title: "Cloud-Sprechstunde", costCents: 50_000 });
  await database.insert(schema.serviceNeeds).values([
    { serviceId: twin, needId: big },
    { serviceId: cloud, needId: small },
  ]);
  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/planner`);

  await page.getByLabel("Budget (€)").fill("-5");
  await page.getByLabel("Kosten von Cloud-Sprechstunde (€)").fill("-1");
  await page.getByRole("button", { name: "Plan berechnen" }).click();
  await expect(page.locator('[data-field-error="budget"]')).toHaveText("Der Wert darf nicht negativ sein (0 oder mehr).");
  await expect(page.locator(`[data-field-error="cost-${cloud}"]`)).toHaveText("Der Wert darf nicht negativ sein (0 oder mehr).");
  await expect(page.getByTestId("plan-result")).toHaveCount(0);

  await page.getByLabel("Budget (€)").fill("1000");
  await page.getByLabel("Kosten von Cloud-Sprechstunde (€)").fill("500");
  await page.getByRole("button", { name: "Plan berechnen" }).click();
  const result = page.getByTestId("plan-result");
  await expect(result).toContainText("exakt");
  await expect(page.getByTestId("plan-covered")).toHaveText("5 von 7");
  await expect(page.getByTestId("plan-selected")).toContainText("Demonstrator-Tage");
  await expect(page.getByTestId("plan-uncovered")).toContainText("Cloud-Umzug");
  await page.getByRole("button", { name: "Ausgewählte als geplant markieren" }).click();
  await expect(page.getByTestId("marked-planned")).toContainText("1 Dienstleistung ist jetzt geplant");
});

test("bad input on the service form: capacity −1 and an empty title get messages on their fields and create nothing", async ({
  page,
  world,
}) => {
  const { cluster, manager } = await world.cluster();
  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/services/new`);
  await page.getByRole("checkbox", { name: "Digitalisierung" }).check();
  await page.getByLabel("Kapazität (Plätze)").fill("-1");
  await page.getByRole("button", { name: "Dienstleistung anlegen" }).click();
  await expect(page.locator('[data-field-error="title"]')).toHaveText("Dieses Feld ist erforderlich.");
  await expect(page.locator('[data-field-error="capacity"]')).toHaveText("Der Wert darf nicht negativ sein (0 oder mehr).");
  await page.goto(`/de/c/${cluster.slug}/manage/services`);
  await expect(page.getByText("Noch keine Dienstleistungen")).toBeVisible();
});

test("the manager searches the services list and narrows the planner's candidates by search and status", async ({
  page,
  world,
  database,
}) => {
  const { cluster, manager } = await world.cluster();
  const common = {
    clusterId: cluster.id,
    needCategories: ["digitalisation" as const],
    format: "workshop" as const,
    targetCategories: [],
  };
  await insertService(database, { ...common, title: "Wasserstoff-Forum", status: "idea" as const, costCents: 10_000 });
  await insertService(database, { ...common, title: "KI-Werkstatt", status: "planned" as const, costCents: 20_000 });
  await insertService(database, { ...common, title: "KI-Sprechstunde", status: "active" as const });
  await authenticate(page, manager);

  await page.goto(`/de/c/${cluster.slug}/manage/services`);
  await page.getByRole("searchbox", { name: "Suche" }).fill("KI");
  await page.getByRole("button", { name: "Anwenden" }).click();
  const rows = page.getByTestId("service-rows");
  await expect(rows.getByRole("row")).toHaveCount(2);
  await expect(rows).not.toContainText("Wasserstoff-Forum");
  await page.getByLabel("Status", { exact: true }).selectOption("active");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(rows.getByRole("row")).toHaveCount(1);
  await expect(rows).toContainText("KI-Sprechstunde");

  await page.goto(`/de/c/${cluster.slug}/manage/planner`);
  const candidates = page.getByTestId("plan-candidates");
  await expect(candidates.getByRole("row")).toHaveCount(2);
  await page.getByRole("searchbox", { name: "Suche" }).fill("KI");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(candidates.getByRole("row")).toHaveCount(1);
  await expect(candidates).toContainText("KI-Werkstatt");
  await page.getByRole("searchbox", { name: "Suche" }).fill("");
  await page.getByLabel("Status", { exact: true }).selectOption("idea");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(candidates.getByRole("row")).toHaveCount(1);
  await expect(candidates).toContainText("Wasserstoff-Forum");
  await page.getByRole("searchbox", { name: "Suche" }).fill("nichts dergleichen");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(page.getByText("Keine passenden Kandidaten")).toBeVisible();
});
