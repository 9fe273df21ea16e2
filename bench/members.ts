import { memberCategories } from "@clusterwerk/scoring/domain";
import {
  type MembershipRow,
  memberStructure,
  type ProspectRow,
  regionalPenetrationFigure,
  withinRadiusFigure,
} from "@clusterwerk/scoring/members";
import type { Benchmark, Figure } from "./lib/figure";
import { percentile, seededRandom, timeMs } from "./lib/timing";

const MEMBERS = 5_000;
const PROSPECTS = 50_000;
const TARGET_MS = 300;
const AS_OF = "2026-05-01";
/** Smart Industries' office (Mannheim) and its 70 km radius (DOMAIN.md §1). */
const region = { lat: 49.4875, lon: 8.466, radiusKm: 70 };

/** A plain day between 2016 and 2026 (the 28th at most, so every month has it). */
function dayOf(random: () => number): string {
  const year = 2016 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A large cluster as the member figures read it: 5,000 memberships (half SMEs, the rest over the nine
 * categories; a tenth applicants, a sixth ended; a twentieth without coordinates; seven in ten places
 * within about 70 km of the office, the rest up to about 200 km) and 50,000 prospects around the same office, a few converted into members.
 */
function generateMembersWorld(seed = 9): { memberships: MembershipRow[]; prospects: ProspectRow[] } {
  const random = seededRandom(seed);
  const near = () => {
    const spread = random() < 0.7 ? 1 : 3;
    return { lat: region.lat + (random() - 0.5) * 1.2 * spread, lon: region.lon + (random() - 0.5) * 1.8 * spread };
  };
  const memberships = Array.from({ length: MEMBERS }, (_, index): MembershipRow => {
    const roll = random();
    const joinedOn = dayOf(random);
    const ended = roll > 0.1 && roll < 0.27;
    const leftOn = ended ? dayOf(random) : null;
    const place = random() < 0.05 ? { lat: null, lon: null } : near();
    return {
      organisationId: `o${index}`,
      category: random() < 0.5 ? "sme" : (memberCategories[Math.floor(random() * memberCategories.length)] ?? "other"),
      status: roll <= 0.1 ? "applicant" : ended ? "left" : "active",
      joinedOn,
      leftOn: leftOn !== null && leftOn < joinedOn ? joinedOn : leftOn,
      agreementSigned: random() < 0.6,
      paysFee: random() < 0.5,
      contributesActively: random() < 0.3,
      ...place,
    };
  });
  const prospects = Array.from({ length: PROSPECTS }, (_, index): ProspectRow => ({
    ...(random() < 0.03 ? { lat: null, lon: null } : near()),
    organisationId: index % 500 === 0 ? `o${index / 500}` : null,
  }));
  return { memberships, prospects };
}

function timed(name: string, fn: () => unknown, target: number | null): Figure {
  fn();
  const samples = Array.from({ length: 7 }, () => timeMs(fn));
  const median = percentile(samples, 50);
  return {
    name,
    value: Math.round(median * 10) / 10,
    unit: "ms",
    target: target === null ? null : `< ${target} ms`,
    ok: target === null ? null : median < target,
  };
}

export const membersBenchmark: Benchmark = {
  name: "members",
  run: () => {
    const { memberships, prospects } = generateMembersWorld();
    const structure = memberStructure({ asOf: AS_OF, memberships, region, prospects });
    const info = (name: string, value: number | null, unit: string): Figure => ({
      name,
      value: value ?? Number.NaN,
      unit,
      target: null,
      ok: null,
    });
    return [
      timed(
        `member structure S1–S8 with 25 monthly counts, ${MEMBERS} members and ${PROSPECTS} prospects: median`,
        () => memberStructure({ asOf: AS_OF, memberships, region, prospects }),
        TARGET_MS,
      ),
      timed(`regional reach S6 over ${MEMBERS} members: median`, () => withinRadiusFigure(memberships, AS_OF, region), null),
      timed(
        `regional penetration S8 over ${MEMBERS} members and ${PROSPECTS} prospects: median`,
        () => regionalPenetrationFigure(memberships, prospects, AS_OF, region),
        null,
      ),
      info("members bench: committed members (S1)", structure.S1.value, "members"),
      info("members bench: within radius (S6)", structure.S6.value === null ? null : Math.round(structure.S6.value * 10) / 10, "%"),
      info("members bench: growth over 24 months (S7)", structure.S7.value === null ? null : Math.round(structure.S7.value * 10) / 10, "%"),
      info("members bench: penetration (S8)", structure.S8.value === null ? null : Math.round(structure.S8.value * 10) / 10, "%"),
    ];
  },
};
