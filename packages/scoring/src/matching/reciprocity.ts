import { type MatchCorpus, type PreparedProfile } from "./corpus";
import { exclusionReason } from "./eligibility";

/**
 * The `reciprocity` factor for one requester: 1 if, apart from the pair (requester, candidate), some
 * profile of the candidate's organisation and some profile of the requester's organisation are
 * eligible for each other in both directions. Mutual pairs are found once per candidate organisation.
 */
export function createReciprocity(corpus: MatchCorpus, requester: PreparedProfile, asOf: string): (candidate: PreparedProfile) => 0 | 1 {
  // Up to two mutual pairs per organisation: with two, one is always "apart from this pair".
  const mutualPairs = new Map<number, [number, number][]>();
  const requesterProfiles = corpus.organisations[requester.org]?.profiles ?? [];

  const findPairs = (org: number): [number, number][] => {
    const pairs: [number, number][] = [];
    for (const p of corpus.organisations[org]?.profiles ?? []) {
      for (const q of requesterProfiles) {
        const theirs = corpus.profiles[p];
        const mine = corpus.profiles[q];
        if (!theirs || !mine) continue;
        if (exclusionReason(corpus, mine, theirs, asOf) === null && exclusionReason(corpus, theirs, mine, asOf) === null)
          pairs.push([p, q]);
        if (pairs.length === 2) return pairs;
      }
    }
    return pairs;
  };
  const pairsWith = (org: number): [number, number][] => {
    const known = mutualPairs.get(org);
    if (known) return known;
    const pairs = findPairs(org);
    mutualPairs.set(org, pairs);
    return pairs;
  };

  return (candidate) => {
    const others = pairsWith(candidate.org).filter(([p, q]) => p !== candidate.index || q !== requester.index);
    return others.length > 0 ? 1 : 0;
  };
}
