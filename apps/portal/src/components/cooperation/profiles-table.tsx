import { type ProfileStatus, profileStatuses, type ProfileType, profileTypes } from "@clusterwerk/scoring/domain";
import { type ProfileSortKey, SEARCH_TERM_MAX_LENGTH, type SortDirection } from "@clusterwerk/validators";
import { Badge, DataTable, EmptyState, ListFilters } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getDataTableLabels } from "~/components/data-table-labels";
import { Link as LocaleLink } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref } from "~/lib/list-params";

interface ProfileRow {
  id: string;
  clusterId: string;
  clusterName: string;
  organisationName: string;
  type: ProfileType;
  title: string;
  status: ProfileStatus;
  validUntil: string;
  updatedAt: Date;
}

export interface ProfileFilters {
  search: string;
  type: ProfileType | undefined;
  status: ProfileStatus | undefined;
}

/** The list's filters from the URL (`q`, `type`, `status`); values outside the vocabularies are dropped. */
export function readProfileFilters(query: Record<string, string | string[] | undefined>, search: string): ProfileFilters {
  const type = firstParam(query.type);
  const status = firstParam(query.status);
  return { search, type: profileTypes.find((value) => value === type), status: profileStatuses.find((value) => value === status) };
}

export const profileStatusTone = { draft: "amber", published: "green", closed: "slate" } as const;

/**
 * Cooperation profiles as a filterable, sortable, paginated table: a member's own (with the status filter)
 * or the others' they may be matched with (with their organisation and cluster). Titles link to the profile.
 */
export async function ProfilesTable({
  locale,
  pathname,
  detailPath,
  clusterId,
  own,
  filters,
  page,
  cursor,
  sort,
  direction,
  empty,
}: {
  locale: string;
  pathname: string;
  detailPath: string;
  clusterId: string;
  own: boolean;
  filters: ProfileFilters;
  page: { items: ProfileRow[]; nextCursor: number | null; total: number };
  cursor: number;
  sort: ProfileSortKey | undefined;
  direction: SortDirection | undefined;
  empty: ReactNode;
}) {
  const [t, format, labels] = await Promise.all([getTranslations("cooperation"), getFormatter(), getDataTableLabels()]);
  const typeSelect = {
    name: "type",
    label: t("fields.type"),
    value: filters.type,
    allLabel: t("allTypes"),
    options: profileTypes.map((value) => ({ value, label: t(`types.${value}`) })),
  };
  const statusSelect = {
    name: "status",
    label: t("fields.status"),
    value: filters.status,
    allLabel: t("allStatuses"),
    options: profileStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
  };
  return (
    <>
      <ListFilters
        search={{ label: t("search"), value: filters.search, maxLength: SEARCH_TERM_MAX_LENGTH }}
        selects={own ? [typeSelect, statusSelect] : [typeSelect]}
        keep={{ sort, direction }}
        applyLabel={t("apply")}
      />
      <DataTable
        caption={t("title")}
        captionHidden
        rows={page.items}
        rowKey={(profile) => profile.id}
        page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
        sort={{ sort: sort ?? "updatedAt", direction: direction ?? "desc" }}
        href={listHref(locale, pathname, { q: filters.search || undefined, type: filters.type, status: filters.status })}
        labels={labels}
        linkComponent={Link}
        bodyTestId="profile-rows"
        empty={<EmptyState title={t("empty")}>{empty}</EmptyState>}
        columns={[
          {
            id: "title",
            header: t("fields.title"),
            sortKey: "title",
            rowHeader: true,
            cell: (profile) => (
              <LocaleLink href={`${detailPath}/${profile.id}`} className="font-medium text-brand-800 hover:underline">
                {profile.title}
              </LocaleLink>
            ),
          },
          ...(own
            ? []
            : [
                {
                  id: "organisation",
                  header: t("organisation"),
                  cell: (profile: ProfileRow) =>
                    profile.clusterId === clusterId ? profile.organisationName : `${profile.organisationName} (${profile.clusterName})`,
                },
              ]),
          { id: "type", header: t("fields.type"), sortKey: "type", cell: (profile) => t(`types.${profile.type}`) },
          {
            id: "status",
            header: t("fields.status"),
            sortKey: "status",
            cell: (profile) => <Badge tone={profileStatusTone[profile.status]}>{t(`statuses.${profile.status}`)}</Badge>,
          },
          { id: "validUntil", header: t("fields.validUntil"), sortKey: "validUntil", cell: (profile) => profile.validUntil },
          {
            id: "updatedAt",
            header: t("updatedAt"),
            sortKey: "updatedAt",
            cell: (profile) => format.dateTime(profile.updatedAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </>
  );
}
