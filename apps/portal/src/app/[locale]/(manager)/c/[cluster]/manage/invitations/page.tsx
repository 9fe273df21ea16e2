import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Forbidden } from "~/components/forbidden";
import { InviteForm } from "~/components/forms/invite-form";
import { RevokeInvitationButton } from "~/components/forms/revoke-invitation-button";
import { Pagination } from "~/components/pagination";
import { LIST_PAGE_SIZE, readListParams, type SearchParams } from "~/lib/list-params";
import { clusterFromParam } from "~/server/cluster-param";
import { guarded, requireViewer } from "~/server/guard";
import { api } from "~/trpc/server";
const stateTone = { pending: "brand", accepted: "green", expired: "amber", revoked: "slate" } as const;

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug } = await params;
  setRequestLocale(locale);
  await requireViewer();
  const { cursor } = readListParams(await searchParams);
  const [t, format, cluster, caller] = await Promise.all([getTranslations("invitations"), getFormatter(), clusterFromParam(slug), api()]);
  const result = await guarded(() =>
    Promise.all([
      caller.invitation.organisations({ clusterId: cluster.id }),
      caller.invitation.list({ clusterId: cluster.id, cursor, limit: LIST_PAGE_SIZE }),
    ]),
  );
  if (!result.ok) return <Forbidden />;
  const [organisations, page] = result.data;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("lead", { cluster: cluster.name })} />
      <Card title={t("newTitle")}>
        <InviteForm clusterId={cluster.id} organisations={organisations} />
      </Card>
      <Card title={t("listTitle")}>
        {page.items.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("email")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("organisation")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("state")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("created")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">{t("revoke")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="invitation-rows">
              {page.items.map((invitation) => (
                <tr key={invitation.id}>
                  <td className="py-2 pr-4">{invitation.email}</td>
                  <td className="py-2 pr-4">{invitation.organisationName ?? "–"}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={stateTone[invitation.state]}>{t(`states.${invitation.state}`)}</Badge>
                  </td>
                  <td className="py-2 pr-4">{format.dateTime(invitation.createdAt, { dateStyle: "medium" })}</td>
                  <td className="py-2">
                    {invitation.state === "pending" ? (
                      <RevokeInvitationButton clusterId={cluster.id} invitationId={invitation.id} email={invitation.email} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          pathname={`/c/${slug}/manage/invitations`}
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
