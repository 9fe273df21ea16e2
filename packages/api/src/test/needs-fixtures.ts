import { createCampaign, createNeeds, type Database, type NewNeed } from "@clusterwerk/db";
import { calendarDayOf } from "../calendar-day";

const DAY = 86_400_000;

/** The portal's calendar day `days` days from now (negative: in the past). */
export function dayIn(days: number): string {
  return calendarDayOf(new Date(Date.now() + days * DAY));
}

/** A need as a form sends it: digitalisation, importance 3, now. */
export const sampleNeed = {
  category: "digitalisation",
  title: "Predictive Maintenance für Bestandsanlagen",
  description: null,
  importance: 3,
  horizon: "now",
} as const;

type Tenant = { clusterId: string; organisationId: string; managerId: string };

/**
 * Needs and campaigns for tests: a need of a cluster's member organisation, and a campaign of a cluster
 * asking its organisation (running today unless a period is given), so a test or the matrix starts from real rows.
 */
export function needsFixtures(db: Database, tenants: Record<"A" | "B", Tenant>) {
  const need = async (cluster: "A" | "B" = "A", overrides: Partial<NewNeed> = {}) => {
    const { clusterId, organisationId } = tenants[cluster];
    const [id] = await createNeeds(db, [{ ...sampleNeed, clusterId, organisationId, ...overrides }], null);
    if (!id) throw new Error("need not created");
    return id;
  };
  const campaign = async (
    cluster: "A" | "B" = "A",
    period: { opensOn: string; closesOn: string } = { opensOn: dayIn(-1), closesOn: dayIn(30) },
  ) => {
    const { clusterId, organisationId, managerId } = tenants[cluster];
    const created = await createCampaign(db, {
      clusterId,
      title: "Bedarfsumfrage",
      ...period,
      categories: ["digitalisation", "funding"],
      organisationIds: [organisationId],
      createdBy: managerId,
    });
    return created.id;
  };
  return { need, campaign };
}
