import {
  type NeedCategory,
  needCategories,
  needCategoryLabels,
  type NeedHorizon,
  type NeedStatus,
  needStatuses,
  type NeedVisibility,
} from "@clusterwerk/scoring/domain";
import { type NeedScope, type NeedSortKey, needScopes, SEARCH_TERM_MAX_LENGTH, type SortDirection } from "@clusterwerk/validators";
import { Badge, Button, DataTable, EmptyState } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link as LocaleLink } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref } from "~/lib/list-params";

/** A row of the register as both procedures return it. */
interface RegisterRow {
  id: string;
  clusterName: string;
  clusterId: string;
  organisationName: string;
  category: NeedCategory;
  title: string;
  importance: number;
  horizon: NeedHorizon;
  status: NeedStatus;
  visibility: NeedVisibility;
  createdAt: Date;
}

export interface RegisterFilters {
  search: string;
  category: NeedCategory | undefined;
  status: NeedStatus | undefined;
  scope: NeedScope | undefined;
}

/** The register's filters from the URL (`q`, `category`, `status`, `scope`); values outside the vocabularies are dropped. */
export function readRegisterFilters(query: Record<string, string | string[] | undefined>, search: string): RegisterFilters {
  const category = firstParam(query.category);
  const status = firstParam(query.status);
  const scope = firstParam(query.scope);
  return {
    search,
    category: needCategories.find((value) => value === category),
    status: needStatuses.find((value) => value === status),
    scope: needScopes.find((value) => value === scope),
  };
}

export const statusTone = { open: "brand", "in-progress": "amber", addressed: "green", withdrawn: "slate" } as const;

/**
 * The needs register as a filterable, sortable, paginated table, for managers (all needs of the cluster)
 * and members (their own and the shared ones, with the scope filter). Rows link to the need's page.
 */
export async function NeedsRegister({
  locale,
  pathname,
  clusterId,
  filters,
  withScope,
  page,
  cursor,
  sort,
  direction,
}: {
  locale: string;
  pathname: string;
  clusterId: string;
  filters: RegisterFilters;
  withScope: boolean;
  page: { items: RegisterRow[]; nextCursor: number | null; total: number };
  cursor: number;
  sort: NeedSortKey | undefined;
  direction: SortDirection | undefined;
}) {
  const lang = locale === "en" ? "en" : "de";
  const [t, format, labels] = await Promise.all([getTranslations("needs"), getFormatter(), getDataTableLabels()]);
  const select = "block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <>
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-60 flex-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.search}
            placeholder={t("searchPlaceholder")}
            maxLength={SEARCH_TERM_MAX_LENGTH}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-medium text-slate-800">
            {t("columns.category")}
          </label>
          <select id="category" name="category" defaultValue={filters.category ?? ""} className={select}>
            <option value="">{t("allCategories")}</option>
            {needCategories.map((value) => (
              <option key={value} value={value}>
                {needCategoryLabels[value][lang]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            {t("columns.status")}
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">{t("allStatuses")}</option>
            {needStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {withScope ? (
          <div>
            <label htmlFor="scope" className="block text-sm font-medium text-slate-800">
              {t("scope")}
            </label>
            <select id="scope" name="scope" defaultValue={filters.scope ?? ""} className={select}>
              <option value="">{t("scopes.all")}</option>
              {needScopes.map((value) => (
                <option key={value} value={value}>
                  {t(`scopes.${value}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {sort ? <input type="hidden" name="sort" value={sort} /> : null}
        {direction ? <input type="hidden" name="direction" value={direction} /> : null}
        <Button type="submit">{t("apply")}</Button>
      </form>
      <p className="mb-2 text-sm text-slate-700" data-testid="needs-count">
        {t("results", { count: page.total })}
      </p>
      <DataTable
        caption={t("title")}
        captionHidden
        rows={page.items}
        rowKey={(need) => need.id}
        page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
        sort={{ sort: sort ?? "createdAt", direction: direction ?? "desc" }}
        href={listHref(locale, pathname, {
          q: filters.search || undefined,
          category: filters.category,
          status: filters.status,
          scope: filters.scope,
        })}
        labels={labels}
        linkComponent={Link}
        bodyTestId="needs-rows"
        empty={<EmptyState title={t("empty")}>{withScope ? t("emptyHint") : t("emptyManage")}</EmptyState>}
        columns={[
          {
            id: "title",
            header: t("columns.title"),
            sortKey: "title",
            cell: (need) => (
              <LocaleLink href={`${pathname}/${need.id}`} className="font-medium text-brand-800 hover:underline">
                {need.title}
              </LocaleLink>
            ),
          },
          {
            id: "organisation",
            header: t("columns.organisation"),
            sortKey: "organisation",
            cell: (need) => (need.clusterId === clusterId ? need.organisationName : `${need.organisationName} (${need.clusterName})`),
          },
          { id: "category", header: t("columns.category"), sortKey: "category", cell: (need) => needCategoryLabels[need.category][lang] },
          {
            id: "importance",
            header: t("columns.importance"),
            sortKey: "importance",
            cell: (need) => t("importanceOf", { value: need.importance }),
          },
          { id: "horizon", header: t("columns.horizon"), cell: (need) => t(`horizons.${need.horizon}`) },
          {
            id: "status",
            header: t("columns.status"),
            sortKey: "status",
            cell: (need) => <Badge tone={statusTone[need.status]}>{t(`statuses.${need.status}`)}</Badge>,
          },
          { id: "visibility", header: t("columns.visibility"), cell: (need) => t(`visibilities.${need.visibility}`) },
          {
            id: "createdAt",
            header: t("columns.createdAt"),
            sortKey: "createdAt",
            cell: (need) => format.dateTime(need.createdAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </>
  );
}
