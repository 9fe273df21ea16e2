import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseHandle, openDatabase, schema } from "@clusterwerk/db";
import { prepareDatabase } from "@clusterwerk/seed";
import { inArray } from "drizzle-orm";
import { benchEnv } from "./env";
import { type Step } from "./lib/load-runner";
import { portalClient, sessionCookie, startPortal, stopPortal } from "./lib/portal";
import { recreateDatabase } from "./lib/postgres";
import { seededRandom } from "./lib/timing";
import { LOAD_PASSWORD, type LoadUser, seedLoadWorld } from "./load-world";

/** The two portal instances over the one database (issue 12 item 4); LOAD_PORTS overrides them. */
const ports = benchEnv.loadPorts;
/** A request that gets no answer within this long counts as hanging. */
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * The warm-up before the run (not measured) may take longer: 50 people's first calls at once on cold
 * instances — each instance builds its match index, the first needs analyses and reports fill their caches.
 */
const WARM_UP_TIMEOUT_MS = 180_000;

/** Load figures come with the machine's load average, since other work shares its cores. */
export function loadAverage(): string {
  return execFileSync("uptime", { encoding: "utf8" })
    .trim()
    .replace(/.*load average/, "load average");
}

/** What the writes of a run left acknowledged: the ids the portal answered with, by table. */
export interface Acknowledged {
  needs: string[];
  profiles: string[];
  meetings: string[];
}

/**
 * A fresh database `clusterwerk_load` seeded with the load world, two production portals over it, and
 * every load user signed in (alternating between the instances). `stop` ends the portals and the pool.
 */
export async function setUpLoad() {
  console.log(`seeding the load world (${loadAverage()})`);
  const url = await recreateDatabase("clusterwerk_load");
  const handle = openDatabase({ kind: "postgres", url });
  await prepareDatabase(handle, { demo: false });
  const seedStart = performance.now();
  const users = await seedLoadWorld(handle.db);
  console.log(`seeded in ${Math.round((performance.now() - seedStart) / 1000)} s; starting portals on ${ports.join(", ")}`);
  const servers: ChildProcess[] = [];
  try {
    for (const port of ports)
      servers.push(await startPortal({ port, databaseUrl: url, logFile: path.join(tmpdir(), `clusterwerk-load-${port}.log`) }));
    const acknowledged: Acknowledged = { needs: [], profiles: [], meetings: [] };
    // One after the other: the portal holds a hit on the address's sign-in counter while a password is
    // checked (packages/auth/src/credentials.ts), and all load users come from this one address — 50 at
    // once would exceed its 30 and be refused. People of one venue do not all press "sign in" in the same second.
    const warmUpStart = performance.now();
    const cookies: string[] = [];
    for (const [index, user] of users.entries()) cookies.push(await sessionCookie(portalBase(index), user.email, LOAD_PASSWORD));
    const virtualUsers = await Promise.all(users.map((user, index) => virtualUser(user, index, cookies[index] ?? "", acknowledged)));
    console.log(`signed in and warmed up in ${Math.round((performance.now() - warmUpStart) / 1000)} s`);
    const running = () => servers.every((server) => server.exitCode === null && server.signalCode === null);
    return { handle, users: virtualUsers, acknowledged, running, stop: () => stop(servers, handle) };
  } catch (error) {
    await stop(servers, handle);
    throw error;
  }
}

async function stop(servers: ChildProcess[], handle: DatabaseHandle) {
  for (const server of servers) stopPortal(server);
  await handle.close();
}

/** The portal instance user `index` talks to: the users alternate between them. */
const portalBase = (index: number) => `http://localhost:${ports[index % ports.length] ?? 3511}`;

