import { needCategories, needCategoryLabels, type NeedCategory, serviceFormats, type ServiceFormat } from "@clusterwerk/scoring/domain";
import { catalogueSortKeys, SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, ListFilters, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { EnrolmentActions } from "~/components/services/enrolment-actions";
import { serviceStatusTone } from "~/components/services/status-tone";
import { firstParam, LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The members' catalogue of DOMAIN.md §3: active and planned services; members enrol, cancel and rate after use. */
export default async function ServiceCataloguePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const { search, cursor, sort, direction } = readListParams(query, catalogueSortKeys);
  const category = needCategories.find((value): value is NeedCategory => value === firstParam(query.category));
  const format = serviceFormats.find((value): value is ServiceFormat => value === firstParam(query.format));
  const [t, ts, formatter, labels, cluster, caller] = await Promise.all([
    getTranslations("services.catalogue"),
    getTranslations("services"),
    getFormatter(),
    getDataTableLabels(),
    memberAreaCluster(slug),
    api(),
  ]);
  const page = await guarded(() =>
    caller.service.catalogue({
      clusterId: cluster.id,
      search: search || undefined,
      category,
      format,
      cursor,
      limit: LIST_PAGE_SIZE,
      sort,
      direction,
    }),
  );
  const organisationId = (await memberOrganisationIn(cluster.id))?.organisationId ?? null;
  const lang = locale === "en" ? "en" : "de";
  const euro = (cents: number) => (cents === 0 ? t("free") : formatter.number(cents / 100, { style: "currency", currency: "EUR" }));
  return (
    <ClientMessages namespaces={["serverErrors", "services.catalogue", "validation"]}>
      <div>
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <Card>
          <ListFilters
            search={{ label: t("search"), value: search, maxLength: SEARCH_TERM_MAX_LENGTH }}
            selects={[
              {
                name: "category",
                label: t("category"),
                value: category,
                allLabel: t("allCategories"),
                options: needCategories.map((value) => ({ value, label: needCategoryLabels[value][lang] })),
              },
              {
                name: "format",
                label: t("format"),
                value: format,
                allLabel: t("allFormats"),
                options: serviceFormats.map((value) => ({ value, label: ts(`formats.${value}`) })),
              },
            ]}
            applyLabel={t("apply")}
          />
          <DataTable
            caption={t("title")}
            captionHidden
            rows={page.items}
            rowKey={(service) => service.id}
            page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
            sort={{ sort: sort ?? "title", direction: direction ?? "asc" }}
            href={listHref(locale, `/c/${slug}/services`, { q: search || undefined, category, format })}
            labels={labels}
            linkComponent={Link}
            bodyTestId="catalogue-rows"
            empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
            columns={[
              {
                id: "title",
                header: ts("fields.title"),
                sortKey: "title",
                rowHeader: true,
                cell: (service) => (
                  <span className="block max-w-md">
                    <span className="font-medium">{service.title}</span>{" "}
                    <Badge tone={serviceStatusTone[service.status]}>{ts(`statuses.${service.status}`)}</Badge>
                    {service.description ? (
                      <span className="mt-1 block text-xs font-normal text-slate-700">{service.description}</span>
                    ) : null}
                    <span className="mt-1 block text-xs font-normal text-slate-700">
                      {service.needCategories.map((value) => needCategoryLabels[value][lang]).join(", ")}
                    </span>
                  </span>
                ),
              },
              { id: "format", header: ts("fields.format"), sortKey: "format", cell: (service) => ts(`formats.${service.format}`) },
              {
                id: "when",
                header: t("when"),
                sortKey: "startsOn",
                cell: (service) => (service.startsOn ? [service.startsOn, service.endsOn].filter(Boolean).join(" – ") : t("ongoing")),
              },
              { id: "price", header: ts("fields.price"), cell: (service) => euro(service.priceCents) },
              {
                id: "places",
                header: ts("places"),
                cell: (service) =>
                  service.capacity === null
                    ? t("unlimited")
                    : service.enrolled >= service.capacity
                      ? t("full")
                      : t("placesLeft", { count: service.capacity - service.enrolled }),
              },
              {
                id: "actions",
                header: t("actions"),
                headerHidden: true,
                cell: (service) => {
                  if (!organisationId) return null;
                  const own = service.enrolments.find((enrolment) => enrolment.organisationId === organisationId) ?? null;
                  return (
                    <EnrolmentActions
                      clusterId={cluster.id}
                      organisationId={organisationId}
                      serviceId={service.id}
                      title={service.title}
                      enrolment={own}
                      full={service.capacity !== null && service.enrolled >= service.capacity}
                    />
                  );
                },
              },
            ]}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
