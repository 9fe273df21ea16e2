/**
 * A long computation written as a generator that yields between slices of its work (every `STEP_SLICE` items of
 * its loops). A web server runs it a few milliseconds at a time between requests (the match index rebuild,
 * docs/ARCHITECTURE.md, Matchmaking); everyone else runs it to the end at once with `runSteps`. The result is the
 * same either way: yielding only pauses, the generator owns all of its state.
 */
export type Steps<T> = Generator<void, T, void>;

/** Items between two yields: small enough that a slice is well under a millisecond, large enough to cost nothing. */
export const STEP_SLICE = 256;

/** Runs `steps` to its end without pausing and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
