import { recordAudit, setOrganisationLocation } from "@clusterwerk/db";
import { distanceFromOffice, isCommittedMember, isMemberOn, isWithinRadius, withinRadiusFigure } from "@clusterwerk/scoring/members";
import { calendarDay, errorMessages, organisationLocation } from "@clusterwerk/validators";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { loadGrowthPotential } from "../growth-potential";
import { createTRPCRouter, managerProcedure, notFound } from "../trpc";

/** The most prospects the map draws (the most relevant first); the list page has them all. */
export const MAP_PROSPECT_LIMIT = 2000;

/** Regional reach (issue 9, DOMAIN.md §6.1 S6): members on a map around the office, the share within the radius, those outside. */
export const reachRouter = createTRPCRouter({
  /**
   * Managers of the cluster: the office and radius, members on `asOf` (today by default) with their
   * location, committed or not, distance and whether within; S6 and S8; relevant prospects for the map.
   */
  overview: managerProcedure.input(z.object({ asOf: calendarDay().optional() })).query(async ({ ctx, input }) => {
    const asOf = input.asOf ?? calendarDayOf(new Date());
    const growth = await loadGrowthPotential(ctx.db, ctx.clusterId, asOf);
    const { region } = growth;
    const members = growth.members
      .filter((member) => isMemberOn(member, asOf))
      .map((member) => ({
        organisationId: member.organisationId,
        name: member.name,
        city: member.city,
        country: member.country,
        lat: member.lat,
        lon: member.lon,
        committed: isCommittedMember(member, asOf),
        distanceKm: distanceFromOffice(member, region),
        withinRadius: isWithinRadius(member, region),
      }));
    return {
      asOf,
      region,
      withinRadius: withinRadiusFigure(growth.members, asOf, region),
      penetration: growth.penetration,
      members,
      prospects: growth.ranked
        .filter(({ prospect, relevance }) => relevance.relevant && prospect.lat !== null && prospect.lon !== null)
        .slice(0, MAP_PROSPECT_LIMIT)
        .map(({ prospect }) => ({ id: prospect.id, name: prospect.name, lat: prospect.lat, lon: prospect.lon })),
    };
  }),

  /** Managers of the cluster: correct the location of an organisation that has a membership in it. */
  setLocation: managerProcedure.input(organisationLocation).mutation(async ({ ctx, input }) => {
    const updated = await setOrganisationLocation(ctx.db, { ...input, clusterId: ctx.clusterId });
    if (!updated) throw notFound(errorMessages.organisationNotFound);
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "organisation.located",
      entity: "organisation",
      entityId: updated.id,
      clusterId: ctx.clusterId,
      details: { lat: input.lat, lon: input.lon },
    });
    return updated;
  }),
});
