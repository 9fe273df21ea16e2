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
import { Badge, DataTable, EmptyState, ListFilters } from "@clusterwerk/ui";
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
  return (
    <>
      <ListFilters
        search={{ label: t("search"), value: filters.search, maxLength: SEARCH_TERM_MAX_LENGTH, placeholder: t("searchPlaceholder") }}
        selects={[
          {
            name: "category",
            label: t("columns.category"),
            value: filters.category,
            allLabel: t("allCategories"),
            options: needCategories.map((value) => ({ value, label: needCategoryLabels[value][lang] })),
          },
          {
            name: "status",
            label: t("columns.status"),
            value: filters.status,
            allLabel: t("allStatuses"),
            options: needStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
          },
          // The scope filter only means something to members (their own needs and the shared ones).
          ...(withScope
            ? [
                {
                  name: "scope",
                  label: t("scope"),
                  value: filters.scope,
                  allLabel: t("scopes.all"),
                  options: needScopes.map((value) => ({ value, label: t(`scopes.${value}`) })),
                },
              ]
            : []),
        ]}
        keep={{ sort, direction }}
        applyLabel={t("apply")}
      />
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
