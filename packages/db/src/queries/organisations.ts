import { eq } from "drizzle-orm";
import { type ConsentPurpose, consentPurposes, type MemberCategory } from "@clusterwerk/scoring/domain";
import type { Database } from "../client";
import { consentChanges, consents, organisations } from "../schema";

export async function findOrganisationById(db: Database, id: string) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return organisation ?? null;
}

export interface OrganisationProfileUpdate {
  name: string;
  category: MemberCategory;
  employees: number | null;
  street: string | null;
  postalCode: string | null;
  city: string;
  country: string;
  lat: number | null;
  lon: number | null;
  nace: string[];
  technologyTags: string[];
  website: string | null;
  description: string | null;
}

export async function updateOrganisationProfile(db: Database, id: string, update: OrganisationProfileUpdate) {
  const [row] = await db
    .update(organisations)
    .set({ ...update, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  return row ?? null;
}

export async function getConsents(db: Database, organisationId: string): Promise<Record<ConsentPurpose, boolean>> {
  const rows = await db.select().from(consents).where(eq(consents.organisationId, organisationId));
  const granted = (purpose: ConsentPurpose) => rows.some((row) => row.purpose === purpose && row.granted);
  return Object.fromEntries(consentPurposes.map((purpose) => [purpose, granted(purpose)])) as Record<ConsentPurpose, boolean>;
}

/** Grants or withdraws one purpose; the change goes on the consent ledger in the same transaction (docs/DATA-RIGHTS.md). */
export async function setConsent(db: Database, organisationId: string, purpose: ConsentPurpose, granted: boolean, userId: string | null) {
  await db.transaction(async (tx) => {
    await tx
      .insert(consents)
      .values({ organisationId, purpose, granted, updatedBy: userId })
      .onConflictDoUpdate({
        target: [consents.organisationId, consents.purpose],
        set: { granted, updatedBy: userId, updatedAt: new Date() },
      });
    await tx.insert(consentChanges).values({ organisationId, purpose, granted, changedBy: userId });
  });
}
