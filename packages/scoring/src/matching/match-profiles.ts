import { prepareMatchCorpus } from "./corpus";
import { listExclusions } from "./exclusions";
import { findMatchesIndexed } from "./indexed-search";
import { buildMatchIndex } from "./match-index";
import { type MatchRequest } from "./match-input";
import { createMatchQuery } from "./match-query";
import { type MatchOutput, toMatchEntry } from "./match-result";

/** The `match` command as a pure function: ranked, explained matches and every excluded profile. */
export function matchProfiles(request: MatchRequest): MatchOutput {
  const corpus = prepareMatchCorpus(request);
  const settings = { asOf: request.asOf, weights: request.weights, limit: request.limit };
  const query = createMatchQuery(corpus, request.for, settings);
  const ranked = findMatchesIndexed(buildMatchIndex(corpus), request.for, settings);
  return {
    matches: query ? ranked.map((evaluation) => toMatchEntry(query, evaluation)) : [],
    excluded: listExclusions(corpus, request.for, request.asOf),
  };
}