/** A day in three months at a working hour, as the meeting form sends it (Europe/Berlin wall clock). */
function meetingTime(index: number): string {
  const day = new Date(Date.now() + (90 + (index % 30)) * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(9 + (index % 8)).padStart(2, "0")}:00`;
}

/**
 * One signed-in person's mix: managers read the directory, the needs analysis and the benchmark report;
 * contact persons read the directory and their profile's matches and write needs, new profiles and meeting
 * requests to the profiles they were matched with (each at most once, below §5.4's limit of three).
 * Takes the person's session cookie; returns their step generator after a warm-up call of each read (the first matches build the index).
 */
async function virtualUser(user: LoadUser, index: number, cookie: string, acknowledged: Acknowledged): Promise<() => Step> {
  let client = portalClient(portalBase(index), cookie, WARM_UP_TIMEOUT_MS);
  const measured = () => {
    client = portalClient(portalBase(index), cookie, REQUEST_TIMEOUT_MS);
  };
  const random = seededRandom(index + 1);
  const directory = (): Step => ({
    endpoint: "read cluster.directory",
    run: () => client.cluster.directory.query({ clusterId: user.clusterId, search: random() < 0.3 ? "org1" : undefined, limit: 25 }),
  });
  if (user.role === "manager") {
    const reads: (() => Step)[] = [
      directory,
      () => ({ endpoint: "read needsAnalysis.get", run: () => client.needsAnalysis.get.query({ clusterId: user.clusterId }) }),
      () => ({
        endpoint: "read benchmarkReport.report",
        run: () => client.benchmarkReport.report.query({ benchmarkingId: user.benchmarkingId }),
      }),
    ];
    for (const read of reads) await read().run();
    measured();
    return () => (reads[Math.floor(random() * reads.length)] ?? directory)();
  }
  const tenant = { clusterId: user.clusterId, organisationId: user.organisationId };
  const candidates: string[] = [];
  let asked = 0;
  const matches = async () => {
    const result = await client.matchmaking.matches.query({ ...tenant, profileId: user.profileId, limit: 20 });
    for (const match of result.matches) if (!candidates.includes(match.id)) candidates.push(match.id);
  };
  await matches();
  measured();
  let written = 0;
  // [weight, step]: every action equally likely, except new profiles (`PROFILE_WRITE_WEIGHT` times as likely).
  const steps: [number, () => Step | null][] = [
    [1, directory],
    [1, () => ({ endpoint: "read matchmaking.matches", run: matches })],
    [
      1,
      () => ({
        endpoint: "write need.create",
        run: async () => {
          written += 1;
          const { id } = await client.need.create.mutate({
            ...tenant,
            category: "digitalisation",
            title: `Load need ${index}-${written}`,
            description: null,
            importance: 3,
            horizon: "now",
          });
          acknowledged.needs.push(id);
        },
      }),
    ],
    [
      benchEnv.profileWriteWeight,
      () => ({
        endpoint: "write cooperation.create",
        run: async () => {
          written += 1;
          const { id } = await client.cooperation.create.mutate({
            ...tenant,
            type: "TO",
            language: "en",
            title: `Load profile ${index}-${written}`,
            summary: "sensor data analytics for production lines",
            description: null,
            technologyTags: ["digitalisation/iot-sensors"],
            reach: "partner-clusters",
            validUntil: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
          });
          acknowledged.profiles.push(id);
        },
      }),
    ],
    [
      1,
      () => {
        const target = candidates[asked];
        if (!target) return null;
        asked += 1;
        return {
          endpoint: "write cooperationMeeting.request",
          run: async () => {
            const { id } = await client.cooperationMeeting.request.mutate({
              ...tenant,
              profileId: user.profileId,
              targetProfileId: target,
              message: "Shall we talk about a pilot?",
              proposedTimes: [meetingTime(index + asked)],
            });
            acknowledged.meetings.push(id);
          },
        };
      },
    ],
  ];
  return () => pickWeighted(steps, random())?.() ?? directory();
}

/** The entry whose share of the total weight `draw` (in [0, 1)) falls into. */
function pickWeighted<T>(entries: readonly [number, T][], draw: number): T | undefined {
  let rest = draw * entries.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, entry] of entries) {
    if (rest < weight) return entry;
    rest -= weight;
  }
  return undefined;
}

/** Which acknowledged writes the database does not hold (each list should be empty). */
export async function missingWrites(handle: DatabaseHandle, acknowledged: Acknowledged) {
  const missing = async (ids: string[], load: (some: string[]) => Promise<{ id: string }[]>) => {
    const found = new Set<string>();
    for (let start = 0; start < ids.length; start += 1_000)
      for (const row of await load(ids.slice(start, start + 1_000))) found.add(row.id);
    return ids.filter((id) => !found.has(id));
  };
  const { db } = handle;
  return {
    needs: await missing(acknowledged.needs, (ids) =>
      db.select({ id: schema.needs.id }).from(schema.needs).where(inArray(schema.needs.id, ids)),
    ),
    profiles: await missing(acknowledged.profiles, (ids) =>
      db.select({ id: schema.cooperationProfiles.id }).from(schema.cooperationProfiles).where(inArray(schema.cooperationProfiles.id, ids)),
    ),
    meetings: await missing(acknowledged.meetings, (ids) =>
      db.select({ id: schema.cooperationMeetings.id }).from(schema.cooperationMeetings).where(inArray(schema.cooperationMeetings.id, ids)),
    ),
  };
}

/** Prints the write check: acknowledged and missing per table; returns the number missing. */
export async function printWriteCheck(handle: DatabaseHandle, acknowledged: Acknowledged): Promise<number> {
  const missing = await missingWrites(handle, acknowledged);
  let lost = 0;
  for (const table of ["needs", "profiles", "meetings"] as const) {
    console.log(`acknowledged ${table}: ${acknowledged[table].length}, missing in the database: ${missing[table].length}`);
    lost += missing[table].length;
  }
  return lost;
}
