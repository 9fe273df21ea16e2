"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";

/** One axis of the radar: an area and the mean percentile against each group (null when the group is hidden). */
export interface RadarRow {
  label: string;
  sector: number | null;
  country: number | null;
  bestInClass: number | null;
}

/**
 * The radar of area percentiles (issue 10 item 5). A picture for sighted users; its numbers are in the
 * table beside it, so the chart is one image with a name and no keyboard stops.
 */
export function AreaRadar({
  rows,
  series,
  name,
}: {
  rows: RadarRow[];
  series: { key: keyof Omit<RadarRow, "label">; label: string; colour: string }[];
  name: string;
}) {
  return (
    <div role="img" aria-label={name} className="h-80 w-full" data-testid="area-radar">
      <RadarChart data={rows} responsive style={{ width: "100%", height: "100%" }} accessibilityLayer={false} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, 100]} tick={{ fill: "#334155", fontSize: 10 }} />
        {series.map((item) => (
          <Radar
            key={item.key}
            dataKey={item.key}
            name={item.label}
            stroke={item.colour}
            fill={item.colour}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
        ))}
        <Legend />
      </RadarChart>
    </div>
  );
}
