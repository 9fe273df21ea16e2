import { count } from "drizzle-orm";
import { type Database, loadReferenceData, schema } from "@clusterwerk/db";
import { clusters as demoClusters } from "./data/clusters";
import { type DemoOrganisation, organisations as smartIndustriesMembers, partnerOrganisations } from "./data/organisations";
import { people } from "./data/people";
import { demoPasswordHash } from "./demo-password";
import { seedDemoBenchmarking } from "./demo/benchmarking";
import { seedDemoBrokerage } from "./demo/brokerage";
import { seedDemoCooperation } from "./demo/cooperation";
import { seedDemoEvents } from "./demo/events";
import { seedDemoLabels } from "./demo/labels";
import { seedDemoNeeds } from "./demo/needs";
import { seedDemoProspects } from "./demo/prospects";
import { seedDemoReferenceClusters } from "./demo/reference-clusters";
import { seedDemoServices } from "./demo/services";

export interface SeedOptions {
  /** Timestamp for every created/updated column; fixed in tests so two seeds give identical data. */
  now?: Date;
}

export interface SeedSummary {
  taxonomyTerms: number;
  clusters: number;
  organisations: number;
  memberships: number;
  users: number;
  roleAssignments: number;
  partnerships: number;
}

/** Partnerships between demo clusters by slug: the first proposed to the second. */
const demoPartnerships = [
  { proposer: "smart-industries", partner: "neckarmobil", status: "active" },
  { proposer: "smart-industries", partner: "elbe-digital", status: "proposed" },
  { proposer: "neckarmobil", partner: "nordlicht-energie", status: "active" },
] as const;

/** Every membership of the demo data: Smart Industries' list first, then each partner cluster's. */
function demoMemberships(): { clusterSlug: string; organisation: DemoOrganisation }[] {
  return [
    ...smartIndustriesMembers.map((organisation) => ({ clusterSlug: "smart-industries", organisation })),
    ...Object.entries(partnerOrganisations).flatMap(([clusterSlug, list]) => list.map((organisation) => ({ clusterSlug, organisation }))),
  ];
}

/**
 * Cross-cluster consent: granted by most organisations, but not by those that stay out of the directory
 * and not by every sixth one otherwise, so that matchmaking across clusters has refusals to respect.
 */
function grantsCrossCluster(organisation: DemoOrganisation, index: number): boolean {
  return organisation.consentDirectory && index % 6 !== 5;
}

function idOf(ids: ReadonlyMap<string, string>, slug: string, what: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`demo data refers to unknown ${what} "${slug}"`);
  return id;
}

