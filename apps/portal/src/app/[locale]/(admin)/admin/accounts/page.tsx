import type { RouterOutputs } from "@clusterwerk/api";
import { accountSortKeys } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminSearch } from "~/components/admin-search";
import { getDataTableLabels } from "~/components/data-table-labels";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";

type AccountStatus = RouterOutputs["admin"]["users"]["items"][number]["status"];

/** The badge colour of each account status (`accountStatus`, packages/db): deleted and blocked accounts stand apart from live ones. */
const statusTone = { active: "green", invited: "amber", disabled: "red", anonymised: "slate" } as const satisfies Record<
  AccountStatus,
  string
>;

export default async function AccountsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { search, cursor, sort, direction } = readListParams(await searchParams, accountSortKeys);
  const [t, labels, caller] = await Promise.all([getTranslations("admin"), getDataTableLabels(), api()]);
  const page = await guarded(() => caller.admin.users({ search: search || undefined, cursor, limit: LIST_PAGE_SIZE, sort, direction }));
  return (
    <div>
      <PageHeader title={t("accountsTitle")} />
      <Card>
        <AdminSearch value={search} />
        <DataTable
          caption={t("accountsTitle")}
          captionHidden
          rows={page.items}
          rowKey={(user) => user.id}
          page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
          sort={{ sort: sort ?? "email", direction: direction ?? "asc" }}
          href={listHref(locale, "/admin/accounts", { q: search || undefined })}
          labels={labels}
          linkComponent={Link}
          empty={<EmptyState title={t("accountsEmpty")} />}
          columns={[
            { id: "email", header: t("email"), sortKey: "email", cell: (user) => user.email },
            { id: "name", header: t("name"), sortKey: "name", cell: (user) => user.name ?? "–" },
            {
              id: "status",
              header: t("status"),
              cell: (user) => <Badge tone={statusTone[user.status]}>{t(user.status)}</Badge>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
