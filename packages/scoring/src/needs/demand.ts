import { memberCategories, type MemberCategory } from "../domain/member-categories";
import { needCategories, type NeedCategory } from "../domain/need-categories";
import { isOpenNeed, type NeedRow } from "./needs-rows";
import { sizeClasses, sizeClassOf, type SizeClass } from "./size-classes";

export interface CategoryDemand {
  category: NeedCategory;
  /** Σ importance of the category's open needs (DOMAIN.md §2). */
  demand: number;
  openNeeds: number;
}

/** Demand per need category, all 13 in their numbered order (zero where nothing is open). */
export function demandByCategory(needs: readonly NeedRow[]): CategoryDemand[] {
  const rows = new Map(needCategories.map((category) => [category, { category, demand: 0, openNeeds: 0 }]));
  for (const need of needs) {
    const row = rows.get(need.category);
    if (!row || !isOpenNeed(need)) continue;
    row.demand += need.importance;
    row.openNeeds += 1;
  }
  return [...rows.values()];
}

/** A heatmap: one row per need category, one value per column, in the columns' order. */
export interface DemandMatrix<Column extends string> {
  columns: readonly Column[];
  rows: { category: NeedCategory; values: number[]; total: number }[];
  columnTotals: number[];
}

function demandMatrix<Column extends string>(
  needs: readonly NeedRow[],
  columns: readonly Column[],
  columnOf: (need: NeedRow) => Column,
): DemandMatrix<Column> {
  const position = new Map(columns.map((column, index) => [column, index]));
  const rows = needCategories.map((category) => ({ category, values: columns.map(() => 0), total: 0 }));
  const rowOf = new Map(rows.map((row) => [row.category, row]));
  const columnTotals = columns.map(() => 0);
  for (const need of needs) {
    const row = rowOf.get(need.category);
    const index = position.get(columnOf(need));
    if (!row || index === undefined || !isOpenNeed(need)) continue;
    row.values[index] = (row.values[index] ?? 0) + need.importance;
    row.total += need.importance;
    columnTotals[index] = (columnTotals[index] ?? 0) + need.importance;
  }
  return { columns, rows, columnTotals };
}

/** §2 demand split by member category (the nine of §1.2) and by size class, for the heatmap. */
export function demandHeatmap(needs: readonly NeedRow[]): {
  byMemberCategory: DemandMatrix<MemberCategory>;
  bySizeClass: DemandMatrix<SizeClass>;
} {
  return {
    byMemberCategory: demandMatrix(needs, memberCategories, (need) => need.memberCategory),
    bySizeClass: demandMatrix(needs, sizeClasses, (need) => sizeClassOf(need.memberCategory)),
  };
}