/**
 * Fills an empty, migrated database with the demo of ARCHITECTURE.md "Database": reference data, the five
 * demo clusters, their members with memberships and consents, the demo accounts with their roles and the
 * cluster partnerships. One insert per table, in one transaction, so it is quick on PGlite and never half done.
 */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const passwordHash = await demoPasswordHash();
  const memberships = demoMemberships();
  // An organisation in several clusters appears in each list with the same master data; create it once.
  const uniqueOrganisations = [...new Map(memberships.map(({ organisation }) => [organisation.slug, organisation])).values()];

  return db.transaction(async (tx) => {
    const taxonomyTerms = await loadReferenceData(tx);

    const clusterRows = await tx
      .insert(schema.clusters)
      .values(
        demoClusters.map((c) => ({
          slug: c.slug,
          name: c.name,
          managementOrganisation: c.managementOrganisation,
          country: c.country,
          region: c.region,
          city: c.city,
          lat: c.lat,
          lon: c.lon,
          sectorField: c.sector,
          founded: c.founded,
          legalForm: c.legalForm,
          website: c.website,
          radiusKm: c.radiusKm,
          managementFte: c.managementFte,
          strategyDate: c.strategyDate,
          openMatchmaking: c.openMatchmaking,
          descriptionDe: c.descriptionDe,
          descriptionEn: c.descriptionEn,
          isDemo: true,
          createdAt: now,
        })),
      )
      .returning({ id: schema.clusters.id, slug: schema.clusters.slug });
    const clusterIds = new Map(clusterRows.map((row) => [row.slug, row.id]));

    const organisationRows = await tx
      .insert(schema.organisations)
      .values(
        uniqueOrganisations.map((o) => ({
          slug: o.slug,
          name: o.name,
          category: o.category,
          employees: o.employees,
          street: o.street ?? null,
          postalCode: o.postalCode,
          city: o.city,
          country: o.country,
          lat: o.lat,
          lon: o.lon,
          nace: [...o.nace],
          technologyTags: [...o.technologyTags],
          website: o.website,
          description: o.descriptionDe,
          isDemo: true,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: schema.organisations.id, slug: schema.organisations.slug });
    const organisationIds = new Map(organisationRows.map((row) => [row.slug, row.id]));

    await tx.insert(schema.memberships).values(
      memberships.map(({ clusterSlug, organisation: o }) => ({
        organisationId: idOf(organisationIds, o.slug, "organisation"),
        clusterId: idOf(clusterIds, clusterSlug, "cluster"),
        status: o.membership.status,
        joinedOn: o.membership.joined,
        leftOn: o.membership.left ?? null,
        agreementSigned: o.membership.agreement,
        paysFee: o.membership.fee,
        contributesActively: o.membership.activeContribution,
      })),
    );

    await tx.insert(schema.consents).values(
      uniqueOrganisations.flatMap((o, index) => {
        const organisationId = idOf(organisationIds, o.slug, "organisation");
        return [
          { organisationId, purpose: "directory" as const, granted: o.consentDirectory, updatedAt: now },
          { organisationId, purpose: "matchmaking" as const, granted: true, updatedAt: now },
          { organisationId, purpose: "cross-cluster" as const, granted: grantsCrossCluster(o, index), updatedAt: now },
        ];
      }),
    );

    const userRows = await tx
      .insert(schema.users)
      .values(people.map((p) => ({ email: p.email, name: p.name, passwordHash, emailVerified: now, createdAt: now })))
      .returning({ id: schema.users.id, email: schema.users.email });
    const userIds = new Map(userRows.map((row) => [row.email, row.id]));

    const roleRows = people.flatMap((p) =>
      p.roles.map((role) => ({
        userId: idOf(userIds, p.email, "user"),
        kind: role.kind,
        clusterId: "cluster" in role ? idOf(clusterIds, role.cluster, "cluster") : null,
        organisationId: "organisation" in role ? idOf(organisationIds, role.organisation, "organisation") : null,
        createdAt: now,
      })),
    );
    await tx.insert(schema.roleAssignments).values(roleRows);

    await tx.insert(schema.clusterPartnerships).values(
      demoPartnerships.map((p) => ({
        proposerClusterId: idOf(clusterIds, p.proposer, "cluster"),
        partnerClusterId: idOf(clusterIds, p.partner, "cluster"),
        status: p.status,
        proposedAt: now,
        respondedAt: p.status === "active" ? now : null,
      })),
    );

    await seedDemoNeeds(tx, { clusterIds, organisationIds, userIds, now });
    await seedDemoServices(tx, { clusterIds, organisationIds, userIds, now });
    await seedDemoEvents(tx, { clusterIds, organisationIds, userIds, now });
    await seedDemoBrokerage(tx, { clusterIds, userIds });
    await seedDemoProspects(tx, { clusterIds, now });
    await seedDemoReferenceClusters(tx, { now });
    await seedDemoLabels(tx, { clusterIds, userIds, now });
    await seedDemoBenchmarking(tx, { clusterIds, userIds, now });
    await seedDemoCooperation(tx, { clusterIds, organisationIds, now });

    return {
      taxonomyTerms,
      clusters: clusterRows.length,
      organisations: organisationRows.length,
      memberships: memberships.length,
      users: userRows.length,
      roleAssignments: roleRows.length,
      partnerships: demoPartnerships.length,
    };
  });
}

/**
 * Seeds only a database without clusters, so starting the portal twice never duplicates the demo or mixes
 * it into real data. Returns whether it seeded.
 */
export async function seedIfEmpty(db: Database, options: SeedOptions = {}): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(schema.clusters);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db, options);
  return true;
}
