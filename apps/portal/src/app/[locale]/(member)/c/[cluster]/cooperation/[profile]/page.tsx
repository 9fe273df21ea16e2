import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { monthsFromToday } from "~/components/cooperation/profile-defaults";
import { ProfileActions } from "~/components/cooperation/profile-actions";
import { ProfileDetails } from "~/components/cooperation/profile-details";
import { ProfileForm } from "~/components/cooperation/profile-form";
import { ProfileMatches } from "~/components/cooperation/profile-matches";
import { WhyNotPanel } from "~/components/cooperation/why-not";
import { firstParam, type SearchParams } from "~/lib/list-params";
import { profileStatusTone } from "~/components/cooperation/profiles-table";
import { memberAreaCluster } from "~/server/cluster-area";
import { guarded } from "~/server/guard";
import { memberOrganisationIn } from "~/server/member-organisation";
import { api } from "~/trpc/server";
import { ClientMessages } from "~/i18n/client-messages";

/**
 * One cooperation profile: its owner edits, publishes, closes or renews it and reads its ranked matches;
 * others read it and ask why it is (not) matched with one of their own profiles (DOMAIN.md §5.1–5.3).
 */
export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; cluster: string; profile: string }>;
  searchParams: SearchParams;
}) {
  const { locale, cluster: slug, profile: profileId } = await params;
  const forProfile = firstParam((await searchParams).for);
  setRequestLocale(locale);
  const [t, cluster, caller] = await Promise.all([getTranslations("cooperation"), memberAreaCluster(slug), api()]);
  const organisation = await memberOrganisationIn(cluster.id);
  if (!organisation) return <EmptyState title={t("notMember")} />;
  const scope = { clusterId: cluster.id, organisationId: organisation.organisationId };
  const { profile, own } = await guarded(() => caller.cooperation.get({ ...scope, profileId }));
  const matches = own ? await guarded(() => caller.matchmaking.matches({ ...scope, profileId: profile.id })) : null;
  const ownPublished = own
    ? []
    : (await guarded(() => caller.cooperation.mine({ ...scope, status: "published", limit: 100 }))).items.map(({ id, title }) => ({
        id,
        title,
      }));
  const whyNot =
    !own && forProfile && ownPublished.some((mine) => mine.id === forProfile)
      ? await guarded(() => caller.matchmaking.whyNot({ ...scope, profileId: forProfile, candidateId: profile.id }))
      : null;
  return (
    <ClientMessages namespaces={["cooperation", "serverErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={profile.title}
          description={own ? t("ownLead") : t("otherLead", { organisation: profile.organisationName, cluster: profile.clusterName })}
          actions={<Badge tone={profileStatusTone[profile.status]}>{t(`statuses.${profile.status}`)}</Badge>}
        />
        <Card>
          <ProfileDetails profile={profile} />
        </Card>
        {matches ? (
          <Card title={t("matches.title")}>
            <ProfileMatches slug={slug} locale={locale} list={matches} scope={scope} profileId={profile.id} />
          </Card>
        ) : (
          <Card title={t("matches.whyNotTitle")}>
            <WhyNotPanel ownProfiles={ownPublished} selected={forProfile} answer={whyNot} />
          </Card>
        )}
        {own ? (
          <Card title={t("manage")}>
            <ProfileActions scope={scope} profileId={profile.id} status={profile.status} renewDefault={monthsFromToday(12)} />
          </Card>
        ) : null}
        {own && profile.status !== "closed" ? (
          <Card title={t("edit")}>
            <ProfileForm
              clusterId={cluster.id}
              clusterSlug={slug}
              organisationId={organisation.organisationId}
              profileId={profile.id}
              initial={{ ...profile, description: profile.description }}
            />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
