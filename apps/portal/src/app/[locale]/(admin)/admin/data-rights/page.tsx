import { Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSearch } from "~/components/admin-search";
import { getDataTableLabels } from "~/components/data-table-labels";
import { AnonymiseOrganisationForm } from "~/components/data-rights/anonymise-organisation-form";
import { ConsentLedgerTable } from "~/components/data-rights/consent-ledger-table";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/** The platform admin's data rights page (docs/DATA-RIGHTS.md): organisation deletion requests to confirm, the whole consent ledger. */
export default async function DataRightsAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { search, cursor } = readListParams(await searchParams);
  const [t, format, labels, caller] = await Promise.all([getTranslations("dataRights.admin"), getFormatter(), getDataTableLabels(), api()]);
  const [requests, ledger] = await Promise.all([
    guarded(() => caller.dataRights.deletionRequests()),
    guarded(() => caller.dataRights.platformConsentLedger({ search: search || undefined, cursor, limit: LIST_PAGE_SIZE })),
  ]);
  const href = listHref(locale, "/admin/data-rights", { q: search || undefined });
  return (
    <ClientMessages namespaces={["dataRights.admin", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead")} />
        <Card title={t("requestsTitle")}>
          <DataTable
            caption={t("requestsTitle")}
            captionHidden
            rows={requests}
            rowKey={(request) => request.organisationId}
            page={{ cursor: 0, nextCursor: null, total: requests.length, limit: Math.max(requests.length, 1) }}
            href={href}
            labels={labels}
            linkComponent={Link}
            empty={<EmptyState title={t("requestsEmpty")} />}
            columns={[
              { id: "organisation", header: t("confirmation"), rowHeader: true, cell: (request) => request.organisationName },
              { id: "by", header: t("requestedBy"), cell: (request) => request.requestedByName ?? request.requestedByEmail ?? "–" },
              {
                id: "at",
                header: t("requestedAt"),
                cell: (request) =>
                  request.requestedAt ? format.dateTime(request.requestedAt, { dateStyle: "medium", timeStyle: "short" }) : "–",
              },
              {
                id: "action",
                header: t("anonymise"),
                headerHidden: true,
                cell: (request) => (
                  <AnonymiseOrganisationForm organisationId={request.organisationId} organisationName={request.organisationName} />
                ),
              },
            ]}
          />
        </Card>
        <Card title={t("ledgerTitle")}>
          <AdminSearch value={search} />
          <ConsentLedgerTable
            entries={ledger.items}
            caption={t("ledgerTitle")}
            withOrganisation
            page={{ cursor, nextCursor: ledger.nextCursor, total: ledger.total, limit: LIST_PAGE_SIZE }}
            href={href}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
