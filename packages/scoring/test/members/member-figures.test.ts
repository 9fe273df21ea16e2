import { describe, expect, it } from "vitest";
import {
  committedMembersFigure,
  companyShareFigure,
  isCommittedMember,
  isMemberOn,
  isWithinRadius,
  memberCategoriesFigure,
  memberGrowthFigure,
  type MembershipRow,
  memberStructure,
  monthlyMemberCounts,
  regionalPenetrationFigure,
  researchEducationShareFigure,
  smeShareFigure,
  withinRadiusFigure,
} from "../../src/members";
import { proposeCompanyCategory } from "../../src/domain";

const ASOF = "2026-05-01";
/** Mannheim office, 70 km (DOMAIN.md §1: Smart Industries). */
const region = { lat: 49.4875, lon: 8.466, radiusKm: 70 };

let next = 0;
const membership = (overrides: Partial<MembershipRow> = {}): MembershipRow => {
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
    lat: 49.4875,
    lon: 8.466,
    ...overrides,
  };
};
const uncommitted = { agreementSigned: false, paysFee: false, contributesActively: false };

describe("committed member (DOMAIN.md §1)", () => {
  it("§1 a committed member meets at least one of the three criteria, each alone is enough", () => {
    expect(isCommittedMember(membership({ ...uncommitted, agreementSigned: true }), ASOF)).toBe(true);
    expect(isCommittedMember(membership({ ...uncommitted, paysFee: true }), ASOF)).toBe(true);
    expect(isCommittedMember(membership({ ...uncommitted, contributesActively: true }), ASOF)).toBe(true);
  });

  it("§1 a member meeting none of the criteria is not committed", () => {
    expect(isMemberOn(membership(uncommitted), ASOF)).toBe(true);
    expect(isCommittedMember(membership(uncommitted), ASOF)).toBe(false);
  });

  it("§1 an applicant is not a member, whatever its criteria and dates", () => {
    expect(isCommittedMember(membership({ status: "applicant", paysFee: true }), ASOF)).toBe(false);
  });

  it("§1 a membership that ended the day before the date does not count", () => {
    expect(isMemberOn(membership({ status: "left", leftOn: "2026-04-30" }), ASOF)).toBe(false);
  });

  it("§1 a membership that ends on the date counts (leftOn is its last day)", () => {
    expect(isMemberOn(membership({ status: "left", leftOn: ASOF }), ASOF)).toBe(true);
  });

  it("§1 a membership counts from its joining day, not the day before", () => {
    expect(isMemberOn(membership({ joinedOn: ASOF }), ASOF)).toBe(true);
    expect(isMemberOn(membership({ joinedOn: "2026-05-02" }), ASOF)).toBe(false);
  });

  it("§1 an active membership without a joining date counts; a left one without an end date never does", () => {
    expect(isMemberOn(membership({ joinedOn: null }), "1990-01-01")).toBe(true);
    expect(isMemberOn(membership({ status: "left", leftOn: null }), "2021-01-01")).toBe(false);
  });

  it("§1 an active membership with an end date still ahead counts until then", () => {
    expect(isMemberOn(membership({ leftOn: "2026-12-31" }), ASOF)).toBe(true);
    expect(isMemberOn(membership({ leftOn: "2026-12-31" }), "2027-01-01")).toBe(false);
  });
});

