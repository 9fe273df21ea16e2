import { cooperationMeetingStatuses } from "@clusterwerk/scoring/domain";
import { berlinToday, type MeetingSortKey, meetingSides, SEARCH_TERM_MAX_LENGTH, type SortDirection } from "@clusterwerk/validators";
import { Badge, DataTable, EmptyState, ListFilters } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { firstParam, LIST_PAGE_SIZE, listHref } from "~/lib/list-params";
import type { api } from "~/trpc/server";
import { MeetingActions } from "./meeting-actions";

type Caller = Awaited<ReturnType<typeof api>>;
type MeetingPage = Awaited<ReturnType<Caller["cooperationMeeting"]["mine"]>>;
type MeetingRow = MeetingPage["items"][number];

export interface MeetingFilters {
  search: string;
  side: (typeof meetingSides)[number] | undefined;
  status: (typeof cooperationMeetingStatuses)[number] | undefined;
}

/** The list's filters from the URL (`q`, `side`, `status`); values outside the vocabularies are dropped. */
export function readMeetingFilters(query: Record<string, string | string[] | undefined>, search: string): MeetingFilters {
  const side = firstParam(query.side);
  const status = firstParam(query.status);
  return {
    search,
    side: meetingSides.find((value) => value === side),
    status: cooperationMeetingStatuses.find((value) => value === status),
  };
}

const statusTone = { requested: "amber", accepted: "brand", declined: "slate", held: "green", "no-show": "red" } as const;

/**
 * A member's meetings, asked and asking (DOMAIN.md §5.4), with what they can do next in the last column.
 * Filters: a search in the organisations and profile titles, the side and the status.
 */
export async function MeetingsTable({
  locale,
  pathname,
  scope,
  filters,
  page,
  cursor,
  sort,
  direction,
}: {
  locale: string;
  pathname: string;
  scope: { clusterId: string; organisationId: string };
  filters: MeetingFilters;
  page: MeetingPage;
  cursor: number;
  sort: MeetingSortKey | undefined;
  direction: SortDirection | undefined;
}) {
  const [t, tc, format, labels] = await Promise.all([
    getTranslations("cooperation.meetings"),
    getTranslations("cooperation"),
    getFormatter(),
    getDataTableLabels(),
  ]);
  const now = Date.now();
  const today = berlinToday();
  const when = (time: Date) => format.dateTime(time, { dateStyle: "medium", timeStyle: "short" });
  const incoming = (row: MeetingRow) => row.targetClusterId === scope.clusterId && row.targetOrganisationId === scope.organisationId;
  return (
    <>
      <ListFilters
        search={{ label: t("search"), value: filters.search, maxLength: SEARCH_TERM_MAX_LENGTH }}
        selects={[
          {
            name: "side",
            label: t("side"),
            value: filters.side,
            allLabel: t("allSides"),
            options: meetingSides.map((value) => ({ value, label: t(`sides.${value}`) })),
          },
          {
            name: "status",
            label: t("status"),
            value: filters.status,
            allLabel: t("allStatuses"),
            options: cooperationMeetingStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
          },
        ]}
        keep={{ sort, direction }}
        applyLabel={tc("apply")}
      />
      <DataTable
        caption={t("title")}
        captionHidden
        rows={page.items}
        rowKey={(row) => row.id}
        page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
        sort={{ sort: sort ?? "createdAt", direction: direction ?? "desc" }}
        href={listHref(locale, pathname, { q: filters.search || undefined, side: filters.side, status: filters.status })}
        labels={labels}
        linkComponent={Link}
        bodyTestId="meeting-rows"
        empty={
          <EmptyState title={t("empty")}>
            <p>{t("emptyHint")}</p>
          </EmptyState>
        }
        columns={[
          {
            id: "with",
            header: t("with"),
            rowHeader: true,
            cell: (row) =>
              incoming(row) ? (
                <span>
                  <span className="font-medium">{row.requesterOrganisationName}</span> · {row.requesterProfileTitle}
                </span>
              ) : (
                <span>
                  <span className="font-medium">{row.targetOrganisationName}</span> · {row.targetProfileTitle}
                </span>
              ),
          },
          { id: "side", header: t("side"), cell: (row) => t(`sides.${incoming(row) ? "incoming" : "outgoing"}`) },
          {
            id: "status",
            header: t("status"),
            sortKey: "status",
            cell: (row) => <Badge tone={statusTone[row.status]}>{t(`statuses.${row.status}`)}</Badge>,
          },
          {
            id: "chosenTime",
            header: t("when"),
            sortKey: "chosenTime",
            cell: (row) => (row.chosenTime ? when(row.chosenTime) : row.proposedTimes.map(when).join(" · ")),
          },
          {
            id: "details",
            header: t("details"),
            cell: (row) => (
              <div className="max-w-xs space-y-1 text-sm">
                <p className="whitespace-pre-line">{row.message}</p>
                {row.agreementType ? (
                  <p data-testid="agreement">
                    {t("agreementRecorded", { type: tc(`partnershipTypes.${row.agreementType}`), date: row.agreementDate ?? "" })}
                    {row.agreementNote ? ` – ${row.agreementNote}` : ""}
                  </p>
                ) : null}
              </div>
            ),
          },
          {
            id: "actions",
            header: t("actions"),
            cell: (row) => (
              <MeetingActions
                scope={scope}
                meeting={{
                  id: row.id,
                  status: row.status,
                  incoming: incoming(row),
                  timeLabels: row.proposedTimes.map(when),
                  due: row.chosenTime !== null && row.chosenTime.getTime() <= now,
                  hasAgreement: row.agreementType !== null,
                  today,
                }}
              />
            ),
          },
        ]}
      />
    </>
  );
}
