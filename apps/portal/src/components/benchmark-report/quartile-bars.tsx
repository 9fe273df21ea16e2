import type { BenchmarkReport, ReportIndicator } from "~/lib/benchmark-report-text";

/** Colours of the three groups (contrast ≥ 3:1 on white for graphical objects, WCAG 1.4.11). */
export const groupColours = { sector: "#1d4ed8", country: "#b45309", "best-in-class": "#047857" } as const;

const ROW = 22;
const WIDTH = 320;
const PAD = 8;

/**
 * Quartile bars of one indicator against each shown group: the range as a line, Q1–Q3 as a box, the
 * median as a tick and the cluster's own value as a dot on one shared scale. A picture with a name; the
 * same figures are in the area's table (the caller's), so the chart has no keyboard stops.
 */
export function QuartileBars({ indicator, groups, name }: { indicator: ReportIndicator; groups: BenchmarkReport["groups"]; name: string }) {
  const shown = groups.flatMap((group) => {
    const statistics = group.shown ? group.indicators[indicator.id] : undefined;
    return statistics && statistics.n > 0 && statistics.min !== null && statistics.max !== null ? [{ kind: group.kind, statistics }] : [];
  });
  const numbers = shown.flatMap(({ statistics }) => [statistics.min ?? 0, statistics.max ?? 0]);
  if (indicator.own !== null) numbers.push(indicator.own);
  const low = numbers.length > 0 ? Math.min(...numbers) : 0;
  const high = numbers.length > 0 ? Math.max(...numbers) : 1;
  const span = high - low || 1;
  const x = (value: number) => PAD + ((value - low) / span) * (WIDTH - 2 * PAD);
  const height = Math.max(1, shown.length) * ROW + 4;
  return (
    <svg
      role="img"
      aria-label={name}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-md"
      data-testid={`quartiles-${indicator.id}`}
    >
      {shown.map(({ kind, statistics }, index) => {
        const y = index * ROW + ROW / 2 + 2;
        const colour = groupColours[kind];
        const { min, q1, median, q3, max } = statistics;
        if (min === null || q1 === null || median === null || q3 === null || max === null) return null;
        return (
          <g key={kind} data-group={kind}>
            <line x1={x(min)} x2={x(max)} y1={y} y2={y} stroke={colour} strokeWidth={1.5} />
            <rect x={x(q1)} y={y - 6} width={Math.max(1, x(q3) - x(q1))} height={12} fill={colour} fillOpacity={0.25} stroke={colour} />
            <line x1={x(median)} x2={x(median)} y1={y - 7} y2={y + 7} stroke={colour} strokeWidth={2.5} />
            {indicator.own !== null ? <circle cx={x(indicator.own)} cy={y} r={4} fill="#0f172a" /> : null}
          </g>
        );
      })}
    </svg>
  );
}