describe("S1–S5 member structure (DOMAIN.md §6.1)", () => {
  it("S1 counts committed members on the date, with its source sentence", () => {
    const figure = committedMembersFigure(
      [membership(), membership(), membership(uncommitted), membership({ status: "left", leftOn: "2026-04-30" })],
      ASOF,
    );
    expect(figure.value).toBe(2);
    expect(figure.source.en).toBe("2 committed members, from the member list on 2026-05-01");
    expect(figure.source.de).toBe("2 engagierte Mitglieder, aus der Mitgliederliste vom 2026-05-01");
  });

  it("S1 of an empty member list is 0, not missing", () => {
    expect(committedMembersFigure([], ASOF).value).toBe(0);
  });

  it("S2 counts the categories present among members on the date, of 9", () => {
    const figure = memberCategoriesFigure(
      [membership(), membership({ category: "university" }), membership({ category: "rd", status: "left", leftOn: "2026-04-30" })],
      ASOF,
    );
    expect(figure.value).toBe(2);
    expect(figure.byCategory).toHaveLength(9);
    expect(figure.source.en).toBe("2 of 9 member categories present, from the member list on 2026-05-01");
  });

  it("S3 companies (SME + large) among committed members; uncommitted companies are not counted", () => {
    const figure = companyShareFigure(
      [
        membership(),
        membership({ category: "large" }),
        membership({ category: "university" }),
        membership({ category: "rd" }),
        membership(uncommitted),
      ],
      ASOF,
    );
    expect(figure).toMatchObject({ value: 50, part: 2, whole: 4 });
    expect(figure.source.en).toBe("50 % companies among committed members (2 of 4), from the member list on 2026-05-01");
    expect(figure.source.de).toBe("50 % Unternehmen unter den engagierten Mitgliedern (2 von 4), aus der Mitgliederliste vom 2026-05-01");
  });

  it("S3 without committed members has no value", () => {
    expect(companyShareFigure([membership(uncommitted)], ASOF).value).toBeNull();
  });

  it("S4 exactly 250 employees is not an SME: the category decides, proposed from employees as large", () => {
    expect(proposeCompanyCategory(249)).toBe("sme");
    expect(proposeCompanyCategory(250)).toBe("large");
    const figure = smeShareFigure([membership({ category: "sme" }), membership({ category: proposeCompanyCategory(250) })], ASOF);
    expect(figure).toMatchObject({ value: 50, part: 1, whole: 2 });
  });

  it("S4 SMEs among member companies; non-companies are outside the whole; no companies: no value", () => {
    const figure = smeShareFigure(
      [membership(), membership(), membership({ category: "large" }), membership({ category: "university" })],
      ASOF,
    );
    expect(figure.value).toBeCloseTo(200 / 3, 12);
    expect(figure.source.en).toBe("66.7 % SMEs among member companies (2 of 3), from the member list on 2026-05-01");
    expect(figure.source.de).toBe("66,7 % KMU unter den Mitgliedsunternehmen (2 von 3), aus der Mitgliederliste vom 2026-05-01");
    expect(smeShareFigure([membership({ category: "rd" })], ASOF).value).toBeNull();
  });

  it("S5 research and education = R&D institution, university, training provider among all members", () => {
    const figure = researchEducationShareFigure(
      [
        membership({ category: "rd" }),
        membership({ category: "university" }),
        membership({ category: "training" }),
        membership({ category: "consultant" }),
        membership(),
        membership({ ...uncommitted, category: "sme" }),
        membership({ category: "government" }),
        membership({ category: "financial" }),
        membership({ category: "other" }),
        membership({ category: "large" }),
      ],
      ASOF,
    );
    expect(figure).toMatchObject({ value: 30, part: 3, whole: 10 });
  });
});

describe("S6 committed members within the regional radius", () => {
  // 1° of latitude = 6371 · π / 180 ≈ 111.19 km, so the radius is placed by latitude alone.
  const latAt = (km: number) => region.lat + (km / (6371 * Math.PI)) * 180;

  it("S6 a distance up to the radius is within (≤); one just beyond is outside", () => {
    expect(isWithinRadius({ lat: latAt(70 - 1e-6), lon: region.lon }, region)).toBe(true);
    expect(isWithinRadius({ lat: latAt(70.001), lon: region.lon }, region)).toBe(false);
  });

  it("S6 a committed member without coordinates counts as outside and is named in the sentence", () => {
    const figure = withinRadiusFigure(
      [
        membership(),
        membership({ lat: latAt(100) }),
        membership({ lat: null, lon: null }),
        membership({ ...uncommitted, lat: latAt(100) }),
      ],
      ASOF,
      region,
    );
    expect(figure).toMatchObject({ part: 1, whole: 3, withoutLocation: 1 });
    expect(figure.source.en).toBe(
      "33.3 % of committed members within 70 km (1 of 3; 1 without a location count as outside), from the member list on 2026-05-01",
    );
  });

  it("S6 the Smart Industries example: Karlsruhe (~53 km) is within 70 km, Stuttgart (~94 km) is not", () => {
    expect(isWithinRadius({ lat: 49.0069, lon: 8.4037 }, region)).toBe(true);
    expect(isWithinRadius({ lat: 48.7758, lon: 9.1829 }, region)).toBe(false);
  });
});

