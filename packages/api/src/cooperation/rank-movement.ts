import { roundTo } from "@clusterwerk/scoring/matching";
import { type VisibleMatch } from "./ranked-matches";

/** Where a profile of the proposed ranking was in the current one: up or down by places, the same place, or new to the list. */
export type RankMove = { kind: "up" | "down"; by: number } | { kind: "same" } | { kind: "new" };

/** One row of a ranking as the preview shows it. */
function previewRow(match: VisibleMatch) {
  return {
    profileId: match.row.id,
    title: match.row.title,
    organisationName: match.row.organisationName,
    clusterName: match.row.clusterName,
    score: roundTo(match.evaluation.score, 1),
    subject: match.evaluation.subject,
  };
}

/**
 * The current and the proposed ranking side by side (DOMAIN.md §5.3, weights preview): each proposed row with its
 * move against the current list (↑3, new), each current row marked `dropped` when it left the list.
 */
export function compareRankings(current: readonly VisibleMatch[], proposed: readonly VisibleMatch[]) {
  const before = new Map(current.map((match, rank) => [match.row.id, rank]));
  const after = new Set(proposed.map((match) => match.row.id));
  const move = (id: string, rank: number): RankMove => {
    const was = before.get(id);
    if (was === undefined) return { kind: "new" };
    if (was === rank) return { kind: "same" };
    return was > rank ? { kind: "up", by: was - rank } : { kind: "down", by: rank - was };
  };
  return {
    current: current.map((match) => ({ ...previewRow(match), dropped: !after.has(match.row.id) })),
    proposed: proposed.map((match, rank) => ({ ...previewRow(match), move: move(match.row.id, rank) })),
  };
}
