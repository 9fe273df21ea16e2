import { describe, expect, it } from "vitest";
import {
  coverage,
  demandByCategory,
  demandHeatmap,
  demandTrend,
  type NeedRow,
  responseRate,
  serviceInvitees,
  type ServiceRow,
  unmetNeeds,
} from "../../src/needs";

const need = (id: string, overrides: Partial<NeedRow> = {}): NeedRow => ({
  id,
  organisationId: "o1",
  memberCategory: "sme",
  category: "digitalisation",
  importance: 3,
  status: "open",
  ...overrides,
});
const service = (id: string, status: ServiceRow["status"], addresses: string[]): ServiceRow => ({ id, status, addresses });
const row = <T extends { category: string }>(rows: T[], category: string): T | undefined =>
  rows.find((entry) => entry.category === category);

describe("demand (DOMAIN.md §2)", () => {
  it("§2 demand = Σ importance of open needs per category; all 13 categories in order", () => {
    const rows = demandByCategory([
      need("a", { importance: 4 }),
      need("b", { importance: 5 }),
      need("c", { category: "funding", importance: 1 }),
    ]);
    expect(rows).toHaveLength(13);
    expect(rows[0]?.category).toBe("innovation-rd");
    expect(row(rows, "digitalisation")).toEqual({ category: "digitalisation", demand: 9, openNeeds: 2 });
    expect(row(rows, "funding")).toEqual({ category: "funding", demand: 1, openNeeds: 1 });
    expect(row(rows, "marketing")).toEqual({ category: "marketing", demand: 0, openNeeds: 0 });
  });

  it("§2 withdrawn, addressed and in-progress needs are not open demand", () => {
    const rows = demandByCategory([
      need("a", { status: "withdrawn" }),
      need("b", { status: "addressed" }),
      need("c", { status: "in-progress" }),
      need("d", { importance: 2 }),
    ]);
    expect(row(rows, "digitalisation")?.demand).toBe(2);
  });

  it("§2 heatmap: demand split by the nine member categories and by size class (SME, large, non-company)", () => {
    const heatmap = demandHeatmap([
      need("a", { memberCategory: "sme", importance: 2 }),
      need("b", { memberCategory: "large", importance: 3 }),
      need("c", { memberCategory: "university", importance: 4 }),
      need("d", { memberCategory: "rd", importance: 1, category: "funding" }),
      need("e", { memberCategory: "rd", importance: 5, status: "withdrawn" }),
    ]);
    const digital = row(heatmap.byMemberCategory.rows, "digitalisation");
    expect(heatmap.byMemberCategory.columns).toHaveLength(9);
    expect(digital?.values).toEqual([2, 3, 0, 4, 0, 0, 0, 0, 0]);
    expect(digital?.total).toBe(9);
    expect(heatmap.bySizeClass.columns).toEqual(["sme", "large", "non-company"]);
    expect(row(heatmap.bySizeClass.rows, "digitalisation")?.values).toEqual([2, 3, 4]);
    expect(heatmap.bySizeClass.columnTotals).toEqual([2, 3, 5]);
  });
});

describe("trend against the previous campaign (§2)", () => {
  it("§2 trend: per category now, then, absolute and relative change; withdrawn answers do not count", () => {
    const trend = demandTrend(
      [
        need("a", { importance: 5 }),
        need("b", { importance: 4 }),
        need("c", { category: "funding", importance: 2 }),
        need("x", { status: "withdrawn" }),
      ],
      [
        need("p", { importance: 3 }),
        need("q", { importance: 3, status: "addressed" }),
        need("r", { category: "marketing", importance: 4 }),
      ],
    );
    expect(row(trend.categories, "digitalisation")).toEqual({
      category: "digitalisation",
      now: 9,
      then: 6,
      change: 3,
      relativeChange: 0.5,
    });
    expect(row(trend.categories, "funding")).toEqual({ category: "funding", now: 2, then: 0, change: 2, relativeChange: null });
    expect(row(trend.categories, "marketing")).toEqual({ category: "marketing", now: 0, then: 4, change: -4, relativeChange: -1 });
    expect(trend.total).toEqual({ now: 11, then: 10, change: 1, relativeChange: 0.1 });
  });
});

describe("coverage and unmet demand (§2, §3)", () => {
  const needs = [
    need("a", { importance: 5 }),
    need("b", { importance: 3 }),
    need("c", { importance: 2, category: "funding" }),
    need("d", { importance: 4, status: "addressed" }),
  ];

  it("§3 coverage: demand, supply and gap per category and overall; active and planned services cover", () => {
    const result = coverage(needs, [service("s1", "active", ["a"]), service("s2", "planned", ["c", "d"])]);
    expect(row(result.categories, "digitalisation")).toEqual({ category: "digitalisation", demand: 8, supply: 5, gap: 3, share: 5 / 8 });
    expect(row(result.categories, "funding")).toEqual({ category: "funding", demand: 2, supply: 2, gap: 0, share: 1 });
    expect(row(result.categories, "marketing")).toEqual({ category: "marketing", demand: 0, supply: 0, gap: 0, share: null });
    expect(result.overall).toEqual({ demand: 10, supply: 7, gap: 3, share: 0.7 });
  });

  it("§3 coverage: retired services and ideas do not cover", () => {
    const result = coverage(needs, [service("s1", "retired", ["a"]), service("s2", "idea", ["b", "c"])]);
    expect(result.overall).toEqual({ demand: 10, supply: 0, gap: 10, share: 0 });
  });

  it("§3 coverage: a need's importance counts once when several services address it", () => {
    const result = coverage(needs, [service("s1", "active", ["a"]), service("s2", "planned", ["a"]), service("s3", "active", ["a", "a"])]);
    expect(result.overall.supply).toBe(5);
  });

  it("§2 unmet demand: open needs no active or planned service addresses, most important first", () => {
    const unmet = unmetNeeds([...needs, need("e", { importance: 3 })], [service("s1", "active", ["a"]), service("s2", "idea", ["b"])]);
    expect(unmet.map((entry) => entry.id)).toEqual(["b", "e", "c"]);
  });
});

describe("who to invite (§3)", () => {
  it("§3 per service: the organisations whose open needs it addresses, by id, each with those needs", () => {
    const needs = [
      need("n1", { organisationId: "o2" }),
      need("n2", { organisationId: "o1" }),
      need("n3", { organisationId: "o2" }),
      need("n4", { organisationId: "o3", status: "withdrawn" }),
    ];
    expect(serviceInvitees(needs, [service("s1", "idea", ["n3", "n1", "n2", "n4"]), service("s2", "active", [])])).toEqual([
      {
        serviceId: "s1",
        organisations: [
          { organisationId: "o1", needIds: ["n2"] },
          { organisationId: "o2", needIds: ["n1", "n3"] },
        ],
      },
      { serviceId: "s2", organisations: [] },
    ]);
  });
});

describe("response rate (§2)", () => {
  it("§2 response rate = answered / invited organisations; each once, uninvited answers do not count", () => {
    expect(responseRate(["o1", "o2", "o3", "o4"], ["o2", "o2", "o4", "o9"])).toEqual({ invited: 4, responded: 2, rate: 0.5 });
  });

  it("§2 response rate of a campaign nobody was invited to is null, not a division by zero", () => {
    expect(responseRate([], ["o1"])).toEqual({ invited: 0, responded: 0, rate: null });
  });
});
