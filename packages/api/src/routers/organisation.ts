import {
  findOrganisationById,
  getConsents,
  type OrganisationProfileUpdate,
  recordAudit,
  setConsent,
  updateOrganisationProfile,
} from "@clusterwerk/db";
import { consentPurposes, proposeCompanyCategory } from "@clusterwerk/scoring/domain";
import { errorMessages, organisationProfile } from "@clusterwerk/validators";
import { z } from "zod";
import { located } from "../located";
import { checkTechnologyTags } from "../taxonomy-terms";
import { createTRPCRouter, memberInClusterProcedure, memberProcedure, notFound } from "../trpc";

export const organisationRouter = createTRPCRouter({
  /**
   * Contact persons of the organisation: its profile and consents, and the clusters the caller acts in for
   * it (by name; edits name one of them, so the audit log says where a shared profile was changed).
   */
  get: memberProcedure.query(async ({ ctx }) => {
    const organisation = await findOrganisationById(ctx.db, ctx.organisationId);
    if (!organisation) throw notFound(errorMessages.organisationNotFound);
    const consents = await getConsents(ctx.db, ctx.organisationId);
    const proposedCategory = organisation.employees === null ? null : proposeCompanyCategory(organisation.employees);
    const actingClusters = ctx.roles
      .flatMap((role) =>
        role.kind === "member" && role.organisationId === ctx.organisationId ? [{ id: role.clusterId, name: role.clusterName }] : [],
      )
      .sort((a, b) => a.name.localeCompare(b.name));
    return { ...organisation, consents, actingClusters, categoryMismatch: isCategoryMismatch(organisation.category, proposedCategory) };
  }),

  /**
   * Contact persons of the organisation acting in one of its clusters: edit the profile. The profile is
   * shared by all its clusters, so the audit entry names the acting cluster and the changed fields.
   */
  update: memberInClusterProcedure.input(z.object({ profile: organisationProfile })).mutation(async ({ ctx, input }) => {
    await checkTechnologyTags(ctx.db, input.profile.technologyTags);
    const before = await findOrganisationById(ctx.db, ctx.organisationId);
    const updated = await updateOrganisationProfile(ctx.db, ctx.organisationId, await located(input.profile));
    if (!before || !updated) throw notFound(errorMessages.organisationNotFound);
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "organisation.updated",
      entity: "organisation",
      entityId: ctx.organisationId,
      clusterId: ctx.clusterId,
      details: { changed: changedFields(before, input.profile) },
    });
    return updated;
  }),

  /** Contact persons of the organisation acting in one of its clusters: grant or withdraw consent for one purpose (audited with before and after). */
  setConsent: memberInClusterProcedure
    .input(z.object({ purpose: z.enum(consentPurposes), granted: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const before = await getConsents(ctx.db, ctx.organisationId);
      await setConsent(ctx.db, ctx.organisationId, input.purpose, input.granted, ctx.userId);
      await recordAudit(ctx.db, {
        actorUserId: ctx.userId,
        action: "consent.changed",
        entity: "organisation",
        entityId: ctx.organisationId,
        clusterId: ctx.clusterId,
        details: { purpose: input.purpose, before: before[input.purpose], after: input.granted },
      });
      return getConsents(ctx.db, ctx.organisationId);
    }),
});

/** The profile fields an update changes (names only: the audit log records who changed what, not the contents). */
function changedFields(before: Record<string, unknown>, update: OrganisationProfileUpdate): string[] {
  return Object.entries(update)
    .filter(([field, value]) => JSON.stringify(before[field] ?? null) !== JSON.stringify(value ?? null))
    .map(([field]) => field);
}

/** A company whose employee count says the other size class (DOMAIN.md §1.2: flag, don't force). */
function isCategoryMismatch(category: string, proposed: "sme" | "large" | null): boolean {
  return proposed !== null && (category === "sme" || category === "large") && category !== proposed;
}
