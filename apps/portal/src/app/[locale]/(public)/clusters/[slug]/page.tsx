import { sectorLabel } from "~/lib/sector-label";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { Badge, Card, EmptyState, PageHeader } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicClusterProfile } from "~/server/public-cluster";

export default async function ClusterProfilePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("cluster");
  const tn = await getTranslations("nav");
  const tcat = await getTranslations("categories");
  const cluster = await publicClusterProfile(slug);
  const description = locale === "en" ? (cluster.descriptionEn ?? cluster.descriptionDe) : (cluster.descriptionDe ?? cluster.descriptionEn);
  const mix = memberCategories
    .map((category) => ({ category, count: cluster.categoryMix.find((row) => row.category === category)?.count ?? 0 }))
    .filter((row) => row.count > 0);
  const max = Math.max(1, ...mix.map((row) => row.count));
  return (
    <div className="space-y-6">
      <PageHeader
        title={cluster.name}
        description={description ?? undefined}
        actions={cluster.isDemo ? <Badge tone="amber">{tn("demo")}</Badge> : undefined}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
            <dt className="text-slate-600">{t("management")}</dt>
            <dd>{cluster.managementOrganisation}</dd>
            <dt className="text-slate-600">{t("sector")}</dt>
            <dd>{sectorLabel(cluster.sectorField, locale)}</dd>
            <dt className="text-slate-600">{t("radius")}</dt>
            <dd>{t("radiusValue", { km: cluster.radiusKm })}</dd>
            <dt className="text-slate-600">{t("founded")}</dt>
            <dd>{cluster.founded ?? "–"}</dd>
            <dt className="text-slate-600">{t("legalForm")}</dt>
            <dd>{cluster.legalForm ?? "–"}</dd>
            <dt className="text-slate-600">{t("members")}</dt>
            <dd data-testid="member-count">{cluster.memberCount}</dd>
            <dt className="text-slate-600">{t("website")}</dt>
            <dd>
              {cluster.website ? (
                <a className="text-brand-800 underline" href={cluster.website} rel="noopener noreferrer">
                  {cluster.website}
                </a>
              ) : (
                "–"
              )}
            </dd>
          </dl>
        </Card>
        <Card title={t("mix")}>
          {mix.length === 0 ? (
            <EmptyState title={t("noMembers")} />
          ) : (
            <ul className="space-y-2 text-sm">
              {mix.map((row) => (
                <li key={row.category}>
                  <div className="flex justify-between">
                    <span>{tcat(row.category)}</span>
                    <span>{row.count}</span>
                  </div>
                  <div className="h-2 rounded bg-slate-100" aria-hidden>
                    <div className="h-2 rounded bg-brand-700" style={{ width: `${(100 * row.count) / max}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
