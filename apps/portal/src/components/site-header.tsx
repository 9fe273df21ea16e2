import { signOut } from "@clusterwerk/auth";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { actingRole } from "~/lib/acting-organisation";
import { chosenOrganisationId, memberRolesOf } from "~/server/member-organisation";
import { getViewer, viewerClusters } from "~/server/viewer";
import { api } from "~/trpc/server";
import { ClusterSwitcher } from "./cluster-switcher";
import { LanguageSwitch } from "./language-switch";
import { OrganisationSwitcher } from "./organisation-switcher";

/** Header with navigation for the viewer's roles only (the server still checks every page). */
export async function SiteHeader() {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  const viewer = await getViewer();
  const clusters = viewer ? viewerClusters(viewer) : [];
  const unread = viewer ? await (await api()).notification.unreadCount() : 0;
  const memberRoles = viewer ? memberRolesOf(viewer) : [];
  const organisation = actingRole(memberRoles, await chosenOrganisationId());
  const organisations = [...new Map(memberRoles.map((role) => [role.organisationId, role.organisationName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const links: { href: string; label: string }[] = [{ href: "/clusters", label: t("clusters") }];
  links.push({ href: "/labels", label: t("labelRegistry") });
  if (viewer) {
    links.unshift({ href: "/dashboard", label: t("dashboard") });
    const firstCluster = clusters[0];
    if (firstCluster) links.push({ href: `/c/${firstCluster.slug}/directory`, label: t("directory") });
    if (firstCluster) links.push({ href: `/c/${firstCluster.slug}/services`, label: t("services") });
    if (firstCluster) links.push({ href: `/c/${firstCluster.slug}/events`, label: t("events") });
    if (organisation) {
      links.push(
        { href: `/organisation/${organisation.organisationId}`, label: t("organisation") },
        { href: `/c/${organisation.clusterSlug}/needs`, label: t("needs") },
        { href: `/c/${organisation.clusterSlug}/cooperation`, label: t("cooperation") },
        { href: `/c/${organisation.clusterSlug}/cooperation/meetings`, label: t("meetings") },
        { href: `/c/${organisation.clusterSlug}/campaigns`, label: t("campaigns") },
        { href: "/my-events", label: t("myEvents") },
      );
    }
    const managed = clusters.find((cluster) => cluster.manager);
    if (managed) links.push({ href: `/c/${managed.slug}/manage`, label: t("cockpit") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/invitations`, label: t("invitations") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/members`, label: t("members") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/reach`, label: t("reach") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/partnerships`, label: t("partnerships") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/matching-weights`, label: t("matchingWeights") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/prospects`, label: t("prospects") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/needs`, label: t("needsRegister") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/campaigns`, label: t("manageCampaigns") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/services`, label: t("manageServices") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/events`, label: t("manageEvents") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/needs/analysis`, label: t("needsAnalysis") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/benchmarking`, label: t("manageBenchmarking") });
    if (managed) links.push({ href: `/c/${managed.slug}/manage/labels`, label: t("clusterLabels") });
    if (viewer.roles.some((role) => role.kind === "assessor")) links.push({ href: "/assessor", label: t("assessor") });
    if (viewer.roles.some((role) => role.kind === "assessor")) links.push({ href: "/assessor/benchmarking", label: t("reviewQueue") });
    if (viewer.roles.some((role) => role.kind === "assessor")) links.push({ href: "/assessor/labels", label: t("assessorLabels") });
    if (viewer.roles.some((role) => role.kind === "admin")) {
      links.push(
        { href: "/admin/outbox", label: t("outbox") },
        { href: "/admin/accounts", label: t("accounts") },
        { href: "/admin/clusters", label: t("adminClusters") },
        { href: "/admin/confirmations", label: t("confirmations") },
        { href: "/admin/data-rights", label: t("dataRights") },
      );
    }
    links.push({ href: "/my-data", label: t("myData") });
  }
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          Clusterwerk
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <ClusterSwitcher clusters={clusters} />
          {organisation ? <OrganisationSwitcher organisations={organisations} current={organisation.organisationId} /> : null}
          <LanguageSwitch />
          {viewer ? (
            <Link
              href="/notifications"
              className="relative rounded-md px-3 py-1 text-sm text-slate-700 hover:bg-slate-100"
              data-testid="notifications-link"
            >
              {t("notifications")}
              {unread > 0 ? (
                <>
                  <span className="ml-1 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-medium text-white" data-testid="unread-count">
                    {unread}
                  </span>
                  <span className="sr-only">{t("unreadSuffix")}</span>
                </>
              ) : null}
            </Link>
          ) : null}
          {viewer ? (
            <Link href="/account/password" className="rounded-md px-3 py-1 text-sm text-slate-700 hover:bg-slate-100">
              {t("changePassword")}
            </Link>
          ) : null}
          {viewer ? (
            <form
              action={async () => {
                "use server";
                await signOut({ redirectTo: `/${locale}` });
              }}
            >
              <button type="submit" className="rounded-md px-3 py-1 text-sm text-slate-700 hover:bg-slate-100" data-testid="sign-out">
                {t("signOut")}
              </button>
            </form>
          ) : (
            <Link href="/sign-in" className="rounded-md bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("main")} className="mx-auto max-w-6xl px-4 pb-2">
        <ul className="flex flex-wrap gap-1 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="block rounded px-2 py-1 text-slate-800 hover:bg-slate-100">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
