import { type MatchCorpus } from "./corpus";
import { exclusionReason } from "./eligibility";
import { type ExcludedProfile } from "./match-result";

/** Every profile that cannot be matched to `forId` on `asOf`, once, with its first reason, in input order. */
export function listExclusions(corpus: MatchCorpus, forId: string, asOf: string): ExcludedProfile[] {
  const requester = corpus.profiles[corpus.profileIndex.get(forId) ?? -1];
  if (!requester) return [];
  const excluded: ExcludedProfile[] = [];
  for (const candidate of corpus.profiles) {
    if (candidate.index === requester.index) continue;
    const reason = exclusionReason(corpus, requester, candidate, asOf);
    if (reason !== null) excluded.push({ profile: candidate.id, reason });
  }
  return excluded;
}
