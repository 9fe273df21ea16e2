import { createSession, type Database, schema, type SessionRef } from "@clusterwerk/db";
import { isErrorMessage } from "@clusterwerk/validators";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { ZodError } from "zod";
import superjson from "superjson";
import type * as core from "zod/v4/core";
import { type MatrixEntry } from "../matrix/entry";
import { callInSession, type Persona, type World } from "../world";
import { applyMutations, type MutationSource, mutationsOf } from "./input-mutations";
import { fuzzEnv } from "./env";
import { slotsOf } from "./schema-slots";
import { type WriteWatch } from "./write-fingerprint";

/** What the fuzzer needs from the test file's world. */
export interface FuzzWorld {
  db: Database;
  world: World;
  /** Tables written since the last look (test/fuzz/write-fingerprint.ts). */
  writes: WriteWatch;
  sessionOf: (persona: Persona) => Promise<SessionRef | null>;
}

/** The matrix personas in the order the fuzzer prefers: a tenant's people first, so the tenancy property applies. */
const preference: Persona[] = ["member", "manager", "assessor", "admin", "noRole", "guest"];
const tenantPersonas: readonly Persona[] = ["member", "manager"];

/** Who calls a procedure in the fuzz: the first allowed persona for whom cluster B is another tenant. */
export function fuzzPersona(entry: MatrixEntry): Persona {
  if (entry.allowed === "everyone") return "member";
  const allowed = entry.allowed;
  return preference.find((persona) => allowed.includes(persona) && !entry.platformWide?.includes(persona)) ?? preference[0] ?? "guest";
}

/** A procedure's input parsers, as zod schemas (every procedure's input is one). */
export function inputSchemasOf(procedure: unknown): core.$ZodType[] {
  const inputs = (procedure as { _def?: { inputs?: unknown[] } })._def?.inputs ?? [];
  return inputs.filter((input): input is core.$ZodType => typeof input === "object" && input !== null && "_zod" in input);
}

/**
 * Tables a refused call may write: counting a failed attempt (a wrong reset link, password or invitation) is what
 * the limits of packages/api/src/limits.ts are for, so it is no partial write of the refused change.
 */
const attemptCounters: ReadonlySet<string> = new Set(["rate_limits"]);

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const idsIn = (value: unknown): Set<string> => new Set((superjson.stringify(value).match(UUIDS) ?? []).map((id) => id.toLowerCase()));

/**
 * What of cluster B must never reach cluster A's people: organisation B1 (its id and name) and the records
 * the row's `other` input names. Cluster ids are left out: every cluster is public (`cluster.list`).
 */
async function otherTenantMarkers(fw: FuzzWorld, own: unknown, other: unknown): Promise<string[]> {
  const ownIds = idsIn(own);
  const clusterIds = new Set((await fw.db.select({ id: schema.clusters.id }).from(schema.clusters)).map((cluster) => cluster.id));
  const records = [...idsIn(other)].filter((id) => !ownIds.has(id) && !clusterIds.has(id) && id !== fw.world.orgA.id);
  return [fw.world.orgB.id, fw.world.orgB.name, ...records].map((marker) => marker.toLowerCase());
}

/** Fuzzes one procedure with mutations of its matrix row's valid inputs; an assertion error names the broken property. */
export async function fuzzProcedure(fw: FuzzWorld, path: string, procedure: unknown, entry: MatrixEntry): Promise<void> {
  const { world: w } = fw;
  const persona = fuzzPersona(entry);
  const tenant = tenantPersonas.includes(persona);
  const own = await entry.own(w);
  const other = tenant && entry.other ? await entry.other(w) : undefined;
  const slots = inputSchemasOf(procedure).flatMap((schema) => slotsOf(schema));
  const source: MutationSource = {
    slots: slots.length > 0 ? slots : [{ path: [], edges: [] }],
    own,
    other,
    // Organisation B1 comes in through the rows' other inputs: some procedures take any organisation (adding a member).
    otherTenantIds: tenant ? [w.clusterB.id] : [],
  };
  const markers = tenant ? await otherTenantMarkers(fw, own, other) : [];
  const session = await fw.sessionOf(persona);
  // The rows the matrix builders just made are not the fuzzed calls' writes.
  await fw.writes();

  const property = fc.asyncProperty(mutationsOf(source), async (mutations) => {
    const input = applyMutations(source, mutations);
    const outcome = await callInSession(fw.db, session, path, input).then(
      (output) => ({ ok: true as const, output }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const changed = await fw.writes();
    if (Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")) throw new Error("the input polluted Object.prototype");
    if (!outcome.ok) {
      assertCleanRefusal(outcome.error, persona);
      const written = changed.filter((table) => !attemptCounters.has(table));
      if (written.length > 0) throw new Error(`a refused call wrote to ${written.join(", ")}`);
      return;
    }
    if (!tenant) return;
    const leaked = markers.filter((marker) => superjson.stringify(outcome.output).toLowerCase().includes(marker));
    if (leaked.length > 0) throw new Error(`the answer holds another tenant's data: ${leaked.join(", ")}`);
  });
  await fc.assert(property, { numRuns: fuzzEnv.FUZZ_RUNS, seed: fuzzEnv.FUZZ_SEED, endOnFailure: true });
}

/** Never a 500: a refusal is a tRPC client error (4xx) whose message is an error key; a signed-in persona stays signed in. */
function assertCleanRefusal(error: unknown, persona: Persona): void {
  if (!(error instanceof TRPCError)) throw new Error(`not a tRPC error: ${String(error)}`);
  const status = getHTTPStatusCodeFromError(error);
  if (status >= 500) throw new Error(`answered ${error.code} (${status}): ${String(error.cause ?? error.message)}`, { cause: error });
  if (!isErrorMessage(error.message) && !(error.cause instanceof ZodError))
    throw new Error(`the message is not an error key: ${error.message}`);
  if (persona !== "guest" && error.code === "UNAUTHORIZED") throw new Error(`${persona} lost the session during the fuzz`);
}

/** One session per persona for the whole fuzz file (a fresh one per call would make every call write a session row). */
export function sessionsFor(db: () => Database, users: () => World["users"]): (persona: Persona) => Promise<SessionRef | null> {
  const sessions = new Map<Persona, Promise<SessionRef | null>>();
  return (persona) => {
    const userId = users()[persona];
    if (!sessions.has(persona)) sessions.set(persona, userId ? createSession(db(), userId) : Promise.resolve(null));
    return sessions.get(persona) ?? Promise.resolve(null);
  };
}
