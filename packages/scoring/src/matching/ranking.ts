import { type PairEvaluation } from "./match-query";

/**
 * Ranking order (DOMAIN.md §5.3): candidates that share a subject with the query first, then the
 * unrounded score, highest first; ties by profile id (code-unit order). So partnership, geography,
 * actors and reciprocity order candidates within each group but never lift a candidate without a
 * shared subject above one with it.
 */
export function compareEvaluations(a: PairEvaluation, b: PairEvaluation): number {
  if (a.subject !== b.subject) return a.subject ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  if (a.candidate.id === b.candidate.id) return 0;
  return a.candidate.id < b.candidate.id ? -1 : 1;
}

/** The best `limit` evaluations seen so far, kept sorted (limit is small, so insertion is cheap). */
export class TopMatches {
  private readonly best: PairEvaluation[] = [];

  constructor(private readonly limit: number) {}

  /** Only scores above 0 are matches. */
  offer(evaluation: PairEvaluation): void {
    if (!(evaluation.score > 0)) return;
    const worst = this.best[this.best.length - 1];
    if (this.isFull() && worst && compareEvaluations(evaluation, worst) >= 0) return;
    let at = this.best.length;
    while (at > 0 && compareEvaluations(evaluation, this.best[at - 1] ?? evaluation) < 0) at -= 1;
    this.best.splice(at, 0, evaluation);
    if (this.best.length > this.limit) this.best.pop();
  }

  isFull(): boolean {
    return this.best.length >= this.limit;
  }

  /** Whether the list is full of candidates that share a subject: then no other kind can enter. */
  fullOfSubject(): boolean {
    return this.isFull() && this.best[this.best.length - 1]?.subject === true;
  }

  /**
   * Whether a candidate that may share a subject (`subject`) and scores at most `bound` could still
   * enter: always while the list is not full; never past a full list's last candidate of a better group.
   */
  admits(subject: boolean, bound: number): boolean {
    const worst = this.best[this.best.length - 1];
    if (!this.isFull() || !worst) return true;
    if (subject !== worst.subject) return subject;
    return bound >= worst.score;
  }

  /** The score of the last of the list (0 while it is empty): a candidate that may enter a full list scores at least this. */
  lastScore(): number {
    return this.best[this.best.length - 1]?.score ?? 0;
  }

  results(): PairEvaluation[] {
    return [...this.best];
  }
}
