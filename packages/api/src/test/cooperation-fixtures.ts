import { changeOwnProfile, createProfile, type Database, loadReferenceData, proposePartnership } from "@clusterwerk/db";
import {
  createCluster,
  createMembership,
  createOrganisation,
  createUser,
  grantConsent,
  grantRole,
} from "@clusterwerk/db/testing/factories";
import { type CooperationProfileInput, cooperationProfileInput } from "@clusterwerk/validators";
import { calendarDayOf } from "../calendar-day";
import { callerFor } from "./world";

/** A calendar day `days` after today in the portal's time zone. */
export function dayFromToday(days: number): string {
  const [year = 0, month = 1, date = 1] = calendarDayOf(new Date()).split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** A valid profile input (DOMAIN.md §5.1) with whatever `overrides` change. */
export function sampleProfile(overrides: Partial<CooperationProfileInput> = {}): CooperationProfileInput {
  return {
    type: "TR",
    language: "en",
    title: "Predictive maintenance with IoT sensors",
    summary: "We look for a partner for vibration sensors and predictive maintenance of machine tools.",
    description: null,
    technologyTags: ["digitalisation/iot-sensors"],
    nace: ["C28"],
    partnershipTypes: ["technical-cooperation"],
    reach: "partner-clusters",
    validUntil: dayFromToday(180),
    ...overrides,
  };
}

/**
 * A contact person (with an account) of a new organisation that is an active member of `clusterId`, with
 * consent to matchmaking and to cross-cluster sharing unless `consents` says otherwise.
 */
export async function matchMember(db: Database, clusterId: string, consents: { matchmaking?: boolean; crossCluster?: boolean } = {}) {
  await loadReferenceData(db);
  const organisation = await createOrganisation(db);
  await createMembership(db, { organisationId: organisation.id, clusterId });
  await grantConsent(db, organisation.id, "matchmaking", consents.matchmaking ?? true);
  await grantConsent(db, organisation.id, "cross-cluster", consents.crossCluster ?? true);
  const user = await createUser(db, { passwordHash: "x" });
  await grantRole(db, user.id, { kind: "member", clusterId, organisationId: organisation.id });
  const scope = { clusterId, organisationId: organisation.id };
  return { ...scope, scope, userId: user.id, caller: await callerFor(db, user.id) };
}
export type MatchMember = Awaited<ReturnType<typeof matchMember>>;

/** A fresh profile of the organisation in the cluster, written straight to the database (a draft unless `published`). */
export async function profileIn(
  db: Database,
  scope: { clusterId: string; organisationId: string; userId: string },
  overrides: Partial<CooperationProfileInput> & { published?: boolean } = {},
) {
  const { published, ...fields } = overrides;
  await loadReferenceData(db);
  const viewer = { clusterId: scope.clusterId, organisationId: scope.organisationId };
  const id = await createProfile(db, { viewer, fields: cooperationProfileInput.parse(sampleProfile(fields)), createdBy: scope.userId });
  if (!id) throw new Error("profile not created");
  if (published) await changeOwnProfile(db, { profileId: id, viewer, change: { kind: "publish" } });
  return id;
}

/** A fresh cluster (its id) with nothing between it and the others yet: a target for a partnership proposal. */
export async function freshClusterId(db: Database) {
  return (await createCluster(db)).id;
}

/** A partnership a fresh cluster proposes to `clusterId`, still waiting for its answer; returns its id. */
export async function partnershipProposedTo(db: Database, clusterId: string) {
  const id = await proposePartnership(db, { proposerClusterId: await freshClusterId(db), partnerClusterId: clusterId });
  if (!id) throw new Error("partnership not proposed");
  return id;
}
