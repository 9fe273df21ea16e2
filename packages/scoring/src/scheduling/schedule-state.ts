import type { EventModel } from "./event-model";
import type { ScheduleObjective } from "./types";

const NONE = -1;

/**
 * A mutable schedule: which slot each meeting has, who is busy when, and tables used per slot.
 * `place` and `remove` keep the three views consistent; callers check `canPlace` first, so the
 * hard rules hold whenever control returns to them.
 */
export class ScheduleState {
  /** Per meeting, its slot index or -1. */
  readonly slotOf: Int32Array;
  /** Per participant × slot (participant * slotCount + slot), the meeting held there or -1. */
  private readonly occupant: Int32Array;
  /** Per slot, the number of meetings (= tables) in use. */
  readonly used: Int32Array;
  /** Per slot, its meetings (unordered; swap-removed), and each meeting's position in that list. */
  private readonly members: number[][];
  private readonly position: Int32Array;
  meetingCount = 0;
  mutualCount = 0;

  constructor(readonly model: EventModel) {
    this.slotOf = new Int32Array(model.meetings.length).fill(NONE);
    this.occupant = new Int32Array(model.participantCount * model.slotCount).fill(NONE);
    this.used = new Int32Array(model.slotCount);
    this.members = Array.from({ length: model.slotCount }, (): number[] => []);
    this.position = new Int32Array(model.meetings.length).fill(NONE);
  }

  /** The meetings in `slot` right now; a live view, so copy it before placing or removing. */
  meetingsIn(slot: number): readonly number[] {
    return this.members[slot] ?? [];
  }

  occupantAt(participant: number, slot: number): number {
    return this.occupant[participant * this.model.slotCount + slot] ?? NONE;
  }

  isFree(participant: number, slot: number): boolean {
    return this.occupantAt(participant, slot) === NONE;
  }

  hasTable(slot: number): boolean {
    return (this.used[slot] ?? 0) < this.model.tables;
  }

  /** Whether unplaced meeting `m` could go to `slot` (one of its candidates) right now. */
  canPlace(m: number, slot: number): boolean {
    const meeting = this.model.meetings[m];
    if (!meeting) return false;
    return this.hasTable(slot) && this.isFree(meeting.a, slot) && this.isFree(meeting.b, slot);
  }

  place(m: number, slot: number): void {
    const meeting = this.meeting(m);
    const width = this.model.slotCount;
    this.slotOf[m] = slot;
    this.occupant[meeting.a * width + slot] = m;
    this.occupant[meeting.b * width + slot] = m;
    this.used[slot] = (this.used[slot] ?? 0) + 1;
    const members = this.members[slot];
    if (members) {
      this.position[m] = members.length;
      members.push(m);
    }
    this.meetingCount++;
    if (meeting.mutual) this.mutualCount++;
  }

  remove(m: number): void {
    const meeting = this.meeting(m);
    const slot = this.slotOf[m] ?? NONE;
    if (slot === NONE) return;
    const width = this.model.slotCount;
    this.slotOf[m] = NONE;
    this.occupant[meeting.a * width + slot] = NONE;
    this.occupant[meeting.b * width + slot] = NONE;
    this.used[slot] = (this.used[slot] ?? 0) - 1;
    const members = this.members[slot];
    const at = this.position[m] ?? NONE;
    const moved = members?.pop();
    if (members && moved !== undefined && moved !== m) {
      members[at] = moved;
      this.position[moved] = at;
    }
    this.position[m] = NONE;
    this.meetingCount--;
    if (meeting.mutual) this.mutualCount--;
  }

  isPlaced(m: number): boolean {
    return (this.slotOf[m] ?? NONE) !== NONE;
  }

  /** Idle gaps of one participant: empty slots strictly between their first and last meeting. */
  participantGaps(participant: number): number {
    const width = this.model.slotCount;
    const base = participant * width;
    let first = NONE;
    let last = NONE;
    let busy = 0;
    for (let s = 0; s < width; s++) {
      if ((this.occupant[base + s] ?? NONE) === NONE) continue;
      if (first === NONE) first = s;
      last = s;
      busy++;
    }
    return first === NONE ? 0 : last - first + 1 - busy;
  }

  totalGaps(): number {
    let gaps = 0;
    for (let p = 0; p < this.model.participantCount; p++) gaps += this.participantGaps(p);
    return gaps;
  }

  objective(): ScheduleObjective {
    return { meetings: this.meetingCount, mutual: this.mutualCount, idleGaps: this.totalGaps() };
  }

  /** Replaces the whole assignment (e.g. with a better one found by search). */
  load(slotOf: Int32Array): void {
    for (let m = 0; m < this.slotOf.length; m++) this.remove(m);
    for (let m = 0; m < slotOf.length; m++) {
      const slot = slotOf[m] ?? NONE;
      if (slot !== NONE) this.place(m, slot);
    }
  }

  meeting(m: number) {
    const meeting = this.model.meetings[m];
    if (!meeting) throw new RangeError(`no meeting at index ${m}`);
    return meeting;
  }
}

/** Positive when `x` is better than `y` in the lexicographic order of §5.5, 0 when equal. */
export function compareObjectives(x: ScheduleObjective, y: ScheduleObjective): number {
  return x.meetings - y.meetings || x.mutual - y.mutual || y.idleGaps - x.idleGaps;
}
