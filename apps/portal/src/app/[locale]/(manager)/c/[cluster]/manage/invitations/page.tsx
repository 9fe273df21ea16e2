import { invitationSortKeys } from "@clusterwerk/validators";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getDataTableLabels } from "~/components/data-table-labels";
import { InviteForm } from "~/components/forms/invite-form";
import { RevokeInvitationButton } from "~/components/forms/revoke-invitation-button";
import { LIST_PAGE_SIZE, listHref, readListParams, type SearchParams } from "~/lib/list-params";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const stateTone = {
  awaitingConfirmation: "amber",
  pending: "brand",
  accepted: "green",
  expired: "amber",
  revoked: "slate",
  declined: "red",
} as const;

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  const { cursor, sort, direction } = readListParams(await searchParams, invitationSortKeys);
  const [t, format, labels, cluster, caller] = await Promise.all([
    getTranslations("invitations"),
    getFormatter(),
    getDataTableLabels(),
    managerAreaCluster(slug),
    api(),
  ]);
  const [organisations, page] = await guarded(() =>
    Promise.all([
      caller.invitation.organisations({ clusterId: cluster.id }),
      caller.invitation.list({ clusterId: cluster.id, cursor, limit: LIST_PAGE_SIZE, sort, direction }),
    ]),
  );
  return (
    <ClientMessages namespaces={["invitations", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
        <Card title={t("newTitle")}>
          <InviteForm clusterId={cluster.id} organisations={organisations} />
        </Card>
        <Card title={t("listTitle")}>
          <DataTable
            caption={t("listTitle")}
            captionHidden
            rows={page.items}
            rowKey={(invitation) => invitation.id}
            page={{ cursor, nextCursor: page.nextCursor, total: page.total, limit: LIST_PAGE_SIZE }}
            sort={{ sort: sort ?? "createdAt", direction: direction ?? "desc" }}
            href={listHref(locale, `/c/${slug}/manage/invitations`, {})}
            labels={labels}
            linkComponent={Link}
            bodyTestId="invitation-rows"
            empty={<EmptyState title={t("empty")} />}
            columns={[
              { id: "email", header: t("email"), sortKey: "email", cell: (invitation) => invitation.email },
              {
                id: "organisation",
                header: t("organisation"),
                sortKey: "organisation",
                cell: (invitation) => invitation.organisationName ?? "–",
              },
              {
                id: "state",
                header: t("state"),
                cell: (invitation) => <Badge tone={stateTone[invitation.state]}>{t(`states.${invitation.state}`)}</Badge>,
              },
              {
                id: "created",
                header: t("created"),
                sortKey: "createdAt",
                cell: (invitation) => format.dateTime(invitation.createdAt, { dateStyle: "medium" }),
              },
              {
                id: "revoke",
                header: t("revoke"),
                headerHidden: true,
                cell: (invitation) =>
                  invitation.state === "pending" || invitation.state === "awaitingConfirmation" ? (
                    <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
                  ) : null,
              },
            ]}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
