import { BarChart, type BarRow, type BarSeries } from "./bar-chart";
import { FigureTable } from "./figure-table";

/**
 * A bar chart with its numbers: the chart for the eye, the same figures as a table in a `<details>`
 * below it, which screen readers and keyboard users open (the chart has no keyboard stops).
 */
export function ChartWithTable({
  name,
  tableSummary,
  rowHeader,
  rows,
  series,
  extraColumns = [],
  format,
  testId,
}: {
  name: string;
  tableSummary: string;
  rowHeader: string;
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  /** Columns only the table shows (e.g. the change), read from the rows like the series. */
  extraColumns?: readonly { key: string; label: string }[];
  format: (value: number) => string;
  testId: string;
}) {
  const columns = [...series, ...extraColumns];
  return (
    <figure data-testid={testId} className="space-y-3">
      <BarChart rows={rows} series={series} name={name} />
      <details className="rounded-md border border-slate-200 px-3 py-2" data-testid={`${testId}-details`}>
        <summary className="cursor-pointer text-sm font-medium text-brand-800">{tableSummary}</summary>
        <div className="mt-2">
          <FigureTable
            caption={name}
            captionHidden
            header={[rowHeader, ...columns.map((column) => column.label)]}
            rows={rows.map((row) => ({
              key: row.label,
              cells: [
                row.label,
                ...columns.map((column) => (typeof row[column.key] === "number" ? format(row[column.key] as number) : "–")),
              ],
            }))}
            testId={`${testId}-table`}
          />
        </div>
      </details>
    </figure>
  );
}
