/** Cell colours from no demand to the most; each pairs a background with a text colour of at least 4.5:1 contrast. */
const shades = [
  "bg-white text-slate-600",
  "bg-sky-50 text-slate-900",
  "bg-sky-100 text-slate-900",
  "bg-sky-200 text-slate-900",
  "bg-sky-400 text-slate-950",
  "bg-sky-700 text-white",
  "bg-sky-900 text-white",
] as const;

function shadeOf(value: number, max: number): string {
  if (value <= 0 || max <= 0) return shades[0];
  const step = Math.min(shades.length - 2, Math.floor((value / max) * (shades.length - 1) - 1e-9));
  return shades[step + 1] ?? shades[0];
}

/**
 * A heatmap as a table: one row per need category, one column per group, each cell coloured by its
 * demand relative to the largest cell and showing the number, so it reads the same without colour.
 */
export function HeatmapTable({
  caption,
  cornerHeader,
  totalLabel,
  columns,
  rows,
  columnTotals,
  format,
  testId,
}: {
  caption: string;
  cornerHeader: string;
  totalLabel: string;
  columns: readonly string[];
  rows: readonly { key: string; label: string; values: readonly number[]; total: number }[];
  columnTotals: readonly number[];
  format: (value: number) => string;
  testId: string;
}) {
  const max = Math.max(0, ...rows.flatMap((row) => row.values));
  return (
    // A wide table scrolls; keyboard users reach the scrolling region too (tabIndex), named by the caption.
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left align-bottom font-medium text-slate-700">
              {cornerHeader}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2 text-center align-bottom text-xs font-medium text-slate-700">
                {column}
              </th>
            ))}
            <th scope="col" className="p-2 text-center align-bottom text-xs font-semibold text-slate-800">
              {totalLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="border-t border-slate-100 p-2 text-left font-normal text-slate-900">
                {row.label}
              </th>
              {row.values.map((value, index) => (
                <td key={columns[index] ?? index} className={`border border-white p-2 text-center tabular-nums ${shadeOf(value, max)}`}>
                  {format(value)}
                </td>
              ))}
              <td className="border-t border-slate-100 p-2 text-center font-semibold tabular-nums text-slate-900">{format(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="border-t border-slate-300 p-2 text-left font-semibold text-slate-900">
              {totalLabel}
            </th>
            {columnTotals.map((value, index) => (
              <td
                key={columns[index] ?? index}
                className="border-t border-slate-300 p-2 text-center font-semibold tabular-nums text-slate-900"
              >
                {format(value)}
              </td>
            ))}
            <td className="border-t border-slate-300 p-2 text-center font-semibold tabular-nums text-slate-900">
              {format(columnTotals.reduce((sum, value) => sum + value, 0))}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
