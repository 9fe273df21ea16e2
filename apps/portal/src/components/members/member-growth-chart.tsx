"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Members per month over S7's 24 months (DOMAIN.md §6.1) as a line. A picture for sighted users: the same
 * numbers are in the table beside it, so the chart is one image with a name and no keyboard stops.
 */
export function MemberGrowthChart({
  points,
  name,
  seriesLabel,
}: {
  points: readonly { label: string; members: number }[];
  name: string;
  seriesLabel: string;
}) {
  return (
    <div role="img" aria-label={name} className="h-72 w-full">
      <LineChart
        data={[...points]}
        responsive
        style={{ width: "100%", height: "100%" }}
        accessibilityLayer={false}
        margin={{ top: 10, right: 20, bottom: 5, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval={2} />
        <YAxis allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} width={40} />
        <Tooltip />
        <Line type="monotone" dataKey="members" name={seriesLabel} stroke="#1d4ed8" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
