import type { ReactNode } from "react";
import { Button } from "./button";

/** A select that narrows the list: its URL parameter, label, current value and options ("all" first). */
export interface ListFilterSelect {
  name: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  options: readonly { value: string; label: string }[];
}

export interface ListFiltersProps {
  search: { label: string; value: string | undefined; maxLength: number; placeholder?: string };
  selects?: readonly ListFilterSelect[];
  /** Parameters the form keeps as they are (the table's sort), so applying a filter does not reset them. */
  keep?: Readonly<Record<string, string | undefined>>;
  applyLabel: string;
  /** Further controls between the selects and the button (e.g. a checkbox). */
  children?: ReactNode;
}

const labelClass = "block text-sm font-medium text-slate-800";
const controlClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * The filter bar above a `DataTable`: a search box and selects in a GET form, so the list's state stays
 * in the URL like the table's sort and page. Applying a filter starts again at the first page (the
 * cursor is not kept).
 */
export function ListFilters({ search, selects = [], keep = {}, applyLabel, children }: ListFiltersProps) {
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-60 flex-1">
        <label htmlFor="q" className={labelClass}>
          {search.label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.value}
          placeholder={search.placeholder}
          maxLength={search.maxLength}
          className={controlClass}
        />
      </div>
      {selects.map((select) => (
        <div key={select.name}>
          <label htmlFor={select.name} className={labelClass}>
            {select.label}
          </label>
          <select id={select.name} name={select.name} defaultValue={select.value ?? ""} className={controlClass}>
            <option value="">{select.allLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {children}
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <Button type="submit">{applyLabel}</Button>
    </form>
  );
}
