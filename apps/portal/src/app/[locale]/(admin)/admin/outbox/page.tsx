import { Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Forbidden } from "~/components/forbidden";
import { Pagination } from "~/components/pagination";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded, requireViewer } from "~/server/guard";
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
  await requireViewer();
  const { cursor } = readListParams(await searchParams);
  const [t, format, caller] = await Promise.all([getTranslations("admin"), getFormatter(), api()]);
  const result = await guarded(() => caller.admin.outbox({ cursor, limit: LIST_PAGE_SIZE }));
  if (!result.ok) return <Forbidden />;
  const page = result.data;
  return (
    <div>
      <PageHeader title={t("outboxTitle")} description={t("outboxLead")} />
      <Card>
        {page.items.length === 0 ? (
          <EmptyState title={t("outboxEmpty")} />
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="outbox">
            {page.items.map((mail) => (
              <li key={mail.id} className="py-3 text-sm" data-testid="outbox-mail">
                <p className="flex flex-wrap justify-between gap-2">
                  <span>
                    <span className="text-slate-600">{t("to")}:</span> <span data-testid="mail-to">{mail.to}</span>
                  </span>
                  <span className="text-slate-600">
                    {format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                    {mail.sentAt ? t("sent") : t("notSent")}
                  </span>
                </p>
                <p className="font-medium">{mail.subject}</p>
                <p className="whitespace-pre-line text-slate-700">{linkify(mail.text)}</p>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          pathname="/admin/outbox"
          params={{}}
          cursor={cursor}
          nextCursor={page.nextCursor}
          limit={LIST_PAGE_SIZE}
          shown={page.items.length}
          total={page.total}
        />
      </Card>
    </div>
  );
}
