import type { BrokerageEvent, EventMeeting } from "@clusterwerk/scoring/scheduling";
import { seededRandom } from "./lib/timing";

export interface CrowdedEventShape {
  participants: number;
  meetings: number;
  slots: number;
  tables: number;
  /** Participants almost everyone wants to meet, each asked by about this share of the others. */
  stars: number;
  starShare: number;
}

const slotName = (s: number): string => {
  const minutes = 9 * 60 + 20 * s;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
};

/**
 * A crowded brokerage day, the same for a seed: 40 % of participants stay all day, the others for a
 * window of a third to two thirds of the slots; requests are skewed — a few much-requested "stars",
 * the rest drawn with popularity ∝ 1 / rank — and 30 % are mutual. Tables are not the limit (the
 * event has more table-slots than requests): participants' time and their shared windows are.
 */
export function generateCrowdedEvent(shape: CrowdedEventShape, seed: number): BrokerageEvent {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const slots = Array.from({ length: shape.slots }, (_, s) => slotName(s));
  const participants = Array.from({ length: shape.participants }, (_, p) => {
    if (random() < 0.4) return { id: `p${p}`, available: slots };
    const length = Math.round(shape.slots * (1 / 3 + random() / 3));
    const start = pick(shape.slots - length + 1);
    return { id: `p${p}`, available: slots.slice(start, start + length) };
  });
  const harmonic = Array.from({ length: shape.participants }, (_, p) => 1 / (p + 1));
  const total = harmonic.reduce((sum, weight) => sum + weight, 0);
  const popular = (): number => {
    let draw = random() * total;
    for (let p = 0; p < harmonic.length; p++) {
      draw -= harmonic[p] ?? 0;
      if (draw <= 0) return p;
    }
    return harmonic.length - 1;
  };
  const pairs = new Set<string>();
  const meetings: EventMeeting[] = [];
  const add = (a: number, b: number): void => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    meetings.push({ id: `m${meetings.length}`, a: `p${a}`, b: `p${b}`, mutual: random() < 0.3 });
  };
  for (let star = 0; star < shape.stars; star++) {
    for (let p = shape.stars; p < shape.participants; p++) if (random() < shape.starShare) add(p, star);
  }
  while (meetings.length < shape.meetings) add(pick(shape.participants), popular());
  return { slots, tables: shape.tables, participants, meetings };
}

/** Ten crowded events between 150 participants / 600 requests and 300 / 1,500 (seeded). */
export function crowdedEvents(): { name: string; event: BrokerageEvent }[] {
  return Array.from({ length: 10 }, (_, i) => {
    const participants = 150 + Math.round((150 * i) / 9);
    const meetings = 600 + Math.round((900 * i) / 9);
    const shape = { participants, meetings, slots: 18, tables: Math.ceil(meetings / 12), stars: 4, starShare: 0.12 };
    return { name: `${participants} participants, ${meetings} requests`, event: generateCrowdedEvent(shape, 100 + i) };
  });
}
