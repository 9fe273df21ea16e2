import { describe, expect, it } from "vitest";
import { normaliseNaceCode } from "../../src/domain";
import {
  clusterFocus,
  type FocusSource,
  type GrowthProspect,
  growthPotential,
  prospectRelevance,
  rankProspects,
  RELEVANCE_POINTS,
} from "../../src/prospects";

const ASOF = "2026-05-01";
/** Mannheim office, 70 km (DOMAIN.md §1: Smart Industries). */
const region = { lat: 49.4875, lon: 8.466, radiusKm: 70 };
/** Heidelberg (≈ 18 km), Karlsruhe (≈ 55 km), Frankfurt (≈ 71 km ... just outside), Stuttgart (≈ 95 km), Munich (≈ 250 km). */
const heidelberg = { lat: 49.4093, lon: 8.6947 };
const stuttgart = { lat: 48.7823, lon: 9.177 };
const munich = { lat: 48.1374, lon: 11.5755 };

let next = 0;
const member = (overrides: Partial<FocusSource> = {}): FocusSource => {
  next += 1;
  return {
    organisationId: `o${next}`,
    category: "sme",
    status: "active",
    joinedOn: "2020-01-01",
    leftOn: null,
    agreementSigned: true,
    paysFee: false,
    contributesActively: false,
    lat: region.lat,
    lon: region.lon,
    nace: [],
    technologyTags: [],
    ...overrides,
  };
};
const prospect = (overrides: Partial<GrowthProspect> = {}): GrowthProspect => {
  next += 1;
  return {
    id: `p${next}`,
    name: `Prospect ${next}`,
    status: "new",
    convertedOrganisationId: null,
    nace: [],
    technologyTags: [],
    employees: null,
    ...heidelberg,
    ...overrides,
  };
};

const members = [
  member({ nace: ["C28", "J62"], technologyTags: ["production/robotics"] }),
  member({ nace: ["C28"], technologyTags: ["production/robotics", "digitalisation/iot"] }),
  member({ nace: ["C28", "C27"], technologyTags: ["digitalisation/iot"] }),
  member({ nace: ["J62"], technologyTags: [] }),
  /** not committed: no criterion met, so its codes do not shape the focus */
  member({ nace: ["K64", "K64"], agreementSigned: false }),
  member({ nace: ["K64"], agreementSigned: false }),
];
const focus = clusterFocus(members, ASOF);

describe("cluster focus (most common codes among committed members)", () => {
  it("counts committed members only, each code once per member, most common first", () => {
    expect(focus.committedMembers).toBe(4);
    expect(focus.nace.map((item) => [item.code, item.members])).toEqual([
      ["C28", 3],
      ["J62", 2],
      ["C27", 1],
    ]);
    expect(focus.nace[0]?.weight).toBe(1);
    expect(focus.nace[0]?.share).toBe(75);
    expect(focus.naceSections.map((item) => item.code)).toEqual(["C", "J"]);
    expect(focus.technologies.map((item) => item.code)).toEqual(["digitalisation/iot", "production/robotics"]);
  });

  it("keeps at most FOCUS_SIZE codes, ties broken by code", () => {
    const wide = clusterFocus([member({ nace: ["C10", "C11", "C12", "C13"] })], ASOF, 2);
    expect(wide.nace.map((item) => item.code)).toEqual(["C10", "C11"]);
  });
});

