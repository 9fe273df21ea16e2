import {
  type BrokerageEvent,
  buildEventModel,
  DEFAULT_MIP_LIMITS,
  type EventMeeting,
  loadHighs,
  scheduleMeetings,
  solveScheduleMip,
} from "@clusterwerk/scoring/scheduling";
import type { Figure } from "./lib/figure";
import { crowdedEvents } from "./scheduling-data";
import type { Benchmark } from "./lib/figure";
import { seededRandom, timeMs } from "./lib/timing";

const PARTICIPANTS = 1000;
const MEETINGS = 5000;
const SLOTS = 24;
const TABLES = 150;
const TARGET_MS = 10_000;

/**
 * A large brokerage day, the same every run: half the participants stay all day, the others for a
 * window of 8–20 slots; requests favour popular participants (the square of a uniform draw picks
 * them), 30 % are mutual, and 1 % are locked wherever a lock is valid.
 */
export function generateBrokerageDay(seed = 55): BrokerageEvent {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const slots = Array.from({ length: SLOTS }, (_, s) => {
    const minutes = 9 * 60 + 20 * s;
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  });
  const participants = Array.from({ length: PARTICIPANTS }, (_, p) => {
    if (random() < 0.5) return { id: `p${p}`, available: slots };
    const length = 8 + pick(13);
    const start = pick(SLOTS - length + 1);
    return { id: `p${p}`, available: slots.slice(start, start + length) };
  });
  const pairs = new Set<string>();
  const lockedIn = new Map<string, Set<string>>();
  const meetings: EventMeeting[] = [];
  while (meetings.length < MEETINGS) {
    const a = pick(PARTICIPANTS);
    const b = Math.floor(random() ** 2 * PARTICIPANTS);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    const meeting: EventMeeting = { id: `m${meetings.length}`, a: `p${a}`, b: `p${b}`, mutual: random() < 0.3 };
    const lock = slots[pick(SLOTS)] ?? "";
    const pinned = lockedIn.get(lock) ?? new Set<string>();
    const lockable = [a, b].every((p) => participants[p]?.available.includes(lock) === true);
    if (random() < 0.01 && lockable && !pinned.has(meeting.a) && !pinned.has(meeting.b) && pinned.size / 2 < TABLES) {
      lockedIn.set(lock, pinned.add(meeting.a).add(meeting.b));
      meeting.locked = lock;
    }
    meetings.push(meeting);
  }
  return { slots, tables: TABLES, participants, meetings };
}

/** The oracle's limits: far beyond the scheduler's, so its optimum is proven (its gap is printed). */
const ORACLE_LIMITS = { nodes: 20_000, iterations: 20_000_000 };
const TARGET_SHARE = 0.99;
const pct = (value: number): number => Math.round(value * 10_000) / 100;

/**
 * Crowded events (150–300 participants, 600–1,500 requests, availability windows, a few stars): the
 * share of the MIP optimum of meetings reached by the heuristic alone and by the scheduler with HiGHS,
 * with the oracle's proven gap and the times.
 */
async function crowdedFigures(): Promise<Figure[]> {
  const highs = await loadHighs();
  const figures: Figure[] = [];
  let worstHeuristic = 1;
  let worstScheduler = 1;
  for (const { name, event } of crowdedEvents()) {
    const model = buildEventModel(event);
    const weight = model.meetings.filter((meeting) => meeting.mutual).length + 1;
    const oracle = solveScheduleMip(highs, model, null, ORACLE_LIMITS);
    const optimum = Math.floor(oracle.value / weight);
    const bound = Math.floor(oracle.bound / weight);
    let heuristic: ReturnType<typeof scheduleMeetings> | undefined;
    let scheduler: ReturnType<typeof scheduleMeetings> | undefined;
    const heuristicMs = timeMs(() => (heuristic = scheduleMeetings(event, { exactNodeLimit: 0 })));
    const schedulerMs = timeMs(() => (scheduler = scheduleMeetings(event, { highs })));
    if (!heuristic || !scheduler) throw new Error("the scheduler returned nothing");
    const heuristicShare = heuristic.objective.meetings / bound;
    const schedulerShare = scheduler.objective.meetings / bound;
    worstHeuristic = Math.min(worstHeuristic, heuristicShare);
    worstScheduler = Math.min(worstScheduler, schedulerShare);
    const label = `crowded event ${name}`;
    figures.push(
      {
        name: `${label}: MIP optimum (${oracle.status}, proven gap ${bound - optimum})`,
        value: optimum,
        unit: "meetings",
        target: null,
        ok: null,
      },
      { name: `${label}: heuristic share of optimum`, value: pct(heuristicShare), unit: "%", target: null, ok: null },
      { name: `${label}: heuristic time`, value: Math.round(heuristicMs), unit: "ms", target: null, ok: null },
      {
        name: `${label}: scheduler with HiGHS share of optimum (${scheduler.objective.meetings} meetings, ${scheduler.mip?.status ?? "no MIP"})`,
        value: pct(schedulerShare),
        unit: "%",
        target: `≥ ${pct(TARGET_SHARE)} %`,
        ok: schedulerShare >= TARGET_SHARE,
      },
      { name: `${label}: scheduler with HiGHS time`, value: Math.round(schedulerMs), unit: "ms", target: null, ok: null },
    );
  }
  figures.push(
    { name: "crowded events: worst heuristic share of optimum", value: pct(worstHeuristic), unit: "%", target: null, ok: null },
    {
      name: "crowded events: worst scheduler (HiGHS) share of optimum",
      value: pct(worstScheduler),
      unit: "%",
      target: `≥ ${pct(TARGET_SHARE)} %`,
      ok: worstScheduler >= TARGET_SHARE,
    },
  );
  return figures;
}

export const schedulingBenchmark: Benchmark = {
  name: "scheduling",
  run: async () => {
    const event = generateBrokerageDay();
    const highs = await loadHighs();
    let result: ReturnType<typeof scheduleMeetings> | undefined;
    const ms = timeMs(() => {
      result = scheduleMeetings(event, { highs, mipLimits: DEFAULT_MIP_LIMITS });
    });
    if (!result) throw new Error("the scheduler returned nothing");
    const { objective, upperBound } = result;
    // The mutual meetings of any schedule are a schedule of the mutual requests alone, so that
    // event's upper bound also bounds the mutual count (measured outside the timed run).
    const mutualBound = scheduleMeetings({ ...event, meetings: event.meetings.filter((m) => m.mutual === true) }).upperBound;
    const label = `schedule ${PARTICIPANTS} participants, ${MEETINGS} meetings, ${SLOTS} slots, ${TABLES} tables`;
    return [
      { name: `${label}: time`, value: Math.round(ms), unit: "ms", target: `< ${TARGET_MS} ms`, ok: ms < TARGET_MS },
      { name: `${label}: scheduled`, value: objective.meetings, unit: "meetings", target: null, ok: null },
      { name: `${label}: upper bound`, value: upperBound, unit: "meetings", target: null, ok: null },
      {
        name: `${label}: scheduled / upper bound`,
        value: Math.round((objective.meetings / upperBound) * 10_000) / 10_000,
        unit: "ratio",
        target: null,
        ok: null,
      },
      { name: `${label}: mutual`, value: objective.mutual, unit: "meetings", target: null, ok: null },
      { name: `${label}: mutual upper bound`, value: mutualBound, unit: "meetings", target: null, ok: null },
      { name: `${label}: idle gaps`, value: objective.idleGaps, unit: "slots", target: null, ok: null },
      ...(await crowdedFigures()),
    ];
  },
};
