import {
  addExistingMembership,
  addNewMemberOrganisation,
  endMembership,
  findMembership,
  findMembershipCluster,
  findOrganisationById,
  listClusterMemberships,
  listClusterMembershipsForExport,
  listMembershipChanges,
  searchOrganisationsToAdd,
  updateMembershipTerms,
} from "@clusterwerk/db";
import { distanceFromOffice, isCommittedMember } from "@clusterwerk/scoring/members";
import {
  addExistingMemberInput,
  addNewMemberInput,
  endMembershipInput,
  errorMessages,
  memberStructureInput,
  membershipListInput,
  searchTerm,
  updateMembershipInput,
  validationMessages as m,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { clusterRegion, loadMemberStructure } from "../growth-potential";
import { located } from "../located";
import { checkTechnologyTags } from "../taxonomy-terms";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure, notFound } from "../trpc";

const membershipRecord = managerOfRecordProcedure("membershipId", findMembershipCluster);

type ListRow = Awaited<ReturnType<typeof listClusterMembershipsForExport>>[number];

/** A list row with what the figures say about it today: committed (DOMAIN.md §1) and its distance from the office. */
function withFigures(row: ListRow, today: string, region: Awaited<ReturnType<typeof clusterRegion>>) {
  const distanceKm = distanceFromOffice(row, region);
  return {
    ...row,
    committed: isCommittedMember(row, today),
    distanceKm,
    withinRadius: distanceKm === null ? null : distanceKm <= region.radiusKm,
  };
}

/**
 * The last day of a membership may not lie before its first (DOMAIN.md §1 dates; the database checks it
 * too). Refused as a schema failure on `leftOn`, so the form shows it on the field.
 */
function checkEndAfterStart(leftOn: string, joinedOn: string | null) {
  const result = z
    .object({ leftOn: z.string().refine((value) => joinedOn === null || value >= joinedOn, m.endsBeforeStart) })
    .safeParse({ leftOn });
  if (!result.success) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.invalidInput, cause: result.error });
}

const alreadyMember = () => new TRPCError({ code: "CONFLICT", message: errorMessages.alreadyMember });

export const membershipRouter = createTRPCRouter({
  /** Managers of the cluster: its member list (all statuses) with committed and within-radius as of today. */
  list: managerProcedure.input(membershipListInput).query(async ({ ctx, input }) => {
    const [page, region] = await Promise.all([
      listClusterMemberships(ctx.db, { ...input, clusterId: ctx.clusterId }),
      clusterRegion(ctx.db, ctx.clusterId),
    ]);
    const today = calendarDayOf(new Date());
    return { ...page, radiusKm: region.radiusKm, today, items: page.items.map((row) => withFigures(row, today, region)) };
  }),

  /** Managers of the cluster: every membership with the same figures, for the CSV export. */
  exportList: managerProcedure.query(async ({ ctx }) => {
    const [rows, region] = await Promise.all([
      listClusterMembershipsForExport(ctx.db, ctx.clusterId),
      clusterRegion(ctx.db, ctx.clusterId),
    ]);
    const today = calendarDayOf(new Date());
    return { today, radiusKm: region.radiusKm, rows: rows.map((row) => withFigures(row, today, region)) };
  }),

  /** Managers of the cluster: organisations on the platform, not yet in the cluster, whose name or city contains the term. */
  searchOrganisations: managerProcedure
    .input(z.object({ search: searchTerm }))
    .query(({ ctx, input }) => searchOrganisationsToAdd(ctx.db, { clusterId: ctx.clusterId, search: input.search ?? "" })),

  /**
   * Managers of the cluster: a new organisation and its membership, located offline from its city and
   * country like a profile or a prospect (the organisation's profile stays its contact persons').
   */
  addNew: managerProcedure.input(addNewMemberInput).mutation(async ({ ctx, input }) => {
    const { status, joinedOn, agreementSigned, paysFee, contributesActively, ...organisation } = input;
    await checkTechnologyTags(ctx.db, organisation.technologyTags);
    return addNewMemberOrganisation(ctx.db, {
      clusterId: ctx.clusterId,
      organisation: await located({ ...organisation, lat: null, lon: null }),
      terms: { status, joinedOn, agreementSigned, paysFee, contributesActively },
      changedBy: ctx.userId,
    });
  }),

  /**
   * Managers of the cluster: an organisation already on the platform becomes a member. Only the membership
   * row is the manager's: the shared profile stays editable by its contact persons alone.
   */
  addExisting: managerProcedure.input(addExistingMemberInput).mutation(async ({ ctx, input }) => {
    const { organisationId, ...terms } = input;
    if (!(await findOrganisationById(ctx.db, organisationId))) throw notFound(errorMessages.organisationNotFound);
    const created = await addExistingMembership(ctx.db, { clusterId: ctx.clusterId, organisationId, terms, changedBy: ctx.userId });
    if (!created) throw alreadyMember();
    return created;
  }),

  /** Managers of the membership's cluster: the membership with its organisation's name. */
  get: membershipRecord.query(async ({ ctx, input }) => {
    const membership = await findMembership(ctx.db, input.membershipId);
    if (!membership) throw notFound(errorMessages.membershipNotFound);
    return membership;
  }),

  /** Managers of the membership's cluster: set status (applicant/active), joining day and the three commitment criteria. */
  update: membershipRecord.input(updateMembershipInput).mutation(async ({ ctx, input }) => {
    const { membershipId, ...terms } = input;
    const updated = await updateMembershipTerms(ctx.db, { membershipId, clusterId: ctx.clusterId, terms, changedBy: ctx.userId });
    if (!updated) throw notFound(errorMessages.membershipNotFound);
    return updated;
  }),

  /** Managers of the membership's cluster: end it on its last day (status left); the history keeps what it was. */
  end: membershipRecord.input(endMembershipInput).mutation(async ({ ctx, input }) => {
    const current = await findMembership(ctx.db, input.membershipId);
    if (!current) throw notFound(errorMessages.membershipNotFound);
    checkEndAfterStart(input.leftOn, current.joinedOn);
    const ended = await endMembership(ctx.db, {
      membershipId: input.membershipId,
      clusterId: ctx.clusterId,
      leftOn: input.leftOn,
      changedBy: ctx.userId,
    });
    if (!ended) throw notFound(errorMessages.membershipNotFound);
    return ended;
  }),

  /** Managers of the membership's cluster: its history (who changed what, when), newest first. */
  history: membershipRecord.query(({ ctx, input }) =>
    listMembershipChanges(ctx.db, { membershipId: input.membershipId, clusterId: ctx.clusterId }),
  ),

  /**
   * Managers of the cluster: the member structure S1–S8 (DOMAIN.md §6.1) as of a day (today by default) and
   * the monthly member counts. S8 is the growth potential's penetration over the relevant prospects, so the
   * structure and prospects pages show one number.
   */
  structure: managerProcedure.input(memberStructureInput).query(async ({ ctx, input }) => {
    const asOf = input.asOf ?? calendarDayOf(new Date());
    return loadMemberStructure(ctx.db, ctx.clusterId, asOf);
  }),
});
