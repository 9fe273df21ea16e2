import { Badge, Card, EmptyState, PageHeader, tableLinkTargets } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link as LocaleLink } from "~/i18n/navigation";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** Assessors: the queue of submitted and under-review benchmarkings of every cluster, the longest waiting first. */
export default async function ReviewQueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, caller] = await Promise.all([getTranslations("benchmarking"), api()]);
  const queue = await guarded(() => caller.benchmarking.reviewQueue());
  return (
    <div className="space-y-6">
      <PageHeader title={t("queueTitle")} description={t("queueLead")} />
      <Card>
        {queue.length === 0 ? (
          <EmptyState title={t("queueEmpty")} />
        ) : (
          <table className={`w-full text-left text-sm ${tableLinkTargets}`} data-testid="review-queue">
            <caption className="sr-only">{t("queueTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cluster")}</th>
                <th scope="col">{t("benchmarkDate")}</th>
                <th scope="col">{t("statusLabel")}</th>
                <th scope="col">{t("submittedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <th scope="row" className="py-2 font-medium">
                    <LocaleLink href={`/assessor/benchmarking/${row.id}`} className="text-brand-800 hover:underline">
                      {row.clusterName}
                    </LocaleLink>
                  </th>
                  <td>{row.benchmarkDate}</td>
                  <td>
                    <Badge tone="amber">{t(`statuses.${row.status}`)}</Badge>
                  </td>
                  <td>{row.submittedAt?.toLocaleString(locale, { timeZone: "Europe/Berlin" }) ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