describe("prospect relevance score", () => {
  it("gives full points to an SME inside the radius in the most common NACE division and technology", () => {
    const result = prospectRelevance(prospect({ nace: ["C28"], technologyTags: ["digitalisation/iot"], employees: 120 }), focus, region);
    expect(result.score).toBe(100);
    expect(result.withinRadius).toBe(true);
    expect(result.relevant).toBe(true);
    expect(result.reasons.map((reason) => reason.factor)).toEqual(["region", "sector", "technology", "size"]);
    expect(result.reasons[0]?.text.de).toMatch(/^Im Radius von 70 km \(\d+ km vom Büro\)$/);
    expect(result.reasons[1]?.text.en).toBe("NACE C28 is part of the cluster's focus (75 % of committed members)");
  });

  it("scores between 0 and 100 and the reasons add up to the score", () => {
    for (const input of [prospect(), prospect({ lat: null, lon: null }), prospect({ nace: ["J62"], employees: 5000, ...munich })]) {
      const result = prospectRelevance(input, focus, region);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(result.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(result.score);
      for (const reason of result.reasons) expect(reason.points).toBeLessThanOrEqual(RELEVANCE_POINTS[reason.factor]);
    }
  });

  it("gives region points only inside the radius, a part just outside it, none far away or without a location", () => {
    const points = (place: { lat: number | null; lon: number | null }) =>
      prospectRelevance(prospect(place), focus, region).reasons[0]?.points;
    expect(points(heidelberg)).toBe(40);
    expect(points(stuttgart)).toBe(15);
    expect(points(munich)).toBe(0);
    expect(points({ lat: null, lon: null })).toBe(0);
  });

  it("counts a prospect exactly on the radius as inside", () => {
    const onRadius = { lat: region.lat + 70 / 111.195, lon: region.lon };
    expect(prospectRelevance(prospect(onRadius), focus, region).withinRadius).toBe(true);
  });

  it("weights a NACE division by how common it is in the focus, and a same-section code partly", () => {
    const sector = (nace: string[]) => prospectRelevance(prospect({ nace }), focus, region).reasons[1]?.points;
    expect(sector(["C28"])).toBe(30);
    expect(sector(["J62"])).toBe(25);
    expect(sector(["C25"])).toBe(10);
    expect(sector(["K64"])).toBe(0);
    expect(sector(["K64", "C28"])).toBe(30);
  });

  it("matches a technology field partly (parent of a focus tag)", () => {
    const technology = (technologyTags: string[]) => prospectRelevance(prospect({ technologyTags }), focus, region).reasons[2]?.points;
    expect(technology(["digitalisation/iot"])).toBe(15);
    expect(technology(["production"])).toBe(5);
    expect(technology(["sustainability/hydrogen"])).toBe(0);
  });

  it("prefers SMEs: 249 employees is an SME, 250 is a large company, unknown gets a little", () => {
    const size = (employees: number | null) => prospectRelevance(prospect({ employees }), focus, region).reasons[3];
    expect(size(249)?.points).toBe(15);
    expect(size(250)?.points).toBe(10);
    expect(size(250)?.text.en).toBe("Large company with 250 employees");
    expect(size(null)?.points).toBe(5);
  });

  it("is not relevant without overlap with the focus, however close and small", () => {
    const result = prospectRelevance(prospect({ nace: ["K64"], employees: 20 }), focus, region);
    expect(result.score).toBe(55);
    expect(result.relevant).toBe(false);
  });

  it("waives the overlap while the cluster has no focus yet", () => {
    const empty = clusterFocus([], ASOF);
    expect(prospectRelevance(prospect({ employees: 20 }), empty, region).relevant).toBe(true);
  });
});

describe("growth potential", () => {
  it("ranks by score, highest first, then by name, and leaves converted prospects out", () => {
    const list = [
      prospect({ name: "B low", nace: ["K64"] }),
      prospect({ name: "A high", nace: ["C28"], employees: 50 }),
      prospect({ name: "C converted", nace: ["C28"], status: "converted", convertedOrganisationId: "o1" }),
    ];
    expect(rankProspects(list, focus, region).map((item) => item.prospect.name)).toEqual(["A high", "B low"]);
  });

  it("computes S8 over the relevant prospects in the radius: members / (members + relevant prospects)", () => {
    const list = [
      prospect({ nace: ["C28"], employees: 50 }),
      prospect({ nace: ["J62"], employees: 50 }),
      prospect({ nace: ["K64"], employees: 50 }),
      prospect({ nace: ["C28"], employees: 50, ...munich }),
    ];
    const result = growthPotential({ asOf: ASOF, memberships: members, prospects: list, focus, region });
    expect(result.relevantCount).toBe(2);
    expect(result.penetration.members).toBe(6);
    expect(result.penetration.prospects).toBe(2);
    expect(result.penetration.value).toBe(75);
  });
});

describe("NACE codes as people type them", () => {
  it("reads digits-only codes by their section and cuts classes to divisions", () => {
    expect(normaliseNaceCode("28")).toBe("C28");
    expect(normaliseNaceCode("28.41")).toBe("C28");
    expect(normaliseNaceCode("j 62")).toBe("J62");
    expect(normaliseNaceCode("M")).toBe("M");
    expect(normaliseNaceCode("6")).toBe("B06");
  });

  it("refuses a division of another section and numbers that are no division", () => {
    expect(normaliseNaceCode("A28")).toBeNull();
    expect(normaliseNaceCode("34")).toBeNull();
    expect(normaliseNaceCode("=1+1")).toBeNull();
    expect(normaliseNaceCode("")).toBeNull();
  });
});
