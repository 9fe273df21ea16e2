import type { PageInput } from "@clusterwerk/validators";
import { desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { consentChanges, organisations, users } from "../schema";
import { listPage, searchCondition } from "./list";

/** One grant or withdrawal on the ledger: which organisation, which purpose, who (null: the platform, on anonymisation), when. */
const ledgerColumns = {
  id: consentChanges.id,
  organisationId: consentChanges.organisationId,
  organisationName: organisations.name,
  purpose: consentChanges.purpose,
  granted: consentChanges.granted,
  changedBy: consentChanges.changedBy,
  changedByName: users.name,
  changedByEmail: users.email,
  changedByAnonymised: users.anonymisedAt,
  at: consentChanges.at,
};

function ledgerQuery(db: Database) {
  return db
    .select(ledgerColumns)
    .from(consentChanges)
    .innerJoin(organisations, eq(organisations.id, consentChanges.organisationId))
    .leftJoin(users, eq(users.id, consentChanges.changedBy));
}

/** The ledger of one organisation, newest first (its contact persons' page and its export). */
export async function consentLedgerOf(db: Database, organisationId: string) {
  return ledgerQuery(db).where(eq(consentChanges.organisationId, organisationId)).orderBy(desc(consentChanges.at), desc(consentChanges.id));
}

/** The whole platform's ledger for the admin, newest first, searchable by organisation name. */
export async function listConsentLedger(db: Database, params: PageInput & { search?: string | undefined }) {
  const query = ledgerQuery(db)
    .where(searchCondition(params.search, [organisations.name]))
    .$dynamic();
  return listPage(db, query, { page: params, orderBy: [desc(consentChanges.at), desc(consentChanges.id)] });
}
