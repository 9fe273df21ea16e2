import { consentPurposes } from "@clusterwerk/scoring/domain";
import { boolean, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
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
