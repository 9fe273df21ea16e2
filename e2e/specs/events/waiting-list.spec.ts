import { createEvent, registerForEvent, setEventStatus } from "@clusterwerk/db";
import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";

/** A property of the feed's single VEVENT for `uid`, ignoring line folding. */
function property(ics: string, uid: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const block = unfolded.split("BEGIN:VEVENT").find((part) => part.includes(`UID:${uid}`)) ?? "";
  return block
    .split("\r\n")
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

test("a member registers for a full event, lands on the waiting list, moves up when another cancels, and the calendar feed shows it", async ({
  page,
  browser,
  world,
  database,
}) => {
  // Two signed-in people, several pages and feed fetches on a shared two-core machine: triple the time.
  test.slow();
  const { cluster, manager } = await world.cluster();
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  const event = await createEvent(database, {
    clusterId: cluster.id,
    createdBy: manager.id,
    kind: "workshop",
    title: "Workshop Robotik im Mittelstand",
    description: null,
    topicCategories: ["digitalisation"],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    timeZone: "Europe/Berlin",
    location: "Mannheim",
    onlineUrl: null,
    capacity: 1,
  });
  await setEventStatus(database, { id: event.id, clusterId: cluster.id, status: "published" });
  const seatHolder = await world.member({ cluster });
  await registerForEvent(database, {
    eventId: event.id,
    clusterId: cluster.id,
    userId: seatHolder.id,
    organisationId: seatHolder.organisation.id,
  });
  const member = await world.member({ cluster });
  const uid = `${event.id}@clusterwerk`;

  // The event is full: registering puts the member on the waiting list, at position 1.
  await authenticate(page, member);
  await page.goto(`/de/c/${cluster.slug}/events/${event.id}`);
  await page.getByRole("button", { name: "Zur Veranstaltung anmelden" }).click();
  await expect(page.getByTestId("my-place")).toContainText("Platz 1 der Warteliste");

  // The personal feed lists it as TENTATIVE.
  await page.goto("/de/my-events");
  await page.getByRole("button", { name: "Kalenderadresse erzeugen" }).click();
  const feedUrl = await page.getByLabel("Ihre persönliche Kalenderadresse").inputValue();
  const before = await (await page.request.get(feedUrl)).text();
  expect(property(before, uid, "STATUS")).toBe("TENTATIVE");
  const sequenceBefore = Number(property(before, uid, "SEQUENCE"));

  // The seat holder withdraws (with confirmation); the member moves up.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await authenticate(otherPage, seatHolder);
  await otherPage.goto(`/de/c/${cluster.slug}/events/${event.id}`);
  await expectAccessible(otherPage);
  await otherPage.getByRole("button", { name: "Anmeldung zurückziehen" }).click();
  await otherPage.getByRole("group").getByRole("button", { name: "Anmeldung zurückziehen" }).click();
  await expect(otherPage.getByTestId("my-place")).toContainText("nicht angemeldet");
  await other.close();

  await page.goto(`/de/c/${cluster.slug}/events/${event.id}`);
  await expect(page.getByTestId("my-place")).toContainText("Sie sind angemeldet");
  await page.goto("/de/my-events");
  await expect(page.getByTestId("my-events")).toContainText("Von der Warteliste nachgerückt");

  // The feed updates the same entry in place: same UID, CONFIRMED, higher SEQUENCE.
  const after = await (await page.request.get(feedUrl)).text();
  expect(property(after, uid, "UID")).toBe(uid);
  expect(property(after, uid, "STATUS")).toBe("CONFIRMED");
  expect(Number(property(after, uid, "SEQUENCE"))).toBeGreaterThan(sequenceBefore);

  // And the member was told by mail.
  const mails = await database.query.mailOutbox.findMany({ where: (mail, { eq }) => eq(mail.to, member.email) });
  expect(mails.map((mail) => mail.subject).join("\n")).toContain("Workshop Robotik im Mittelstand");
});
