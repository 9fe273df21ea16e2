import { findOrganisationById, getConsents, recordAudit, setConsent, updateOrganisationProfile } from "@clusterwerk/db";
import { proposeCompanyCategory } from "@clusterwerk/scoring/domain";
import { organisationProfile } from "@clusterwerk/validators";
import { z } from "zod";
import { createTRPCRouter, memberProcedure, notFound } from "../trpc";

export const organisationRouter = createTRPCRouter({
  /** Contact persons of the organisation: its profile and consents. */
  get: memberProcedure.query(async ({ ctx }) => {
    const organisation = await findOrganisationById(ctx.db, ctx.organisationId);
    if (!organisation) throw notFound("Organisation not found.");
    const consents = await getConsents(ctx.db, ctx.organisationId);
    const proposedCategory = organisation.employees === null ? null : proposeCompanyCategory(organisation.employees);
    return { ...organisation, consents, categoryMismatch: isCategoryMismatch(organisation.category, proposedCategory) };
  }),

  /** Contact persons of the organisation: edit the profile. */
  update: memberProcedure.input(z.object({ profile: organisationProfile })).mutation(async ({ ctx, input }) => {
    const updated = await updateOrganisationProfile(ctx.db, ctx.organisationId, input.profile);
    if (!updated) throw notFound("Organisation not found.");
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "organisation.updated",
      entity: "organisation",
      entityId: ctx.organisationId,
    });
    return updated;
  }),

  /** Contact persons of the organisation: grant or withdraw consent for one purpose. */
  setConsent: memberProcedure
    .input(z.object({ purpose: z.enum(["directory", "matchmaking", "cross-cluster"]), granted: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await setConsent(ctx.db, ctx.organisationId, input.purpose, input.granted, ctx.userId);
      await recordAudit(ctx.db, {
        actorUserId: ctx.userId,
        action: "consent.changed",
        entity: "organisation",
        entityId: ctx.organisationId,
        details: input,
      });
      return getConsents(ctx.db, ctx.organisationId);
    }),
});

/** A company whose employee count says the other size class (DOMAIN.md §1.2: flag, don't force). */
function isCategoryMismatch(category: string, proposed: "sme" | "large" | null): boolean {
  return proposed !== null && (category === "sme" || category === "large") && category !== proposed;
}
