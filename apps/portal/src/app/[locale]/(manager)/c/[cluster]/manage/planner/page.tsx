import { planCandidateStatuses } from "@clusterwerk/scoring/domain";
import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { Card, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlannerForm } from "~/components/services/planner-form";
import { firstParam, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/**
 * The service planner of DOMAIN.md §3: the candidates (ideas and planned services) with their cost, and a
 * budget. The search and the status narrow the candidates shown, and so those the plan chooses among.
 */
export default async function PlannerPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search } = readListParams(query);
  const status = planCandidateStatuses.find((value) => value === firstParam(query.status));
  const [t, ts, cluster, caller] = await Promise.all([
    getTranslations("services.planner"),
    getTranslations("services"),
    managerAreaCluster(slug),
    api(),
  ]);
  const candidates = await guarded(() => caller.service.planCandidates({ clusterId: cluster.id, search: search || undefined, status }));
  const narrowed = Boolean(search || status);
  return (
    <ClientMessages namespaces={["serverErrors", "services.planner", "validation"]}>
      <div>
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        {candidates.length === 0 && !narrowed ? (
          <Card>
            <EmptyState title={t("noCandidates")}>{t("noCandidatesHint")}</EmptyState>
          </Card>
        ) : (
          <>
            <Card>
              <ListFilters
                search={{ label: ts("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH }}
                selects={[
                  {
                    name: "status",
                    label: ts("fields.status"),
                    value: status,
                    allLabel: t("allCandidates"),
                    options: planCandidateStatuses.map((value) => ({ value, label: ts(`statuses.${value}`) })),
                  },
                ]}
                applyLabel={ts("apply")}
              />
            </Card>
            {candidates.length === 0 ? (
              <Card>
                <EmptyState title={t("noMatches")}>{t("noMatchesHint")}</EmptyState>
              </Card>
            ) : (
              <PlannerForm key={`${search}|${status ?? ""}`} clusterId={cluster.id} candidates={candidates} />
            )}
          </>
        )}
      </div>
    </ClientMessages>
  );
}
