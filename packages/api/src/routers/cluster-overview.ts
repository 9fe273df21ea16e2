import { listClusterEvents, loadCoverageRows } from "@clusterwerk/db";
import { coverage, isOpenNeed } from "@clusterwerk/scoring/needs";
import { calendarDayOf } from "../calendar-day";
import { loadGrowthPotential, memberStructureOf } from "../growth-potential";
import { managerProcedure } from "../trpc";

/** How many upcoming events the overview lists (the events page has them all). */
export const OVERVIEW_EVENT_LIMIT = 3;

/**
 * Managers of the cluster: the cluster at a glance (issue 9 item 6) — committed members with the monthly
 * counts of the last 24 months (S1, S7), the share within the radius (S6), the penetration (S8), open
 * needs with their coverage (DOMAIN.md §3) and the next events with their registrations. Each figure comes
 * from the function its detail page uses, so the overview and the page always agree.
 */
export const clusterOverviewProcedure = managerProcedure.query(async ({ ctx }) => {
  const now = new Date();
  const today = calendarDayOf(now);
  const [growth, coverageRows, events] = await Promise.all([
    loadGrowthPotential(ctx.db, ctx.clusterId, today),
    loadCoverageRows(ctx.db, { clusterId: ctx.clusterId }),
    listClusterEvents(ctx.db, { clusterId: ctx.clusterId, period: "upcoming", now, limit: OVERVIEW_EVENT_LIMIT }),
  ]);
  const structure = memberStructureOf(growth, today);
  return {
    asOf: today,
    radiusKm: structure.radiusKm,
    members: { committed: structure.S1.value, growth: structure.S7, monthly: structure.monthly },
    reach: structure.S6,
    penetration: structure.S8,
    needs: {
      open: coverageRows.needs.filter(isOpenNeed).length,
      coverage: coverage(coverageRows.needs, coverageRows.services).overall,
    },
    events: {
      total: events.total,
      items: events.items.map((event) => ({
        id: event.id,
        title: event.title,
        status: event.status,
        startsAt: event.startsAt,
        timeZone: event.timeZone,
        capacity: event.capacity,
        registered: event.registeredCount,
        waitlisted: event.waitlistedCount,
      })),
    },
  };
});
