import { registerForEvent } from "@clusterwerk/db";
import { authenticate, expect, test } from "../../fixtures/test";

test("a manager gets field messages for bad input, then creates and publishes an event and checks a participant in", async ({
  page,
  world,
  database,
}) => {
  // Two signed-in people, several pages and feed fetches on a shared two-core machine: triple the time.
  test.slow();
  const { cluster, manager } = await world.cluster();
  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/events/new`);

  // Bad input: an empty title, capacity −1, an end before the start.
  await page.getByLabel("Beginn", { exact: true }).fill("2030-05-12T14:00");
  await page.getByLabel("Ende", { exact: true }).fill("2030-05-12T10:00");
  await page.getByLabel("Plätze", { exact: true }).fill("-1");
  await page.getByLabel("Ort", { exact: true }).fill("Mannheim, MAFINEX");
  await page.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await expect(page.locator('[data-field-error="title"]')).toHaveText("Dieses Feld ist erforderlich.");
  await expect(page.locator('[data-field-error="capacity"]')).toBeVisible();
  await expect(page.locator('[data-field-error="endsAt"]')).toHaveText("Das Ende muss nach dem Beginn liegen.");

  await page.getByLabel("Titel", { exact: true }).fill("Innovationsforum Smart Factory");
  await page.getByLabel("Ende", { exact: true }).fill("2030-05-12T17:00");
  await page.getByLabel("Plätze", { exact: true }).fill("30");
  await page.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await expect(page.getByRole("heading", { name: "Innovationsforum Smart Factory" })).toBeVisible();
  await expect(page.getByText("Entwurf", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByText("Veröffentlicht", { exact: true })).toBeVisible();

  // A member registers; the manager checks them in and can undo it.
  const eventId = page.url().split("/").pop() ?? "";
  const member = await world.member({ cluster, name: "Petra Lindner" });
  const registered = await registerForEvent(database, {
    eventId,
    clusterId: cluster.id,
    userId: member.id,
    organisationId: member.organisation.id,
  });
  expect(registered.ok).toBe(true);
  await page.reload();
  await page.getByRole("button", { name: "Petra Lindner einchecken" }).click();
  await expect(page.getByTestId("registered-rows")).toContainText("seit");
  await page.getByRole("button", { name: "Check-in von Petra Lindner zurücknehmen" }).click();
  await expect(page.getByRole("button", { name: "Petra Lindner einchecken" })).toBeVisible();
});
