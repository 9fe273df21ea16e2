import { type PairEvaluation } from "./match-query";

/** Ranking order: unrounded score, highest first; ties by profile id (code-unit order). */
export function compareEvaluations(a: PairEvaluation, b: PairEvaluation): number {
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

  /** A candidate can only enter if it scores at least this; -∞ while not full. */
  threshold(): number {
    const worst = this.best[this.best.length - 1];
    return this.isFull() && worst ? worst.score : Number.NEGATIVE_INFINITY;
  }

  results(): PairEvaluation[] {
    return [...this.best];
  }
}
