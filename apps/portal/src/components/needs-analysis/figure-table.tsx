import type { ReactNode } from "react";

/** A table of figures: a caption, a header row, one row per item whose first cell names it. */
export function FigureTable({
  caption,
  captionHidden = false,
  header,
  rows,
  testId,
}: {
  caption: string;
  captionHidden?: boolean;
  header: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  testId?: string;
}) {
  const [rowHeader, ...columns] = header;
  return (
    // A wide table scrolls; keyboard users reach the scrolling region too (tabIndex), named by the caption.
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-medium text-slate-800"}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <th scope="col" className="py-2 pr-4 font-medium">
              {rowHeader}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4 text-right font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [name, ...values] = row.cells;
            return (
              <tr key={row.key} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-4 font-normal text-slate-900">
                  {name}
                </th>
                {values.map((value, index) => (
                  <td key={index} className="py-1.5 pr-4 text-right tabular-nums">
                    {value}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
