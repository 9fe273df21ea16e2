import {
  createInvitation,
  createPasswordResetToken,
  createSession,
  createToken,
  type Database,
  type DatabaseHandle,
  loadReferenceData,
  type SessionRef,
} from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import {
  createCluster,
  createMembership,
  createOrganisation,
  createUser,
  grantConsent,
  grantRole,
} from "@clusterwerk/db/testing/factories";
import { hashPassword } from "@clusterwerk/auth/password";
import { afterAll, beforeAll } from "vitest";
import { appRouter } from "../root";
import { createCallerFactory, createContext } from "../trpc";
import { eventFixtures } from "./event-fixtures";
import { needsFixtures } from "./needs-fixtures";

/** The password of every person of the world (their accounts are signed in by session rows, so it is rarely needed). */
export const WORLD_PASSWORD = "world-password-of-every-persona";
/** The password of `freshPerson`'s accounts. */
const FRESH_PASSWORD = "a-long-fresh-password";

/**
 * Two tenants and one person per role: cluster A (with member organisation A1) and cluster B (with B1).
 * The matrix calls every procedure as each of these people.
 */
export async function buildWorld(db: Database) {
  // The taxonomies every start loads (prepare-database.ts): the profile pickers and their checks read them.
  await loadReferenceData(db);
  const clusterA = await createCluster(db);
  const clusterB = await createCluster(db);
  const orgA = await createOrganisation(db);
  const orgB = await createOrganisation(db);
  await createMembership(db, { organisationId: orgA.id, clusterId: clusterA.id });
  await createMembership(db, { organisationId: orgB.id, clusterId: clusterB.id });
  await grantConsent(db, orgA.id, "directory");
  await grantConsent(db, orgB.id, "directory");

  const passwordHash = await hashPassword(WORLD_PASSWORD);
  const person = async (role?: Parameters<typeof grantRole>[2]) => {
    const user = await createUser(db, { passwordHash });
    if (role) await grantRole(db, user.id, role);
    return user.id;
  };
  const grants = {
    noRole: undefined,
    member: { kind: "member", clusterId: clusterA.id, organisationId: orgA.id },
    manager: { kind: "manager", clusterId: clusterA.id },
    assessor: { kind: "assessor" },
    admin: { kind: "admin" },
  } as const;
  const users = {
    guest: null,
    noRole: await person(grants.noRole),
    member: await person(grants.member),
    manager: await person(grants.manager),
    assessor: await person(grants.assessor),
    admin: await person(grants.admin),
  };
  /**
   * A new person holding the same role as `persona`, with a known password: for procedures that end the caller's
   * own account (the world's people must outlive every test).
   */
  const freshPerson = async (persona: Exclude<keyof typeof users, "guest">) => {
    const user = await createUser(db, { passwordHash: await hashPassword(FRESH_PASSWORD) });
    const grant = grants[persona];
    if (grant) await grantRole(db, user.id, grant);
    return { userId: user.id, email: user.email, password: FRESH_PASSWORD };
  };
  const manager = users.manager;

  /** A fresh pending invitation of cluster A (or B), or one awaiting confirmation; returns its id and the token. */
  const invitation = async (cluster: "A" | "B" = "A", needsConfirmation = false) => {
    const { token, tokenHash } = createToken();
    const target =
      cluster === "A" ? { clusterId: clusterA.id, organisationId: orgA.id } : { clusterId: clusterB.id, organisationId: orgB.id };
    const row = await createInvitation(db, {
      email: `invitee-${tokenHash.slice(0, 10)}@test.example`,
      name: "Invitee",
      invitedBy: manager,
      tokenHash,
      needsConfirmation,
      ...target,
    });
    if (!row) throw new Error("invitation not created");
    return { id: row.id, token };
  };
  const resetToken = async () => {
    const user = await createUser(db, { passwordHash: "x" });
    const { token, tokenHash } = createToken();
    await createPasswordResetToken(db, user.id, tokenHash);
    return token;
  };
  const events = eventFixtures(db, {
    A: { clusterId: clusterA.id, organisationId: orgA.id, managerId: manager },
    B: { clusterId: clusterB.id, organisationId: orgB.id, managerId: manager },
  });
  const needs = needsFixtures(db, {
    A: { clusterId: clusterA.id, organisationId: orgA.id, managerId: manager },
    B: { clusterId: clusterB.id, organisationId: orgB.id, managerId: manager },
  });
  /** A fresh organisation with an active membership in cluster A (or B); returns the membership's id. */
  const membership = async (cluster: "A" | "B" = "A") => {
    const organisation = await createOrganisation(db);
    return (await createMembership(db, { organisationId: organisation.id, clusterId: (cluster === "A" ? clusterA : clusterB).id })).id;
  };
  return { clusterA, clusterB, orgA, orgB, users, freshPerson, invitation, resetToken, events, needs, membership };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
export type Persona = keyof World["users"];

/** One fresh database and world per test file, built before its tests and closed after them. */
export function setUpWorld(): { readonly db: Database; readonly world: World; as(persona: Persona): Promise<Caller> } {
  let handle: DatabaseHandle | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
    world = await buildWorld(handle.db);
  });
  afterAll(async () => handle?.close());
  const ready = () => {
    if (!handle || !world) throw new Error("the world is built in beforeAll");
    return { db: handle.db, world };
  };
  return {
    get db() {
      return ready().db;
    },
    get world() {
      return ready().world;
    },
    as: (persona) => callerFor(ready().db, ready().world.users[persona]),
  };
}

const createCaller = createCallerFactory(appRouter);
/** The router's own caller type: procedure names, inputs and outputs are checked by the compiler. */
export type Caller = ReturnType<typeof createCaller>;

/** A typed caller acting as the given user, signed in afresh (null: as a guest), e.g. `(await callerFor(db, id)).cluster.list({})`. */
export async function callerFor(db: Database, userId: string | null): Promise<Caller> {
  return createCaller(createContext({ db, session: userId ? await createSession(db, userId) : null, ip: null }));
}

type AnyProcedure = (input: unknown) => Promise<unknown>;

/** Calls a procedure by its dotted path in the given session (null: as a guest). */
export function callInSession(db: Database, session: SessionRef | null, path: string, input: unknown): Promise<unknown> {
  const caller = createCaller(createContext({ db, session, ip: null })) as unknown as Record<string, Record<string, AnyProcedure>>;
  const [router, procedure] = path.split(".");
  const fn = router && procedure ? caller[router]?.[procedure] : undefined;
  if (!fn) throw new Error(`no procedure ${path}`);
  return fn(input);
}

/** Calls a procedure by its dotted path as the given user, signed in afresh (null: as a guest). */
export async function callAs(db: Database, userId: string | null, path: string, input: unknown): Promise<unknown> {
  return callInSession(db, userId ? await createSession(db, userId) : null, path, input);
}
