import { outboxSortKeys } from "@clusterwerk/validators";
import { Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** Mail links are shown as links so that a person (and the e2e tests) can follow them offline. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part} className="break-all text-brand-800 underline">
        {part}
      </a>
    ) : (
      <span key={index}>{part}</span>
    ),
  );
}

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { cursor, sort, direction } = readListParams(await searchParams, outboxSortKeys);
  const [t, format, labels, caller] = await Promise.all([getTranslations("admin"), getFormatter(), getDataTableLabels(), api()]);
  const page = await guarded(() => caller.admin.outbox({ cursor, limit: LIST_PAGE_SIZE, sort, direction }));
  return (
    <div>
      <PageHeader title={t("outboxTitle")} description={t("outboxLead")} />
      <Card>
        <DataTable
          caption={t("outboxTitle")}
          captionHidden
          rows={page.items}
          rowKey={(mail) => mail.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "createdAt", direction: direction ?? "desc" }}
          href={listHref(locale, "/admin/outbox", {})}
          labels={labels}
          linkComponent={Link}
          bodyTestId="outbox"
          rowTestId="outbox-mail"
          empty={<EmptyState title={t("outboxEmpty")} />}
          columns={[
            {
              id: "created",
              header: t("created"),
              sortKey: "createdAt",
              cell: (mail) => (
                <span className="whitespace-nowrap text-slate-600">
                  {format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  <br />
                  {mail.sentAt ? t("sent") : t("notSent")}
                </span>
              ),
            },
            { id: "to", header: t("to"), sortKey: "to", cell: (mail) => <span data-testid="mail-to">{mail.to}</span> },
            {
              id: "mail",
              header: t("subject"),
              cell: (mail) => (
                <>
                  <p className="font-medium">{mail.subject}</p>
                  <p className="whitespace-pre-line text-slate-700">{linkify(mail.text)}</p>
                </>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
