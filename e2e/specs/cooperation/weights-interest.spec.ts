import { schema } from "@clusterwerk/db";
import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";
import { consentToMatchmaking, publishedOffer } from "./cooperation-rows";

test("a manager tunes the ranking weights: bad weights are refused and change nothing, the preview shows the moves, save ranks the members' matches", async ({
  page,
  world,
  database,
}) => {
  test.slow();
  const { cluster, manager } = await world.cluster();
  const asker = await world.member({ cluster });
  const topicOffer = await world.member({ cluster });
  const partnershipOffer = await world.member({ cluster });
  for (const member of [asker, topicOffer, partnershipOffer]) await consentToMatchmaking(database, member.organisation);
  const request = `Vorausschauende Wartung gesucht ${asker.organisation.name}`;
  const topicTitle = `Sensorik mit Vertrieb ${topicOffer.organisation.name}`;
  const partnershipTitle = `Sensorik mit Kooperation ${partnershipOffer.organisation.name}`;
  const requestId = await publishedOffer(database, cluster, asker, request, "partner-clusters", { type: "TR" });
  // Same subject; one shares the NACE code but seeks distribution, the other seeks technical cooperation (DOMAIN.md §5.3).
  await publishedOffer(database, cluster, topicOffer, topicTitle, "partner-clusters", { partnershipTypes: ["distribution"] });
  await publishedOffer(database, cluster, partnershipOffer, partnershipTitle, "partner-clusters", { nace: ["J62"] });
  const savedWeights = async () => (await database.select().from(schema.clusterMatchWeights)).filter((row) => row.clusterId === cluster.id);

  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/matching-weights`);
  await expect(page.getByTestId("weights-status")).toHaveText("Ihr Cluster verwendet die Standardgewichte.");
  await page.getByLabel("Profil", { exact: true }).selectOption({ label: `${request} (${asker.organisation.name})` });
  await page.getByRole("button", { name: "Vorschau berechnen" }).click();
  const proposed = page.getByTestId("preview-proposed").getByTestId("preview-row");
  await expect(proposed.first()).toContainText(topicTitle);
  await expectAccessible(page);

  const weight = (factor: string) => page.getByLabel(`Gewicht: ${factor}`, { exact: true });
  // A weight above 1, then weights that do not sum to 1: a message each, nothing saved.
  await weight("Themen (Tags, NACE)").fill("1.5");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Das Gewicht muss zwischen 0 und 1 liegen.")).toBeVisible();
  await weight("Themen (Tags, NACE)").fill("0.2");
  await weight("Partnerschaftsart").fill("0.4");
  await weight("Akteurstypen").fill("0.05");
  await weight("Gegenseitigkeit").fill("0.05");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Die Gewichte müssen zusammen genau 1 ergeben.")).toBeVisible();
  expect(await savedWeights()).toHaveLength(0);

  // Partnership type counts most: the preview moves the cooperation offer up, nothing is saved yet.
  await weight("Themen (Tags, NACE)").fill("0.1");
  await expect(page.getByTestId("weights-sum")).toHaveText("Summe: 1 (muss 1 ergeben)");
  await page.getByRole("button", { name: "Vorschau berechnen" }).click();
  await expect(proposed.first()).toContainText(partnershipTitle);
  await expect(proposed.first()).toContainText("↑1");
  await expect(page.getByTestId("preview-current").getByTestId("preview-row").first()).toContainText(topicTitle);
  expect(await savedWeights()).toHaveLength(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Die Gewichte sind gespeichert.")).toBeVisible();
  await expect(page.getByTestId("weights-status")).toHaveText("Ihr Cluster verwendet eigene Gewichte.");
  expect(await savedWeights()).toEqual([expect.objectContaining({ topic: 0.1, partnership: 0.4, updatedBy: manager.id })]);

  // The asker's matches rank with the cluster's weights at once.
  await authenticate(page, asker);
  await page.goto(`/de/c/${cluster.slug}/cooperation/${requestId}`);
  await expect(page.getByTestId("match").first()).toContainText(partnershipTitle);
});

test("a member expresses interest in a match; a second try is refused; the other side finds it in notifications and on its match", async ({
  page,
  browser,
  world,
  database,
}) => {
  test.slow();
  const { cluster } = await world.cluster();
  const asker = await world.member({ cluster });
  const offerer = await world.member({ cluster });
  for (const member of [asker, offerer]) await consentToMatchmaking(database, member.organisation);
  const request = `Wartungspartner gesucht ${asker.organisation.name}`;
  const offer = `Schwingungssensoren ${offerer.organisation.name}`;
  const requestId = await publishedOffer(database, cluster, asker, request, "partner-clusters", { type: "TR" });
  const offerId = await publishedOffer(database, cluster, offerer, offer, "partner-clusters");

  await authenticate(page, asker);
  await page.goto(`/de/c/${cluster.slug}/cooperation/${requestId}`);
  const staleTab = await page.context().newPage();
  await staleTab.goto(`/de/c/${cluster.slug}/cooperation/${requestId}`);
  const match = page.getByTestId("match").filter({ hasText: offer });
  await match.getByRole("button", { name: "Interesse bekunden" }).click();
  await expect(match.getByTestId("interest")).toContainText("Sie haben Interesse bekundet.");
  await expect(match.getByRole("button", { name: "Interesse zurückziehen" })).toBeVisible();
  await expectAccessible(page);

  // The same pair twice (from a tab opened before): a clear message, still one interest.
  const staleMatch = staleTab.getByTestId("match").filter({ hasText: offer });
  await staleMatch.getByRole("button", { name: "Interesse bekunden" }).click();
  await expect(staleMatch.getByText("Sie haben an diesem Profil bereits Interesse bekundet.")).toBeVisible();
  const interests = (await database.select().from(schema.cooperationInterests)).filter((row) => row.toProfileId === offerId);
  expect(interests).toHaveLength(1);
  await staleTab.close();

  const offererContext = await browser.newContext();
  const offererPage = await offererContext.newPage();
  await authenticate(offererPage, offerer);
  await offererPage.goto("/de/notifications");
  const rows = offererPage.getByTestId("notification-rows");
  await expect(rows).toContainText("Interesse an Ihrem Profil");
  await expect(rows).toContainText(`${asker.organisation.name}: ${offer}`);
  await expectAccessible(offererPage);
  await rows.getByRole("link", { name: "Interesse an Ihrem Profil" }).click();
  await expect(offererPage).toHaveURL(new RegExp(`/cooperation/${offerId}$`));
  const theirMatch = offererPage.getByTestId("match").filter({ hasText: request });
  await expect(theirMatch).toContainText(`${asker.organisation.name} ist an Ihrem Profil interessiert.`);

  // Answering with interest makes it mutual, on both sides.
  await theirMatch.getByRole("button", { name: "Interesse bekunden" }).click();
  await expect(theirMatch.getByTestId("interest")).toContainText("Gegenseitiges Interesse");
  await page.reload();
  await expect(page.getByTestId("match").filter({ hasText: offer }).getByTestId("interest")).toContainText("Gegenseitiges Interesse");
  await offererContext.close();
});
