/** The world the matrix runs in and the inputs its rows build (fresh rows per call, valid: the matrix checks access, not validation). */
import { expressInterest, profileOwner, schema, upsertProspects } from "@clusterwerk/db";
import { defaultFactorWeights } from "@clusterwerk/scoring/matching";
import { eq } from "drizzle-orm";
import { setUpWorld, type World } from "../world";
import { serviceFixtures } from "../service-fixtures";
import { dayIn } from "../needs-fixtures";
import { brokerageIn } from "../brokerage-fixtures";
import { labelFixtures } from "../label-fixtures";
import { matchMember, profileIn } from "../cooperation-fixtures";
import { meetingTimeIn, meetingWith } from "../meeting-fixtures";
import { benchmarkingIn } from "../benchmarking-fixtures";

export const campaignValues = { title: "Bedarfsumfrage 2026", opensOn: dayIn(0), closesOn: dayIn(30), categories: ["digitalisation"] };

/** Valid membership terms and a new member (the matrix checks access, not validation). */
export const memberTerms = { status: "active", joinedOn: "2026-01-15", agreementSigned: true, paysFee: false, contributesActively: false };
export const newMember = {
  name: "Matrix Member GmbH",
  category: "sme",
  city: "Mannheim",
  postalCode: "68159",
  country: "DE",
  employees: 12,
  ...memberTerms,
};

/** A valid event form (the matrix checks access, not validation). */
export const eventForm = {
  kind: "workshop",
  title: "Matrix-Workshop",
  description: null,
  topicCategories: ["digitalisation"],
  startsAt: "2030-05-01T09:00",
  endsAt: "2030-05-01T12:00",
  timeZone: "Europe/Berlin",
  location: "Mannheim",
  onlineUrl: null,
  capacity: 30,
};

export function profileOf(name: string) {
  return {
    name,
    category: "sme",
    employees: 12,
    street: null,
    postalCode: "68159",
    city: "Mannheim",
    country: "DE",
    lat: 49.48,
    lon: 8.46,
    nace: ["C28"],
    technologyTags: ["digitalisation/iot-sensors"],
    website: null,
    description: null,
  };
}

export const ctx = setUpWorld();

/** The member scope of world organisation A1 in cluster A (or B1 in B). */
export const scopeOf = (w: World, side: "A" | "B") =>
  side === "A" ? { clusterId: w.clusterA.id, organisationId: w.orgA.id } : { clusterId: w.clusterB.id, organisationId: w.orgB.id };
/** A fresh cooperation profile of A1 (or B1): a draft, or published. */
export const cooperationProfileOf = (w: World, side: "A" | "B", published = false) =>
  profileIn(ctx.db, { ...scopeOf(w, side), userId: w.users.admin }, { published });

/** A fresh meeting of A1 (or B1) with a new member of its cluster; A1 asks unless `asked`. */
export const meetingOf = (w: World, side: "A" | "B", options: Parameters<typeof meetingWith>[2] = {}) =>
  meetingWith(ctx.db, { ...scopeOf(w, side), userId: w.users.admin }, options);
/** A valid meeting request from a fresh published profile of A1 (or B1) to a visible profile of a new member of its cluster. */
export async function meetingRequestOf(w: World, side: "A" | "B") {
  const scope = scopeOf(w, side);
  const other = await matchMember(ctx.db, scope.clusterId);
  return {
    ...scope,
    profileId: await cooperationProfileOf(w, side, true),
    targetProfileId: await profileIn(ctx.db, other, { published: true, type: "TO" }),
    message: "Shall we meet?",
    proposedTimes: [meetingTimeIn(24)],
  };
}

