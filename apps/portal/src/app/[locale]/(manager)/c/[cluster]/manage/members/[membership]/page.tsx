import { commitmentCriteriaKeys } from "@clusterwerk/validators";
import { calendarDayOf } from "@clusterwerk/api";
import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { EndMembershipForm } from "~/components/members/end-membership-form";
import { MembershipTermsForm } from "~/components/members/membership-terms-form";
import { getPathname } from "~/i18n/navigation";
import { managerAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One membership for the cluster's managers: its terms, ending it (with confirmation) and its history. */
export default async function MembershipPage({ params }: { params: Promise<{ locale: string; cluster: string; membership: string }> }) {
  const { locale, cluster: slug, membership: membershipId } = await params;
  setRequestLocale(locale);
  if (!uuidPattern.test(membershipId)) notFound();
  const [t, format, cluster, caller] = await Promise.all([getTranslations("members"), getFormatter(), managerAreaCluster(slug), api()]);
  const [membership, history] = await Promise.all([
    guarded(() => caller.membership.get({ membershipId })),
    guarded(() => caller.membership.history({ membershipId })),
  ]);
  // A manager of two clusters reaches the other's membership only under its own cluster's address.
  if (membership.clusterId !== cluster.id) notFound();
  const day = (value: string | null) => (value ? format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" }) : "–");
  const describe = (
    snapshot: { status: string; joinedOn: string | null; leftOn: string | null } & Record<(typeof commitmentCriteriaKeys)[number], boolean>,
  ) => {
    const met = commitmentCriteriaKeys.filter((key) => snapshot[key]).map((key) => t(`criteria.short.${key}`));
    return t("history.snapshot", {
      status: t(`statuses.${snapshot.status}`),
      joined: day(snapshot.joinedOn),
      left: day(snapshot.leftOn),
      criteria: met.length > 0 ? met.join(", ") : t("history.noCriteria"),
    });
  };
  return (
    <ClientMessages namespaces={["members", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={membership.organisationName}
          description={t("detail.lead", { cluster: cluster.name })}
          actions={
            <Link
              href={getPathname({ locale, href: `/c/${slug}/manage/members` })}
              className="text-sm font-medium text-brand-800 hover:underline"
            >
              {t("backToList")}
            </Link>
          }
        />
        <Card title={t("detail.terms")}>
          <p className="mb-3 text-sm text-slate-700" data-testid="membership-status">
            {t("status")}:{" "}
            <Badge tone={membership.status === "active" ? "green" : membership.status === "left" ? "slate" : "amber"}>
              {t(`statuses.${membership.status}`)}
            </Badge>
            {membership.leftOn ? ` · ${t("leftOn")}: ${day(membership.leftOn)}` : null}
          </p>
          <MembershipTermsForm
            key={`${membership.status}-${membership.joinedOn}-${membership.leftOn}`}
            membershipId={membership.id}
            defaults={{
              status: membership.status === "applicant" ? "applicant" : "active",
              joinedOn: membership.joinedOn ?? "",
              agreementSigned: membership.agreementSigned,
              paysFee: membership.paysFee,
              contributesActively: membership.contributesActively,
            }}
          />
          {membership.status === "left" ? <p className="mt-3 text-xs text-slate-600">{t("detail.reactivateHint")}</p> : null}
        </Card>
        {membership.status !== "left" ? (
          <Card title={t("end.title")}>
            <p className="mb-3 text-sm text-slate-700">{t("end.lead")}</p>
            <EndMembershipForm
              membershipId={membership.id}
              organisationName={membership.organisationName}
              today={calendarDayOf(new Date())}
            />
          </Card>
        ) : null}
        <Card title={t("history.title")}>
          {history.length === 0 ? (
            <EmptyState title={t("history.empty")} />
          ) : (
            <ol className="space-y-2 text-sm" data-testid="membership-history">
              {history.map((change) => (
                <li key={change.id} className="rounded-md border border-slate-200 p-2">
                  <p className="font-medium text-slate-900">
                    {t(`history.actions.${change.action === "added" || change.action === "ended" ? change.action : "updated"}`)} ·{" "}
                    {format.dateTime(change.at, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                    {change.changedByName ?? t("history.unknownUser")}
                  </p>
                  <p className="text-slate-700">{describe(change.after)}</p>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
