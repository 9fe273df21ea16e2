import {
  createEvent,
  createMeetingRequest,
  createToken,
  findBrokerageEvent,
  registerForEvent,
  replaceCalendarFeed,
  respondToMeetingRequest,
  saveBrokerageSession,
  setAvailability,
  setEventStatus,
} from "@clusterwerk/db";
import { authenticate, expect, expectAccessible, test } from "../../fixtures/test";

const HOUR = 3_600_000;
const SLOT = 20 * 60_000;

test("an organiser schedules a brokerage day with a locked meeting and sees why one was not placed; a participant downloads the agenda; bad input changes nothing", async ({
  page,
  browser,
  world,
  database,
}) => {
  // Two signed-in people, several pages, a PDF and a calendar file on a shared two-core machine: triple the time.
  test.slow();
  const { cluster, manager } = await world.cluster();
  const startsAt = new Date(Math.ceil((Date.now() + 10 * 24 * HOUR) / HOUR) * HOUR);
  const event = await createEvent(database, {
    clusterId: cluster.id,
    createdBy: manager.id,
    kind: "brokerage",
    title: "Kooperationsbörse Sensorik",
    description: null,
    topicCategories: ["networking"],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * HOUR),
    timeZone: "Europe/Berlin",
    location: "Mannheim, Rosengarten",
    onlineUrl: null,
    capacity: null,
  });
  await setEventStatus(database, { id: event.id, clusterId: cluster.id, status: "published" });
  const names = ["Anna Berg", "Ben Cordes", "Clara Dorn", "Dirk Ernst"];
  const people = [];
  for (const name of names) {
    const member = await world.member({ cluster, name });
    const seat = await registerForEvent(database, {
      eventId: event.id,
      clusterId: cluster.id,
      userId: member.id,
      organisationId: member.organisation.id,
    });
    if (!seat.ok) throw new Error("no seat");
    people.push({ ...member, registrationId: seat.registrationId });
  }
  const [anna, ben, clara, dirk] = people;
  if (!anna || !ben || !clara || !dirk) throw new Error("people");
  // Three slots of 20 minutes at one table, from the event's start.
  await saveBrokerageSession(database, {
    eventId: event.id,
    clusterId: cluster.id,
    values: { startsAt, endsAt: new Date(startsAt.getTime() + 3 * SLOT), slotMinutes: 20, tables: 1, requestDeadline: null },
  });
  const session = (await findBrokerageEvent(database, { eventId: event.id, clusterId: cluster.id }))?.session;
  if (!session) throw new Error("no session");
  // Clara only in the first two slots, Dirk only in the last: their meeting has no common slot.
  await setAvailability(database, {
    session,
    registrationId: clara.registrationId,
    windows: [{ startsAt, endsAt: new Date(startsAt.getTime() + 2 * SLOT) }],
  });
  await setAvailability(database, {
    session,
    registrationId: dirk.registrationId,
    windows: [{ startsAt: new Date(startsAt.getTime() + 2 * SLOT), endsAt: new Date(startsAt.getTime() + 3 * SLOT) }],
  });
  for (const [from, to] of [
    [anna, ben],
    [anna, clara],
    [clara, dirk],
  ] as const) {
    const request = await createMeetingRequest(database, {
      session,
      fromRegistrationId: from.registrationId,
      toRegistrationId: to.registrationId,
      message: null,
      priority: 2,
    });
    if (!request.ok) throw new Error("request refused");
    await respondToMeetingRequest(database, {
      sessionId: session.id,
      requestId: request.id,
      registrationId: to.registrationId,
      accept: true,
    });
  }

  // The organiser locks Anna–Ben into the first slot; locking Anna–Clara there too overlaps and is refused.
  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/events/${event.id}/brokerage`);
  const meetingValue = async (x: string, y: string) =>
    (await page.locator("#lock-meeting option").filter({ hasText: x }).filter({ hasText: y }).getAttribute("value")) ?? "";
  await page.locator("#lock-meeting").selectOption(await meetingValue("Anna Berg", "Ben Cordes"));
  await page.locator("#lock-slot").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Fixieren", exact: true }).click();
  await expect(page.getByTestId("lock-saved")).toBeVisible();
  await page.locator("#lock-meeting").selectOption(await meetingValue("Anna Berg", "Clara Dorn"));
  await page.locator("#lock-slot").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Fixieren", exact: true }).click();
  await expect(page.getByTestId("lock-error")).toHaveText(
    "Eine der beiden Personen hat in diesem Zeitslot bereits ein fixiertes Gespräch. Es wurde nichts geändert.",
  );
  const locks = await database.query.brokerageMeetings.findMany({ where: (m, { eq }) => eq(m.sessionId, session.id) });
  expect(locks.filter((m) => m.locked)).toHaveLength(1);

  // Run the scheduler: the lock holds, Anna–Clara takes the second slot, Clara–Dirk has no common slot.
  await page.getByRole("button", { name: "Planung starten" }).click();
  await expect(page.getByTestId("run-result")).toContainText("2 Gespräche eingeplant, 1 nicht eingeplant");
  await expect(page.getByTestId("schedule-rows")).toContainText("fixiert");
  await expect(page.getByTestId("unplaced-rows")).toContainText("Keine gemeinsame Zeit");
  await page.getByRole("button", { name: "Zeitplan veröffentlichen" }).click();
  await expect(page.getByText("Für Teilnehmende veröffentlicht")).toBeVisible();
  await expectAccessible(page);

  // Anna: availability outside the event is refused and nothing changes; a request to herself too.
  const annaContext = await browser.newContext();
  const annaPage = await annaContext.newPage();
  await authenticate(annaPage, anna);
  await annaPage.goto(`/de/c/${cluster.slug}/events/${event.id}/brokerage`);
  await expect(annaPage.getByTestId("agenda-rows")).toContainText("Ben Cordes");
  await expect(annaPage.getByTestId("agenda-rows")).toContainText("Clara Dorn");
  await annaPage.getByLabel("Von (1)").fill("2020-01-01T08:00");
  await annaPage.getByRole("button", { name: "Verfügbarkeit speichern" }).click();
  await expect(annaPage.getByTestId("availability-error")).toContainText("Die Verfügbarkeit muss innerhalb der B2B-Session");
  const windows = await database.query.brokerageAvailability.findMany({ where: (w, { eq }) => eq(w.registrationId, anna.registrationId) });
  expect(windows).toEqual([]);
  const toSelf = await annaPage.request.post("/api/trpc/brokerage.request", {
    data: { json: { eventId: event.id, toRegistrationId: anna.registrationId, message: null, priority: 2 } },
  });
  expect(toSelf.status()).toBe(400);
  expect(await toSelf.text()).toContain("brokerageRequestToSelf");
  const ownRequests = await database.query.brokerageRequests.findMany({
    where: (r, { eq }) => eq(r.toRegistrationId, anna.registrationId),
  });
  expect(ownRequests).toEqual([]);

  // The agenda as PDF and as a calendar file with one entry per meeting.
  const pdf = await annaPage.request.get(`/api/events/${event.id}/brokerage/agenda.pdf?locale=de`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const ics = await (await annaPage.request.get(`/api/events/${event.id}/brokerage/agenda.ics?locale=de`)).text();
  expect(ics.match(/UID:meeting-/g)).toHaveLength(2);
  expect(ics).toContain("B2B-Gespräch: Ben Cordes");
  await annaContext.close();
});

/** The VEVENT of a meeting in a calendar file, unfolded; "" when the file has none for it. */
function meetingEvent(ics: string, meetingId: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return unfolded.split("BEGIN:VEVENT").find((block) => block.includes(`UID:meeting-${meetingId}@clusterwerk`)) ?? "";
}

test("a participant withdraws from a brokerage day after confirming: the other is notified and both calendar feeds show the meeting CANCELLED in place", async ({
  page,
  browser,
  world,
  database,
}) => {
  test.slow();
  const { cluster, manager } = await world.cluster();
  const startsAt = new Date(Math.ceil((Date.now() + 12 * 24 * HOUR) / HOUR) * HOUR);
  const event = await createEvent(database, {
    clusterId: cluster.id,
    createdBy: manager.id,
    kind: "brokerage",
    title: "Kooperationsbörse Wasserstoff",
    description: null,
    topicCategories: ["networking"],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    timeZone: "Europe/Berlin",
    location: "Karlsruhe",
    onlineUrl: null,
    capacity: null,
  });
  await setEventStatus(database, { id: event.id, clusterId: cluster.id, status: "published" });
  const people = [];
  for (const name of ["Ella Fink", "Fynn Gerber"]) {
    const member = await world.member({ cluster, name });
    const seat = await registerForEvent(database, {
      eventId: event.id,
      clusterId: cluster.id,
      userId: member.id,
      organisationId: member.organisation.id,
    });
    if (!seat.ok) throw new Error("no seat");
    const { token } = createToken();
    await replaceCalendarFeed(database, { userId: member.id, token });
    people.push({ ...member, registrationId: seat.registrationId, feed: `/api/calendar/${token}.ics` });
  }
  const [ella, fynn] = people;
  if (!ella || !fynn) throw new Error("people");
  await saveBrokerageSession(database, {
    eventId: event.id,
    clusterId: cluster.id,
    values: { startsAt, endsAt: new Date(startsAt.getTime() + 3 * SLOT), slotMinutes: 20, tables: 2, requestDeadline: null },
  });
  const session = (await findBrokerageEvent(database, { eventId: event.id, clusterId: cluster.id }))?.session;
  if (!session) throw new Error("no session");
  const request = await createMeetingRequest(database, {
    session,
    fromRegistrationId: ella.registrationId,
    toRegistrationId: fynn.registrationId,
    message: null,
    priority: 1,
  });
  if (!request.ok) throw new Error("request refused");
  await respondToMeetingRequest(database, {
    sessionId: session.id,
    requestId: request.id,
    registrationId: fynn.registrationId,
    accept: true,
  });

  // The organiser schedules and publishes, and downloads the whole day as a calendar file.
  await authenticate(page, manager);
  await page.goto(`/de/c/${cluster.slug}/manage/events/${event.id}/brokerage`);
  await page.getByRole("button", { name: "Planung starten" }).click();
  await expect(page.getByTestId("run-result")).toContainText("1 Gespräche eingeplant");
  await page.getByRole("button", { name: "Zeitplan veröffentlichen" }).click();
  await expect(page.getByText("Für Teilnehmende veröffentlicht")).toBeVisible();
  const [meeting] = await database.query.brokerageMeetings.findMany({ where: (m, { eq }) => eq(m.sessionId, session.id) });
  if (!meeting) throw new Error("no meeting");
  const dayIcs = await page.getByTestId("day-ics").getAttribute("href");
  const day = await (await page.request.get(dayIcs ?? "")).text();
  expect(meetingEvent(day, meeting.id)).toContain("STATUS:CONFIRMED");
  expect(meetingEvent(day, meeting.id)).toContain("Ella Fink");
  expect(meetingEvent(day, meeting.id)).toContain("Fynn Gerber");

  const before = meetingEvent(await (await page.request.get(ella.feed)).text(), meeting.id);
  expect(before).toContain("STATUS:CONFIRMED");
  const sequenceOf = (block: string) => Number(/SEQUENCE:(\d+)/.exec(block)?.[1] ?? "-1");

  // Ella sees her agenda with its downloads, then withdraws: nothing happens before she confirms.
  const ellaContext = await browser.newContext();
  const ellaPage = await ellaContext.newPage();
  await authenticate(ellaPage, ella);
  await ellaPage.goto(`/de/c/${cluster.slug}/events/${event.id}/brokerage`);
  await expect(ellaPage.getByTestId("agenda-rows")).toContainText("Fynn Gerber");
  await expect(
    ellaPage.getByRole("navigation", { name: "Ihre Agenda herunterladen" }).getByRole("link", { name: "Agenda als PDF" }),
  ).toBeVisible();
  await ellaPage.getByRole("button", { name: "Von den B2B-Gesprächen abmelden" }).click();
  await expect(ellaPage.getByRole("alertdialog")).toContainText("Jetzt abmelden?");
  await ellaPage.getByRole("button", { name: "Nein, weiter teilnehmen" }).click();
  expect(await database.query.brokerageWithdrawals.findMany({ where: (w, { eq }) => eq(w.registrationId, ella.registrationId) })).toEqual(
    [],
  );
  await ellaPage.getByRole("button", { name: "Von den B2B-Gesprächen abmelden" }).click();
  await ellaPage.getByRole("button", { name: "Ja, abmelden" }).click();
  await expect(ellaPage.getByTestId("withdrawn-notice")).toContainText("von den B2B-Gesprächen abgemeldet");
  await expectAccessible(ellaPage);
  await ellaContext.close();

  // Both feeds keep the meeting under its UID, now CANCELLED with a higher SEQUENCE; Fynn is notified.
  for (const person of [ella, fynn]) {
    const after = meetingEvent(await (await page.request.get(person.feed)).text(), meeting.id);
    expect(after).toContain("STATUS:CANCELLED");
    expect(sequenceOf(after)).toBe(sequenceOf(before) + 1);
  }
  const notices = await database.query.notifications.findMany({ where: (n, { eq }) => eq(n.userId, fynn.id) });
  expect(notices.map((n) => n.kind)).toEqual(["brokerage-withdrawn"]);
  await page.reload();
  await expect(page.getByTestId("unplaced-rows")).toContainText("Abgesagt");
});