/** Express-interest input from a fresh published profile of A1 (or B1) to a visible profile of a new member of its cluster. */
export async function interestRequestOf(w: World, side: "A" | "B") {
  const { clusterId, organisationId, profileId, targetProfileId } = await meetingRequestOf(w, side);
  return { clusterId, organisationId, profileId, targetProfileId };
}
/** An interest A1 (or B1) has expressed already: the input that withdraws it. */
export async function interestOf(w: World, side: "A" | "B") {
  const input = await interestRequestOf(w, side);
  const target = await profileOwner(ctx.db, input.targetProfileId);
  if (!target) throw new Error("interest target missing");
  const to = { clusterId: target.clusterId, organisationId: target.organisationId, profileId: target.id };
  await expressInterest(ctx.db, { from: { ...scopeOf(w, side), profileId: input.profileId }, to, createdBy: w.users.admin });
  return input;
}
/** A preview of the default weights for a fresh published profile of A1 (or B1), named by its cluster. */
export async function weightsPreviewOf(w: World, side: "A" | "B") {
  return { clusterId: scopeOf(w, side).clusterId, profileId: await cooperationProfileOf(w, side, true), ...defaultFactorWeights };
}

/** A fresh draft benchmarking of a cluster, named as the benchmarking procedures take it. */
export async function draftOf(clusterId: string) {
  return { benchmarkingId: await benchmarkingIn(ctx.db, clusterId, "draft") };
}

/** A valid evidence upload (a tiny PDF); the matrix checks access, not validation. */
export const matrixEvidence = { indicatorId: "F4", filename: "matrix.pdf", content: new TextEncoder().encode("%PDF-1.7\n%%EOF\n") };

/** Label rows (finalised benchmarkings, awards by the admin, so the matrix's assessor may confirm a Gold). */
export const labels = () => labelFixtures(ctx.db, ctx.world.users.admin);

/** A fresh brokerage day of cluster A (the matrix's member seated) or B, and the inputs its procedures take. */
export const brokerage = (w: World, cluster: "A" | "B", published = false) => brokerageIn(ctx.db, w, cluster, published);
export type BrokerageDay = Awaited<ReturnType<typeof brokerage>>;
export const meetingRequestTo = (day: BrokerageDay) => ({
  eventId: day.eventId,
  toRegistrationId: day.partnerRegistrationId,
  message: null,
  priority: 2,
});
export const responseTo = (day: BrokerageDay) => ({ eventId: day.eventId, requestId: day.pendingRequestId, accept: true });
export const agendaOf = (day: BrokerageDay) => ({ eventId: day.eventId, registrationId: day.memberRegistrationId });
export const sessionFormOf = (day: BrokerageDay) => ({ eventId: day.eventId, ...day.sessionForm });
export const lockOf = (day: BrokerageDay) => ({ eventId: day.eventId, meetingId: day.meetingId, slot: 0, table: null });
export const unlockOf = (day: BrokerageDay) => ({ eventId: day.eventId, meetingId: day.meetingId });

/** A fresh service of a cluster (active unless said otherwise), so every matrix call has its own row. */
export function serviceIn(clusterId: string, status: "active" | "idea" = "active") {
  return serviceFixtures(ctx.db).service(clusterId, { status });
}

/** A fresh service that ended last year, with the organisation enrolled: it may cancel or rate. */
export async function enrolledIn(clusterId: string, organisationId: string) {
  const serviceId = await serviceFixtures(ctx.db).service(clusterId, { endsOn: "2025-01-31" });
  await serviceFixtures(ctx.db).enrolment(serviceId, organisationId);
  return serviceId;
}

/** One prospect row as the import sends it (with coordinates, so no geocoding is needed). */
export const sampleProspectRow = { name: "Matrix Prospect GmbH", city: "Mannheim", country: "DE", lat: "49.49", lon: "8.47" };

/** A fresh prospect of a cluster, so every matrix call has its own row to mark or convert. */
export async function prospectIn(clusterId: string) {
  const importKey = `id:${crypto.randomUUID()}`;
  await upsertProspects(ctx.db, {
    clusterId,
    rows: [
      {
        ...sampleProspectRow,
        importKey,
        postalCode: null,
        nace: [],
        technologyTags: [],
        employees: null,
        website: null,
        lat: 49.49,
        lon: 8.47,
        geocodedFrom: null,
      },
    ],
  });
  const [row] = await ctx.db.select({ id: schema.prospects.id }).from(schema.prospects).where(eq(schema.prospects.importKey, importKey));
  if (!row) throw new Error("prospect not created");
  return row.id;
}