describe("S7 member growth over 24 months", () => {
  it("S7 compares members on the date with members 24 months before: 10 then, 12 now = +20 %", () => {
    const rows = [
      ...Array.from({ length: 10 }, () => membership({ joinedOn: "2024-05-01" })),
      membership({ joinedOn: "2025-01-01" }),
      membership({ joinedOn: "2026-05-01" }),
      membership({ joinedOn: "2024-05-02" }),
      membership({ joinedOn: "2020-01-01", status: "left", leftOn: "2026-04-30" }),
    ];
    const figure = memberGrowthFigure(rows, ASOF);
    expect(figure).toMatchObject({ since: "2024-05-01", then: 11, now: 13 });
    expect(figure.value).toBeCloseTo((100 * 2) / 11, 12);
    expect(figure.source.en).toBe(
      "+18.2 % member growth over 24 months (13 on 2026-05-01, 11 on 2024-05-01), from the member list on 2026-05-01",
    );
  });

  it("S7 counts all members, committed or not, and is negative when the cluster shrinks", () => {
    const rows = [
      membership(uncommitted),
      membership(),
      membership({ status: "left", leftOn: "2025-12-31" }),
      membership({ status: "left", leftOn: "2025-01-31" }),
    ];
    expect(memberGrowthFigure(rows, ASOF).value).toBe(-50);
  });

  it("S7 24 months before 29 February is 28 February (month-end clamping as in src/dates)", () => {
    const figure = memberGrowthFigure([membership({ joinedOn: "2026-02-28" })], "2028-02-29");
    expect(figure.since).toBe("2026-02-28");
    expect(figure).toMatchObject({ then: 1, now: 1, value: 0 });
  });

  it("S7 without members 24 months ago has no value (growth from nothing has no percentage)", () => {
    expect(memberGrowthFigure([membership({ joinedOn: "2025-01-01" })], ASOF).value).toBeNull();
  });

  it("S7 the monthly series has 25 points, oldest first, ending on the date, with S7's two ends", () => {
    const rows = [membership({ joinedOn: "2024-05-01" }), membership({ joinedOn: "2025-05-15" })];
    const points = monthlyMemberCounts(rows, "2026-08-31");
    expect(points).toHaveLength(25);
    expect(points[0]).toEqual({ date: "2024-08-31", members: 1 });
    expect(points.find((point) => point.date === "2025-02-28")).toEqual({ date: "2025-02-28", members: 1 });
    expect(points.at(-1)).toEqual({ date: "2026-08-31", members: 2 });
  });
});

describe("S8 regional penetration", () => {
  it("S8 = members / (members + prospects in the region), prospects beyond the radius left out", () => {
    const rows = [membership(), membership(uncommitted)];
    const prospects = [
      { lat: region.lat, lon: region.lon },
      { lat: 49.0069, lon: 8.4037 },
      { lat: null, lon: null },
      { lat: 48.7758, lon: 9.1829 },
    ];
    const figure = regionalPenetrationFigure(rows, prospects, ASOF, region);
    expect(figure).toMatchObject({ members: 2, prospects: 3, value: 40 });
    expect(figure.source.en).toBe(
      "40 % regional penetration (2 members, 3 prospects in the region), from the member list on 2026-05-01 and the prospect list",
    );
  });

  it("S8 a converted prospect whose organisation is a member on the date counts once, as a member", () => {
    const member = membership();
    const figure = regionalPenetrationFigure([member], [{ lat: null, lon: null, organisationId: member.organisationId }], ASOF, region);
    expect(figure).toMatchObject({ members: 1, prospects: 0, value: 100 });
  });

  it("S8 with neither members nor prospects has no value", () => {
    expect(regionalPenetrationFigure([], [], ASOF, region).value).toBeNull();
  });
});

describe("member structure on a date", () => {
  it("memberStructure returns S1–S8 and the monthly series for the same date", () => {
    const structure = memberStructure({ asOf: ASOF, memberships: [membership(), membership({ category: "rd" })], region });
    expect(structure.S1.value).toBe(2);
    expect(structure.S2.value).toBe(2);
    expect(structure.S5.value).toBe(50);
    expect(structure.S8.value).toBe(100);
    expect(structure.monthly.at(-1)).toEqual({ date: ASOF, members: 2 });
  });
});
