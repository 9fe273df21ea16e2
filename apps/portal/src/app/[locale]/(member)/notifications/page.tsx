import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { MarkReadButton } from "~/components/notifications/mark-read-button";
import { Link as LocaleLink } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The reader's notifications (meeting requests, answers, outcomes, agreements; DOMAIN.md §5.4), newest first. */
export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor } = readListParams(query);
  const show = firstParam(query.show) === "unread" ? "unread" : undefined;
  const [t, format, labels, caller] = await Promise.all([getTranslations("notifications"), getFormatter(), getDataTableLabels(), api()]);
  const page = await guarded(() =>
    caller.notification.list({ search: search || undefined, unreadOnly: show === "unread", cursor, limit: LIST_PAGE_SIZE }),
  );
  const unread = page.items.some((item) => item.readAt === null);
  return (
    <ClientMessages namespaces={["notifications"]}>
      <div>
        <PageHeader title={t("title")} description={t("lead")} actions={unread ? <MarkReadButton /> : null} />
        <Card>
          <ListFilters
            search={{ label: t("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH }}
            selects={[
              { name: "show", label: t("show"), value: show, allLabel: t("all"), options: [{ value: "unread", label: t("unread") }] },
            ]}
            applyLabel={t("apply")}
          />
          <DataTable
            caption={t("title")}
            captionHidden
            rows={page.items}
            rowKey={(item) => item.id}
            page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
            href={listHref(locale, "/notifications", { q: search || undefined, show })}
            labels={labels}
            linkComponent={Link}
            bodyTestId="notification-rows"
            empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
            columns={[
              {
                id: "what",
                header: t("what"),
                rowHeader: true,
                cell: (item) => (
                  <LocaleLink href={item.link} className="font-medium text-brand-800 hover:underline">
                    {t(`kinds.${item.kind}`)}
                  </LocaleLink>
                ),
              },
              { id: "subject", header: t("subject"), cell: (item) => item.subject },
              {
                id: "createdAt",
                header: t("when"),
                cell: (item) => format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              },
              {
                id: "read",
                header: t("state"),
                cell: (item) => (item.readAt ? <Badge tone="slate">{t("read")}</Badge> : <MarkReadButton notificationId={item.id} />),
              },
            ]}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
