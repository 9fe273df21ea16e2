import { calendarDayOf } from "@clusterwerk/api";
import { Badge, Card, EmptyState, PageHeader, tableLinkTargets } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BenchmarkingStartForm } from "~/components/forms/benchmarking-start-form";
import { Link as LocaleLink } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** Managers of the cluster: its benchmarkings (DOMAIN.md §6) and a form to start one for a date. */
export default async function ManageBenchmarkingPage({ params }: { params: Promise<{ locale: string; cluster: string }> }) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("benchmarking"), managerAreaCluster(slug), api()]);
  const list = await guarded(() => caller.benchmarking.list({ clusterId: cluster.id }));
  return (
    <ClientMessages namespaces={["benchmarking", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("startTitle")}</h2>
          <BenchmarkingStartForm clusterId={cluster.id} slug={slug} today={calendarDayOf(new Date())} />
        </Card>
        <Card>
          {list.length === 0 ? (
            <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
          ) : (
            <table className={`w-full text-left text-sm ${tableLinkTargets}`} data-testid="benchmarking-rows">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("benchmarkDate")}</th>
                  <th scope="col">{t("statusLabel")}</th>
                  <th scope="col">{t("catalogue")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((row) => (
                  <tr key={row.id} className="border-t border-slate-200">
                    <th scope="row" className="py-2 font-medium">
                      <LocaleLink href={`/c/${slug}/manage/benchmarking/${row.id}`} className="text-brand-800 hover:underline">
                        {row.benchmarkDate}
                      </LocaleLink>
                    </th>
                    <td>
                      <Badge tone={row.status === "finalised" ? "green" : row.status === "draft" ? "slate" : "amber"}>
                        {t(`statuses.${row.status}`)}
                      </Badge>
                    </td>
                    <td>{row.catalogueVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
