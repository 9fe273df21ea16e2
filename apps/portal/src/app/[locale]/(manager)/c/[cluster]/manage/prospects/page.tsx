import { proposeCompanyCategory } from "@clusterwerk/scoring/domain";
import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { ProspectActions } from "~/components/prospects/prospect-actions";
import { getPathname } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
const statusFilters = ["new", "contacted"] as const;

/** Growth potential (issue 9): penetration (S8) and the ranked "who to approach" list with the reasons of each score. */
export default async function ProspectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor } = readListParams(query);
  const status = statusFilters.find((value) => value === firstParam(query.status));
  const relevantOnly = firstParam(query.relevant) === "1";
  const [t, labels, cluster, caller] = await Promise.all([
    getTranslations("prospects"),
    getDataTableLabels(),
    managerAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() =>
    caller.prospect.ranking({ clusterId: cluster.id, search: search || undefined, status, relevantOnly, cursor, limit: LIST_PAGE_SIZE }),
  );
  const lang = locale === "en" ? "en" : "de";
  const path = (suffix: string) => getPathname({ locale, href: `/c/${slug}/manage${suffix}` });
  const percent =
    page.penetration.value === null
      ? "–"
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(page.penetration.value)} %`;
  return (
    <ClientMessages namespaces={["categories", "prospects", "serverErrors"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("lead", { cluster: cluster.name, radius: page.radiusKm })}
          actions={
            <div className="flex flex-wrap gap-2">
              <Link
                href={path("/prospects/import")}
                className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
                data-testid="import-link"
              >
                {t("import.title")}
              </Link>
              <Link href={path("/reach")} className={linkClass}>
                {t("reachLink")}
              </Link>
              <a href={`/api/export/prospects/${slug}?locale=${locale}`} download className={linkClass} data-testid="export-prospects">
                {t("export")}
              </a>
            </div>
          }
        />
        <Card>
          <h2 className="text-lg font-semibold">{t("penetration")}</h2>
          <p className="text-3xl font-semibold text-brand-800" data-testid="penetration">
            {percent}
          </p>
          <p className="text-sm text-slate-700" data-testid="penetration-source">
            {page.penetration.source[lang]}
          </p>
          <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">{t("prospectsCount")}</dt>
              <dd data-testid="prospects-count">{page.prospects}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("relevantCount")}</dt>
              <dd>{page.relevant}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("focus")}</dt>
              <dd>{[...page.focus.nace.slice(0, 5), ...page.focus.technologies.slice(0, 3)].map((item) => item.code).join(", ") || "–"}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <ListFilters
            search={{ label: t("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH }}
            selects={[
              {
                name: "status",
                label: t("status"),
                value: status,
                allLabel: t("allStatuses"),
                options: statusFilters.map((value) => ({ value, label: t(`statuses.${value}`) })),
              },
            ]}
            applyLabel={t("filter")}
          >
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="relevant" value="1" defaultChecked={relevantOnly} />
              {t("relevantOnly")}
            </label>
          </ListFilters>
          <DataTable
            caption={t("listCaption")}
            rows={page.items}
            rowKey={(prospect) => prospect.id}
            page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
            href={listHref(locale, `/c/${slug}/manage/prospects`, { q: search, status, relevant: relevantOnly ? "1" : undefined })}
            labels={labels}
            linkComponent={Link}
            bodyTestId="prospect-rows"
            empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
            columns={[
              {
                id: "score",
                header: t("score"),
                cell: (prospect) => <span className="text-lg font-semibold">{prospect.relevance.score}</span>,
              },
              {
                id: "name",
                header: t("name"),
                rowHeader: true,
                cell: (prospect) => (
                  <div>
                    <span className="font-medium">{prospect.name}</span>
                    <div className="text-xs text-slate-600">
                      {[prospect.postalCode, prospect.city, prospect.country].filter(Boolean).join(" ")}
                    </div>
                  </div>
                ),
              },
              {
                id: "reasons",
                header: t("reasons"),
                cell: (prospect) => (
                  <ul className="list-disc pl-4 text-xs">
                    {prospect.relevance.reasons.map((reason) => (
                      <li key={reason.factor}>
                        {reason.text[lang]} ({t("points", { points: reason.points, max: reason.max })})
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                id: "status",
                header: t("status"),
                cell: (prospect) => (
                  <div className="space-y-1">
                    <Badge tone={prospect.status === "contacted" ? "amber" : "slate"}>{t(`statuses.${prospect.status}`)}</Badge>
                    {prospect.relevance.relevant ? <Badge tone="green">{t("relevant")}</Badge> : null}
                  </div>
                ),
              },
              {
                id: "actions",
                header: t("actions"),
                cell: (prospect) =>
                  prospect.status === "converted" ? null : (
                    <ProspectActions
                      prospectId={prospect.id}
                      name={prospect.name}
                      status={prospect.status}
                      proposedCategory={prospect.employees === null ? "sme" : proposeCompanyCategory(prospect.employees)}
                    />
                  ),
              },
            ]}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
