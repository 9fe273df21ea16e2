import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { serviceFormats, serviceStatuses } from "@clusterwerk/scoring/domain";
import { users } from "./auth";
import { clusters } from "./clusters";
import { needCategory, needs } from "./needs";
import { memberCategory, organisations } from "./organisations";

export const serviceFormat = pgEnum("service_format", serviceFormats);
export const serviceStatus = pgEnum("service_status", serviceStatuses);

/** A tailored service of a cluster (DOMAIN.md §3). Money in integer cents. */
export const services = pgTable(
  "services",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text(),
    needCategories: needCategory().array().notNull(),
    format: serviceFormat().notNull(),
    targetCategories: memberCategory().array().notNull(),
    /** Places for enrolment; null = no limit. */
    capacity: integer(),
    /** What a member pays. */
    priceCents: integer().notNull().default(0),
    /** What the service costs the cluster; the planner's cost. */
    costCents: integer(),
    status: serviceStatus().notNull().default("idea"),
    startsOn: date(),
    endsOn: date(),
    ownerUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("services_cluster_idx").on(t.clusterId, t.status),
    check("services_capacity", sql`${t.capacity} is null or ${t.capacity} >= 0`),
    check("services_money", sql`${t.priceCents} >= 0 and (${t.costCents} is null or ${t.costCents} >= 0)`),
  ],
);

/** Which needs a service addresses (coverage, who to invite). */
export const serviceNeeds = pgTable(
  "service_needs",
  {
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    needId: uuid()
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.needId] }), index("service_needs_need_idx").on(t.needId)],
);

/** An organisation enrolled in a service; one row per organisation and service. */
export const serviceEnrolments = pgTable(
  "service_enrolments",
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    enrolledBy: uuid().references(() => users.id, { onDelete: "set null" }),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** After use, the member rates the service 1–5 (indicator V3). */
    rating: smallint(),
    ratingComment: text(),
    ratedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("service_enrolments_once").on(t.serviceId, t.organisationId),
    index("service_enrolments_org_idx").on(t.organisationId),
    check("service_enrolments_rating", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** Organisations invited to a service because their open needs match it (sent once per service). */
export const serviceInvitations = pgTable(
  "service_invitations",
  {
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.organisationId] })],
);
