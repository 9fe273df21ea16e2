import { consentPurposes } from "@clusterwerk/scoring/domain";
import { bigserial, boolean, index, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organisations } from "./organisations";

export const consentPurpose = pgEnum("consent_purpose", consentPurposes);

/** Consent of an organisation per purpose (capability 9); no row means not consented. */
export const consents = pgTable(
  "consents",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    purpose: consentPurpose().notNull(),
    granted: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.purpose] })],
);

/**
 * The consent ledger (docs/DATA-RIGHTS.md): every grant and withdrawal, who gave it and when, append-only and
 * kept apart from the audit log so that its retention never shortens the proof of consent (GDPR Art. 7(1)).
 * `changedBy` is null when the platform withdrew it on anonymising the organisation.
 */
export const consentChanges = pgTable(
  "consent_changes",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    purpose: consentPurpose().notNull(),
    granted: boolean().notNull(),
    changedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consent_changes_organisation_idx").on(t.organisationId, t.at)],
);
