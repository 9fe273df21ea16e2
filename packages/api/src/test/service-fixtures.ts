import { type Database, schema } from "@clusterwerk/db";
import type { ServiceFieldsInput } from "@clusterwerk/validators";

type ServiceInsert = typeof schema.services.$inferInsert;
type NeedInsert = typeof schema.needs.$inferInsert;

/** A service as the manager's form sends it: an active workshop on digitalisation, 10 places, free. */
export const sampleService: ServiceFieldsInput = {
  title: "KI-Sprechstunde für den Mittelstand",
  description: null,
  needCategories: ["digitalisation"],
  format: "consulting",
  targetCategories: ["sme"],
  capacity: 10,
  price: 0,
  cost: 1200,
  status: "active",
  startsOn: null,
  endsOn: null,
};

/** Rows for service tests, inserted directly so each test (and each matrix call) starts from its own rows. */
export function serviceFixtures(db: Database) {
  const service = async (clusterId: string, overrides: Partial<ServiceInsert> = {}) => {
    const [row] = await db
      .insert(schema.services)
      .values({
        clusterId,
        title: "Testangebot",
        needCategories: ["digitalisation"],
        format: "workshop",
        targetCategories: [],
        status: "active",
        ...overrides,
      })
      .returning({ id: schema.services.id });
    if (!row) throw new Error("service not created");
    return row.id;
  };
  const need = async (clusterId: string, organisationId: string, overrides: Partial<NeedInsert> = {}) => {
    const [row] = await db
      .insert(schema.needs)
      .values({
        clusterId,
        organisationId,
        category: "digitalisation",
        title: "Predictive Maintenance",
        importance: 3,
        horizon: "now",
        ...overrides,
      })
      .returning({ id: schema.needs.id });
    if (!row) throw new Error("need not created");
    return row.id;
  };
  const link = async (serviceId: string, needIds: readonly string[]) => {
    await db.insert(schema.serviceNeeds).values(needIds.map((needId) => ({ serviceId, needId })));
  };
  const enrolment = async (serviceId: string, organisationId: string, enrolledAt = new Date()) => {
    await db.insert(schema.serviceEnrolments).values({ serviceId, organisationId, enrolledAt });
  };
  return { service, need, link, enrolment };
}
