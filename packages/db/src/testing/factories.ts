import { randomBytes } from "node:crypto";
import type { Database } from "../client";
import type { assignRole } from "../queries/roles";
import { eq } from "drizzle-orm";
import { clusters, consents, cooperationMeetings, memberships, organisations, roleAssignments, users } from "../schema";

/**
 * Row factories for tests of other packages: each call makes a complete row with sensible defaults and
 * unique slugs and emails. The suffix carries a random part, not only a counter, because test files run in
 * separate processes and may share one PostgreSQL server.
 */
let counter = 0;
function uniqueSuffix(): string {
  counter += 1;
  return `${randomBytes(4).toString("hex")}-${counter}`;
}

type ClusterInsert = typeof clusters.$inferInsert;
type OrganisationInsert = typeof organisations.$inferInsert;
type MembershipInsert = typeof memberships.$inferInsert;

/** A role as `assignRole` takes it. */
export type RoleGrant = Parameters<typeof assignRole>[2];
export type ConsentPurpose = (typeof consents.$inferInsert)["purpose"];

async function insertedRow<T>(rows: Promise<T[]>, table: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`insert into ${table} returned no row`);
  return row;
}

export async function createCluster(db: Database, overrides: Partial<ClusterInsert> = {}) {
  const suffix = uniqueSuffix();
  const values: ClusterInsert = {
    slug: `test-cluster-${suffix}`,
    name: `Test Cluster ${suffix}`,
    managementOrganisation: `Test CMO ${suffix}`,
    country: "DE",
    region: "Rhein-Neckar",
    city: "Mannheim",
    lat: 49.4875,
    lon: 8.466,
    sectorField: "Production and engineering",
    radiusKm: 150,
    ...overrides,
  };
  return insertedRow(db.insert(clusters).values(values).returning(), "clusters");
}

export async function createOrganisation(db: Database, overrides: Partial<OrganisationInsert> = {}) {
  const suffix = uniqueSuffix();
  const values: OrganisationInsert = {
    slug: `test-organisation-${suffix}`,
    name: `Test Organisation ${suffix}`,
    category: "sme",
    employees: 42,
    city: "Mannheim",
    country: "DE",
    lat: 49.4875,
    lon: 8.466,
    ...overrides,
  };
  return insertedRow(db.insert(organisations).values(values).returning(), "organisations");
}

/** An active, committed membership unless the caller says otherwise. */
export async function createMembership(
  db: Database,
  params: Pick<MembershipInsert, "organisationId" | "clusterId"> & Partial<MembershipInsert>,
) {
  const values: MembershipInsert = { status: "active", joinedOn: "2024-01-01", agreementSigned: true, ...params };
  return insertedRow(db.insert(memberships).values(values).returning(), "memberships");
}

/** A user; without a password hash the account is in the invited-but-not-accepted state. */
export async function createUser(db: Database, params: { email?: string; name?: string; passwordHash?: string | null } = {}) {
  const suffix = uniqueSuffix();
  const values: typeof users.$inferInsert = {
    email: (params.email ?? `user-${suffix}@test.example`).trim().toLowerCase(),
    name: params.name ?? `Test User ${suffix}`,
    passwordHash: params.passwordHash ?? null,
  };
  return insertedRow(db.insert(users).values(values).returning(), "users");
}

export async function grantRole(db: Database, userId: string, role: RoleGrant) {
  const values: typeof roleAssignments.$inferInsert = {
    userId,
    kind: role.kind,
    clusterId: "clusterId" in role ? role.clusterId : null,
    organisationId: "organisationId" in role ? role.organisationId : null,
  };
  return insertedRow(db.insert(roleAssignments).values(values).returning(), "role_assignments");
}

/** Sets (or replaces) an organisation's consent for one purpose. */
export async function grantConsent(db: Database, organisationId: string, purpose: ConsentPurpose, granted = true) {
  return insertedRow(
    db
      .insert(consents)
      .values({ organisationId, purpose, granted })
      .onConflictDoUpdate({ target: [consents.organisationId, consents.purpose], set: { granted, updatedAt: new Date() } })
      .returning(),
    "consents",
  );
}

/**
 * Lets time pass for a meeting between two organisations (DOMAIN.md §5.4): its accepted time moves to `chosenTime`,
 * so a test can record the outcome of a meeting "after" its time without waiting for it.
 */
export async function moveCooperationMeetingTime(db: Database, params: { requesterOrganisationId: string; chosenTime: Date }) {
  await db
    .update(cooperationMeetings)
    .set({ chosenTime: params.chosenTime })
    .where(eq(cooperationMeetings.requesterOrganisationId, params.requesterOrganisationId));
}
