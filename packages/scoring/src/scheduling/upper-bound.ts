import type { EventModel } from "./event-model";
import { FlowNetwork } from "./max-flow";

/**
 * A number of meetings no valid schedule can exceed: the smaller of two relaxations. Both treat a
 * locked meeting as having only its locked slot, which every valid schedule keeps.
 *
 * Slot flow. Network: source → each meeting (capacity 1) → each of its candidate slots (1) → sink,
 * where slot s has capacity c_s = min(tables, ⌊|P_s| / 2⌋) and P_s is the set of participants with
 * some meeting that may take s. Any valid schedule is an integral flow in it: each scheduled meeting
 * sends its unit to its own slot, which is a candidate; slot s holds at most `tables` meetings, and
 * they pairwise share no participant and all come from P_s, so at most ⌊|P_s| / 2⌋. Hence the number
 * of scheduled meetings ≤ max flow. (This is also ≤ the number of meetings with a candidate slot and
 * ≤ Σ_s min(tables, ⌊|P_s| / 2⌋).)
 *
 * Participant matching. In a valid schedule participant p's meetings sit in distinct slots, each a
 * candidate of its meeting: a matching of size deg(p) between p's meetings and slots, so
 * deg(p) ≤ ν_p, the maximum such matching. Then the scheduled meetings form a subgraph of the
 * meeting graph with degrees deg(p) ≤ ν_p, whose size the fractional b-matching bounds. We compute it
 * as a flow on the bipartite double cover: source → p_out (capacity ν_p), a_out → b_in and
 * b_out → a_in for each meeting {a, b} (1 each), p_in → sink (ν_p). Sending 1 along both copies of
 * every scheduled meeting is a feasible flow of value 2 × scheduled, so scheduled ≤ ⌊max flow / 2⌋.
 * This is never above ⌊Σ_p ν_p / 2⌋, and is tighter when meetings crowd around few participants
 * (a participant with two slots and four meetings, everyone else meeting only them: 2, not 3).
 */
export function scheduleUpperBound(model: EventModel): number {
  return Math.min(slotFlowBound(model), participantMatchingBound(model));
}

function slotFlowBound(model: EventModel): number {
  const meetingCount = model.meetings.length;
  const source = meetingCount + model.slotCount;
  const sink = source + 1;
  const network = new FlowNetwork(sink + 1);
  const participantsAt = Array.from({ length: model.slotCount }, () => new Set<number>());
  for (const [m, meeting] of model.meetings.entries()) {
    if (meeting.candidates.length === 0) continue;
    network.addEdge(source, m, 1);
    for (const s of meeting.candidates) {
      network.addEdge(m, meetingCount + s, 1);
      participantsAt[s]?.add(meeting.a).add(meeting.b);
    }
  }
  for (const [s, participants] of participantsAt.entries()) {
    const capacity = Math.min(model.tables, Math.floor(participants.size / 2));
    if (capacity > 0) network.addEdge(meetingCount + s, sink, capacity);
  }
  return network.maxFlow(source, sink);
}

function participantMatchingBound(model: EventModel): number {
  const capacities = model.meetingsOf.map((own) => participantSlotMatching(model, own));
  // Nodes: p_out = p, p_in = participantCount + p, then source and sink.
  const n = model.participantCount;
  const source = 2 * n;
  const sink = source + 1;
  const network = new FlowNetwork(sink + 1);
  for (const [p, capacity] of capacities.entries()) {
    if (capacity === 0) continue;
    network.addEdge(source, p, capacity);
    network.addEdge(n + p, sink, capacity);
  }
  for (const meeting of model.meetings) {
    if (meeting.candidates.length === 0) continue;
    network.addEdge(meeting.a, n + meeting.b, 1);
    network.addEdge(meeting.b, n + meeting.a, 1);
  }
  return Math.floor(network.maxFlow(source, sink) / 2);
}

/** ν_p: the most of one participant's meetings that can sit in distinct candidate slots. */
function participantSlotMatching(model: EventModel, own: readonly number[]): number {
  // Nodes: the participant's meetings 0..k-1, then slots k..k+slotCount-1, source, sink.
  const k = own.length;
  const source = k + model.slotCount;
  const sink = source + 1;
  const network = new FlowNetwork(sink + 1);
  for (const [i, m] of own.entries()) {
    network.addEdge(source, i, 1);
    for (const s of model.meetings[m]?.candidates ?? []) network.addEdge(i, k + s, 1);
  }
  for (let s = 0; s < model.slotCount; s++) network.addEdge(k + s, sink, 1);
  return network.maxFlow(source, sink);
}
