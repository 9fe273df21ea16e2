import { sectorLabel } from "~/lib/sector-label";
import { Badge, Card } from "@clusterwerk/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { api } from "~/trpc/server";
import { getViewer } from "~/server/viewer";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const tc = await getTranslations("cluster");
  const [viewer, caller] = await Promise.all([getViewer(), api()]);
  const clusters = await caller.cluster.list({ limit: 12 });
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-br from-brand-900 to-brand-700 px-8 py-10 text-white">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-brand-50">{t("lead")}</p>
        {viewer ? (
          <p className="mt-6">
            <Link href="/dashboard" className="rounded-md bg-white px-4 py-2 font-medium text-brand-900">
              {t("toDashboard")}
            </Link>
          </p>
        ) : null}
      </section>
      <Card title={t("clustersTitle")}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {clusters.items.map((cluster) => (
            <li key={cluster.id} className="rounded-md border border-slate-200 p-4">
              <Link href={`/clusters/${cluster.slug}`} className="font-semibold text-brand-800 hover:underline">
                {cluster.name}
              </Link>
              <p className="text-sm text-slate-700">
                {cluster.city}, {cluster.country} · {tc("memberCount", { count: cluster.memberCount })}
              </p>
              <Badge>{sectorLabel(cluster.sectorField, locale)}</Badge>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
