import { proposePartnership, respondToPartnership, schema } from "@clusterwerk/db";
import { moveCooperationMeetingTime } from "@clusterwerk/db/testing/factories";
import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";
import { berlinTime, consentToMatchmaking, day, HOUR, publishedOffer } from "./cooperation-rows";

test("a Smart Industries member publishes a request, sees an explained match from a partner cluster, requests a meeting; the other accepts; outcome and agreement are recorded; a non-partner's profile never shows; bad input changes nothing", async ({
  page,
  browser,
  world,
  database,
}) => {
  // Two signed-in people and many pages on a shared two-core machine.
  test.slow();
  const { cluster: smart } = await world.cluster({ name: `Smart Industries ${Date.now()}` });
  const { cluster: neckar } = await world.cluster({ name: `Neckarmobil ${Date.now()}` });
  const { cluster: stranger } = await world.cluster();
  const partnership = await proposePartnership(database, { proposerClusterId: smart.id, partnerClusterId: neckar.id });
  if (!partnership) throw new Error("partnership not proposed");
  await respondToPartnership(database, { partnershipId: partnership, clusterId: neckar.id, accept: true });

  const requester = await world.member({ cluster: smart });
  const partner = await world.member({ cluster: neckar });
  const outsider = await world.member({ cluster: stranger });
  for (const member of [requester, partner, outsider]) await consentToMatchmaking(database, member.organisation);
  const partnerTitle = `Vibrationssensorik für Werkzeugmaschinen ${partner.organisation.name}`;
  const outsiderTitle = `Vibrationssensorik ohne Partnerschaft ${outsider.organisation.name}`;
  await publishedOffer(database, neckar, partner, partnerTitle, "partner-clusters");
  const outsiderProfile = await publishedOffer(database, stranger, outsider, outsiderTitle, "all-clusters");
  const ownProfiles = async () =>
    (await database.select().from(schema.cooperationProfiles)).filter((row) => row.organisationId === requester.organisation.id);
  const meetings = async () =>
    (await database.select().from(schema.cooperationMeetings)).filter((row) => row.requesterOrganisationId === requester.organisation.id);

  await authenticate(page, requester);
  await page.goto(`/de/c/${smart.slug}/cooperation/new`);
  const form = page.getByTestId("profile-form");
  await form.getByLabel("Art").selectOption("TR");
  await form.getByLabel("Titel").fill("Partner für vorausschauende Wartung gesucht");
  await form.getByLabel("Zusammenfassung").fill("Wir suchen Vibrationssensoren und vorausschauende Wartung für unsere Werkzeugmaschinen.");
  await form.getByLabel("Technologiefelder").fill("digitalisation/iot-sensors");
  await form.getByLabel("Reichweite").selectOption("partner-clusters");

  // An expiry in the past and an unknown tag: a message on the field, nothing stored.
  await form.getByLabel("Gültig bis").fill(day(-1));
  await form.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(form.getByText("Das Datum liegt in der Vergangenheit")).toBeVisible();
  await form.getByLabel("Gültig bis").fill(day(180));
  await form.getByLabel("Technologiefelder").fill("digitalisation/iot-sensors, digitalisation/no-such-topic");
  await form.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(form.getByText("Diesen Begriff gibt es in der Taxonomie nicht")).toBeVisible();
  expect(await ownProfiles()).toHaveLength(0);

  await form.getByLabel("Technologiefelder").fill("digitalisation/iot-sensors");
  await form.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/cooperation\/[0-9a-f-]{36}$/);
  const profileUrl = page.url();
  await page.getByTestId("profile-actions").getByRole("button", { name: "Veröffentlichen" }).click();

  // The partner cluster's offer is matched and explained; the non-partner's never shows.
  const match = page.getByTestId("match").filter({ hasText: partnerTitle });
  await expect(match).toBeVisible();
  await expect(match).toContainText(`${partner.organisation.name} (${neckar.name})`);
  await expect(match).toContainText("Gemeinsame Themen");
  await expect(page.getByTestId("matches")).not.toContainText(outsiderTitle);
  await expectAccessible(page);
  await page.goto(`/de/c/${smart.slug}/cooperation/browse`);
  await expect(page.getByTestId("profile-rows")).toContainText(partnerTitle);
  await expect(page.getByTestId("profile-rows")).not.toContainText(outsiderTitle);
  // Opened by its address, it is not found (the page streams behind its loading state, so the text says it, not the status).
  await page.goto(`/de/c/${smart.slug}/cooperation/${outsiderProfile}`);
  await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
  await page.goto(profileUrl);

  // A meeting time in the past: a message, nothing stored; then the request goes out.
  await match.getByRole("button", { name: "Treffen anfragen" }).click();
  const request = match.getByTestId("meeting-request-form");
  await request.getByLabel("Nachricht").fill("Wir würden gern über Ihre Sensoren sprechen.");
  await request.getByLabel("Termin 1").fill(berlinTime(-2));
  await request.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(request.getByTestId("proposed-times-error")).toHaveText("Dieser Zeitpunkt ist vorbei; wählen Sie einen späteren.");
  expect(await meetings()).toHaveLength(0);
  await request.getByLabel("Termin 1").fill(berlinTime(48));
  await request.getByLabel("Termin 2").fill(berlinTime(72));
  await request.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(match.getByText("Terminanfrage gesendet")).toBeVisible();
  expect(await meetings()).toHaveLength(1);

  // The partner is notified, accepts at the second time.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await authenticate(partnerPage, partner);
  await partnerPage.goto(`/de/c/${neckar.slug}/cooperation/meetings`);
  await expect(partnerPage.getByTestId("unread-count")).toHaveText("1");
  const incoming = partnerPage.getByTestId("meeting-rows").getByRole("row").filter({ hasText: requester.organisation.name });
  await expect(incoming).toContainText("Angefragt");
  await expectAccessible(partnerPage);
  await incoming.getByLabel("Termin").selectOption({ index: 1 });
  await incoming.getByRole("button", { name: "Annehmen" }).click();
  await expect(incoming).toContainText("Angenommen");
  const [accepted] = await meetings();
  expect(accepted?.status).toBe("accepted");
  expect(accepted?.chosenTime).toEqual(accepted?.proposedTimes[1]);

  // Time passes: the meeting's time is moved into the past, so the outcome may be recorded (§5.4).
  await moveCooperationMeetingTime(database, {
    requesterOrganisationId: requester.organisation.id,
    chosenTime: new Date(Date.now() - HOUR),
  });
  await page.goto(`/de/c/${smart.slug}/cooperation/meetings`);
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  const outgoing = page.getByTestId("meeting-rows").getByRole("row").filter({ hasText: partner.organisation.name });
  await outgoing.getByRole("button", { name: "Treffen fand statt" }).click();
  await expect(outgoing).toContainText("Stattgefunden");
  await outgoing.getByLabel("Art der Vereinbarung").selectOption("technical-cooperation");
  await outgoing.getByLabel("Notiz (optional)").fill("Pilotprojekt im dritten Quartal");
  await outgoing.getByRole("button", { name: "Vereinbarung eintragen" }).click();
  await expect(outgoing.getByTestId("agreement")).toContainText("Technische Kooperation");
  await expectAccessible(page);
  const [held] = await meetings();
  expect(held).toMatchObject({ status: "held", agreementType: "technical-cooperation", agreementNote: "Pilotprojekt im dritten Quartal" });

  // The partner reads what happened among their notifications and marks them read.
  await partnerPage.goto("/de/notifications");
  await expect(partnerPage.getByTestId("notification-rows")).toContainText("Partnerschaftsvereinbarung eingetragen");
  await expect(partnerPage.getByTestId("notification-rows")).toContainText("Ergebnis eines Treffens eingetragen");
  await partnerPage.getByRole("button", { name: "Alle als gelesen markieren" }).click();
  await expect(partnerPage.getByTestId("unread-count")).toHaveCount(0);
  await partnerContext.close();
});
