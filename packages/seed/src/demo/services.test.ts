import { type DatabaseHandle, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { serviceStatuses } from "@clusterwerk/scoring/domain";
import { coverage } from "@clusterwerk/scoring/needs";
import { isNotNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";

const handles: DatabaseHandle[] = [];
afterAll(async () => Promise.all(handles.map((handle) => handle.close())));

describe("services demo (DOMAIN.md §3)", () => {
  it("seeds services of every status linked to open needs, with enrolments and ratings, leaving a coverage gap", async () => {
    const handle = await createTestDatabase();
    handles.push(handle);
    await seedDemo(handle.db, { now: new Date("2026-03-15T09:00:00Z") });
    const db = handle.db;
    const services = await db.select().from(schema.services);
    expect(services.length).toBeGreaterThanOrEqual(12);
    expect(new Set(services.map((service) => service.status))).toEqual(new Set(serviceStatuses));
    expect(new Set(services.map((service) => service.format)).size).toBeGreaterThanOrEqual(6);

    const links = await db.select().from(schema.serviceNeeds);
    const needs = await db.select().from(schema.needs);
    const open = new Set(needs.filter((need) => need.status === "open").map((need) => need.id));
    expect(links.length).toBeGreaterThan(20);
    expect(links.every((link) => open.has(link.needId))).toBe(true);

    const ratings = await db.select().from(schema.serviceEnrolments).where(isNotNull(schema.serviceEnrolments.rating));
    expect(ratings.length).toBeGreaterThan(10);
    expect(ratings.every((row) => row.rating !== null && row.rating >= 1 && row.rating <= 5)).toBe(true);

    const figures = coverage(
      needs.map((need) => ({ ...need, memberCategory: "sme" as const })),
      services.map((service) => ({
        ...service,
        addresses: links.filter((link) => link.serviceId === service.id).map((link) => link.needId),
      })),
    );
    expect(figures.overall.supply).toBeGreaterThan(0);
    expect(figures.overall.gap).toBeGreaterThan(0);
  }, 180_000);
});
