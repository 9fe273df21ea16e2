"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

/** One series of bars: the key of its value in each row, its legend text and colour. */
export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

/** A row of the chart: the category it stands for and one value per series key. */
export type BarRow = { label: string } & Record<string, number | string>;

const ROW_HEIGHT = 30;

/**
 * Horizontal bars, one group per row (need categories have long names, so they sit on the left).
 * The chart is a picture for sighted users: its numbers are in the table beside it (the caller's
 * `<details>`), so the chart itself is one image with a name and no keyboard stops.
 */
export function BarChart({ rows, series, name }: { rows: readonly BarRow[]; series: readonly BarSeries[]; name: string }) {
  const height = rows.length * ROW_HEIGHT * Math.max(1, series.length * 0.75) + 70;
  return (
    <div role="img" aria-label={name} className="w-full" style={{ height }}>
      <RechartsBarChart
        data={[...rows]}
        layout="vertical"
        responsive
        style={{ width: "100%", height: "100%" }}
        accessibilityLayer={false}
        margin={{ top: 5, right: 20, bottom: 5, left: 5 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={230} interval={0} tick={{ fill: "#334155", fontSize: 12 }} />
        <Tooltip />
        {series.length > 1 ? <Legend /> : null}
        {series.map((item) => (
          <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.color} isAnimationActive={false} />
        ))}
      </RechartsBarChart>
    </div>
  );
}
