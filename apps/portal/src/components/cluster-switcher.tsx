"use client";

import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { usePathname, useRouter } from "~/i18n/navigation";

/** For people with roles in several clusters: switches the cluster in the current URL. */
export function ClusterSwitcher({ clusters }: { clusters: { slug: string; name: string }[] }) {
  const t = useTranslations("nav");
  const params = useParams<{ cluster?: string }>();
  const pathname = usePathname();
  const router = useRouter();
  const current = params.cluster ?? clusters[0]?.slug ?? "";
  if (clusters.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span>{t("clusterSwitcher")}</span>
      <select
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          const inCluster = params.cluster ? pathname.replace(`/c/${params.cluster}`, `/c/${next}`) : `/c/${next}/directory`;
          router.push(inCluster);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        data-testid="cluster-switcher"
      >
        {clusters.map((cluster) => (
          <option key={cluster.slug} value={cluster.slug}>
            {cluster.name}
          </option>
        ))}
      </select>
    </label>
  );
}
