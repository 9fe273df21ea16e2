import type { BenchmarkScore, LabelAssessment, PeerReport } from "../../src/benchmark";
import type { ExpectedLabels, ExpectedPeers, ExpectedScore } from "./golden-case";

/** A score output in the shape of `ExpectedScore`, so cases can state only what they pin down. */
export function scoreView(output: BenchmarkScore): Required<ExpectedScore> {
  return {
    points: output.points,
    percent: output.percent,
    knockoutsMet: output.knockoutsMet,
    indicators: Object.fromEntries(output.indicators.map(({ id, points, level }) => [id, { points, level }])),
    failedKnockouts: output.knockouts.filter((knockout) => !knockout.met).map((knockout) => knockout.id),
  };
}

/** A peers output in the shape of `ExpectedPeers`: group heads, statistics by group kind. */
export function peersView(output: PeerReport): Required<ExpectedPeers> {
  return {
    groups: output.groups.map(({ kind, n, shown, reason, members }) => ({ kind, n, shown, reason, members })),
    statistics: Object.fromEntries(output.groups.flatMap((group) => ("indicators" in group ? [[group.kind, group.indicators]] : []))),
    strengths: output.strengths,
    developmentAreas: output.developmentAreas,
  };
}

/** The labels a case is about. */
export function labelView(output: LabelAssessment, expected: ExpectedLabels): ExpectedLabels {
  return Object.fromEntries(Object.keys(expected).map((level) => [level, output[level as keyof LabelAssessment]]));
}
