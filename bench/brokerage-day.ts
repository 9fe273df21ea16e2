import { performance } from "node:perf_hooks";
import { appRouter, createCallerFactory, createContext } from "@clusterwerk/api";
import {
  createEvent,
  createSession,
  type Database,
  findBrokerageEvent,
  loadScheduleInput,
  saveBrokerageSession,
  schema,
  setEventStatus,
} from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { scheduleMeetings } from "@clusterwerk/scoring/scheduling";
import type { Benchmark, Figure } from "./lib/figure";
import { seededRandom } from "./lib/timing";

const PARTICIPANTS = 300;
const MEETINGS = 1_500;
const SLOTS = 24;
const TABLES = 60;
const TARGET_MS = 5_000;
const HOUR = 3_600_000;
const BATCH = 500;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/**
 * A crowded brokerage day as database rows, the same every run: 300 seated participants, a session of 24
 * slots of 20 minutes at 60 tables; half stay all day, the others give one window of 8–20 slots; 1,500
 * accepted requests favour popular participants (the square of a uniform draw picks the one asked), 30 %
 * of them mutual. Returns the event and its organiser.
 */
async function seedCrowdedDay(db: Database) {
  const random = seededRandom(5_5_5);
  const pick = (n: number) => Math.floor(random() * n);
  const cluster = await createCluster(db);
  const organiser = await createUser(db);
  await grantRole(db, organiser.id, { kind: "manager", clusterId: cluster.id });
  const startsAt = new Date(Math.ceil((Date.now() + 30 * 24 * HOUR) / HOUR) * HOUR);
  const event = await createEvent(db, {
    clusterId: cluster.id,
    createdBy: organiser.id,
    kind: "brokerage",
    title: "Bench-Kooperationsbörse",
    description: null,
    topicCategories: ["networking"],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 9 * HOUR),
    timeZone: "Europe/Berlin",
    location: "Mannheim",
    onlineUrl: null,
    capacity: null,
  });
  await setEventStatus(db, { id: event.id, clusterId: cluster.id, status: "published" });
  const users = await db
    .insert(schema.users)
    .values(Array.from({ length: PARTICIPANTS }, (_, i) => ({ email: `bench-${i}@brokerage.example`, name: `Person ${i}` })))
    .returning({ id: schema.users.id });
  const seats = await db
    .insert(schema.eventRegistrations)
    .values(users.map((u) => ({ eventId: event.id, userId: u.id, status: "registered" as const })))
    .returning({ id: schema.eventRegistrations.id });
  const sessionStart = new Date(startsAt.getTime() + HOUR);
  await saveBrokerageSession(db, {
    eventId: event.id,
    clusterId: cluster.id,
    values: {
      startsAt: sessionStart,
      endsAt: new Date(sessionStart.getTime() + (SLOTS * HOUR) / 3),
      slotMinutes: 20,
      tables: TABLES,
      requestDeadline: null,
    },
  });
  const found = await findBrokerageEvent(db, { eventId: event.id, clusterId: cluster.id });
  if (!found?.session) throw new Error("no session");
  const session = found.session;
  const slotStart = (slot: number) => new Date(sessionStart.getTime() + (slot * HOUR) / 3);
  const windows = seats.flatMap((seat) => {
    if (random() < 0.5) return [];
    const length = 8 + pick(13);
    const first = pick(SLOTS - length + 1);
    return [{ sessionId: session.id, registrationId: seat.id, startsAt: slotStart(first), endsAt: slotStart(first + length) }];
  });
  await inBatches(windows, (batch) => db.insert(schema.brokerageAvailability).values(batch));
  const pairs = new Set<string>();
  const meetings: (typeof schema.brokerageMeetings.$inferInsert)[] = [];
  const requests: (typeof schema.brokerageRequests.$inferInsert)[] = [];
  while (meetings.length < MEETINGS) {
    const from = seats[pick(PARTICIPANTS)]?.id;
    const to = seats[Math.floor(random() ** 2 * PARTICIPANTS)]?.id;
    if (!from || !to || from === to) continue;
    const [a, b] = from < to ? [from, to] : [to, from];
    if (pairs.has(`${a}:${b}`)) continue;
    pairs.add(`${a}:${b}`);
    const mutual = random() < 0.3;
    meetings.push({ sessionId: session.id, aRegistrationId: a, bRegistrationId: b, mutual });
    requests.push({ sessionId: session.id, fromRegistrationId: from, toRegistrationId: to, status: "accepted" });
    if (mutual) requests.push({ sessionId: session.id, fromRegistrationId: to, toRegistrationId: from, status: "accepted" });
  }
  await inBatches(requests, (batch) => db.insert(schema.brokerageRequests).values(batch));
  await inBatches(meetings, (batch) => db.insert(schema.brokerageMeetings).values(batch));
  return { eventId: event.id, organiserId: organiser.id, session };
}

/**
 * The organiser's scheduling run through the procedure (`brokerage.run`: load from the database, scoring's
 * engine, save every meeting's place and the run record) on a crowded day, first run and a re-run, with
 * the engine's share of the time and the share of meetings placed (of all, and of the upper bound).
 */
export const brokerageDayBenchmark: Benchmark = {
  name: "brokerage-day",
  run: async (): Promise<Figure[]> => {
    const handle = await createTestDatabase();
    try {
      const { eventId, organiserId, session } = await seedCrowdedDay(handle.db);
      const caller = createCallerFactory(appRouter)(
        createContext({ db: handle.db, session: await createSession(handle.db, organiserId), ip: null }),
      );
      let start = performance.now();
      const first = await caller.brokerage.run({ eventId });
      const firstMs = performance.now() - start;
      start = performance.now();
      await caller.brokerage.run({ eventId });
      const rerunMs = performance.now() - start;
      const loaded = await loadScheduleInput(handle.db, session);
      start = performance.now();
      scheduleMeetings(loaded.event);
      const engineMs = performance.now() - start;
      const round = (x: number) => Math.round(x * 10) / 10;
      const label = `${PARTICIPANTS} participants, ${MEETINGS} meetings, ${SLOTS} slots × ${TABLES} tables`;
      return [
        {
          name: `brokerage-day: run procedure, first run (${label})`,
          value: round(firstMs),
          unit: "ms",
          target: `< ${TARGET_MS} ms`,
          ok: firstMs < TARGET_MS,
        },
        {
          name: `brokerage-day: run procedure, re-run (${label})`,
          value: round(rerunMs),
          unit: "ms",
          target: `< ${TARGET_MS} ms`,
          ok: rerunMs < TARGET_MS,
        },
        { name: "brokerage-day: engine alone", value: round(engineMs), unit: "ms", target: null, ok: null },
        {
          name: "brokerage-day: engine share of the first run",
          value: round((100 * engineMs) / firstMs),
          unit: "%",
          target: null,
          ok: null,
        },
        {
          name: "brokerage-day: meetings placed",
          value: round((100 * first.placed) / MEETINGS),
          unit: "% of requested",
          target: null,
          ok: null,
        },
        {
          name: "brokerage-day: meetings placed of the upper bound",
          value: round((100 * first.placed) / first.upperBound),
          unit: "% of bound",
          target: null,
          ok: null,
        },
      ];
    } finally {
      await handle.close();
    }
  },
};
