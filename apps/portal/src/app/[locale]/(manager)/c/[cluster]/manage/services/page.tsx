import { needCategoryLabels, serviceStatuses } from "@clusterwerk/scoring/domain";
import { SEARCH_TERM_MAX_LENGTH, serviceSortKeys } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { serviceStatusTone } from "~/components/services/status-tone";
import { Link as LocaleLink } from "~/i18n/navigation";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

/** The managers' list of the cluster's services of every status, searchable by title and description and filtered by status. */
export default async function ManageServicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, serviceSortKeys);
  const status = serviceStatuses.find((value) => value === firstParam(query.status));
  const [t, labels, cluster, caller] = await Promise.all([
    getTranslations("services"),
    getDataTableLabels(),
    managerAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() =>
    caller.service.list({ clusterId: cluster.id, search: search || undefined, status, cursor, limit: LIST_PAGE_SIZE, sort, direction }),
  );
  const lang = locale === "en" ? "en" : "de";
  const links = [
    { href: `/c/${slug}/manage/services/new`, label: t("new") },
    { href: `/c/${slug}/manage/service-coverage`, label: t("coverage.title") },
    { href: `/c/${slug}/manage/planner`, label: t("planner.title") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("manageTitle")}
        description={t("manageLead", { cluster: cluster.name })}
        actions={
          <nav aria-label={t("manageTitle")} className="flex flex-wrap gap-2">
            {links.map((link) => (
              <LocaleLink
                key={link.href}
                href={link.href}
                className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:bg-slate-50"
              >
                {link.label}
              </LocaleLink>
            ))}
          </nav>
        }
      />
      <Card>
        <ListFilters
          search={{ label: t("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH }}
          selects={[
            {
              name: "status",
              label: t("fields.status"),
              value: status,
              allLabel: t("allStatuses"),
              options: serviceStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
            },
          ]}
          keep={{ sort, direction }}
          applyLabel={t("apply")}
        />
        <DataTable
          caption={t("manageTitle")}
          captionHidden
          rows={page.items}
          rowKey={(service) => service.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "title", direction: direction ?? "asc" }}
          href={listHref(locale, `/c/${slug}/manage/services`, { q: search, status })}
          labels={labels}
          linkComponent={Link}
          bodyTestId="service-rows"
          empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
          columns={[
            {
              id: "title",
              header: t("fields.title"),
              sortKey: "title",
              rowHeader: true,
              cell: (service) => (
                <LocaleLink href={`/c/${slug}/manage/services/${service.id}`} className="font-medium text-brand-800 hover:underline">
                  {service.title}
                </LocaleLink>
              ),
            },
            {
              id: "status",
              header: t("fields.status"),
              sortKey: "status",
              cell: (service) => <Badge tone={serviceStatusTone[service.status]}>{t(`statuses.${service.status}`)}</Badge>,
            },
            { id: "format", header: t("fields.format"), sortKey: "format", cell: (service) => t(`formats.${service.format}`) },
            {
              id: "categories",
              header: t("fields.needCategories"),
              cell: (service) => service.needCategories.map((category) => needCategoryLabels[category][lang]).join(", "),
            },
            { id: "needs", header: t("linkedNeeds"), cell: (service) => service.linkedNeeds },
            {
              id: "places",
              header: t("places"),
              cell: (service) =>
                service.capacity === null
                  ? t("placesUnlimited", { enrolled: service.enrolled })
                  : t("placesOf", { enrolled: service.enrolled, capacity: service.capacity }),
            },
            { id: "startsOn", header: t("fields.startsOn"), sortKey: "startsOn", cell: (service) => service.startsOn ?? "–" },
          ]}
        />
      </Card>
    </div>
  );
}
