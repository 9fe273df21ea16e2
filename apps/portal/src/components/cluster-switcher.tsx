"use client";

import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { usePathname, useRouter } from "~/i18n/navigation";
import { HeaderSelect } from "./header-select";

/** For people with roles in several clusters: switches the cluster in the current URL. */
export function ClusterSwitcher({ clusters }: { clusters: { slug: string; name: string }[] }) {
  const t = useTranslations("nav");
  const params = useParams<{ cluster?: string }>();
  const pathname = usePathname();
  const router = useRouter();
  const current = params.cluster ?? clusters[0]?.slug ?? "";
  if (clusters.length < 2) return null;
  return (
    <HeaderSelect
      label={t("clusterSwitcher")}
      value={current}
      options={clusters.map((cluster) => ({ value: cluster.slug, label: cluster.name }))}
      onChange={(next) => router.push(params.cluster ? pathname.replace(`/c/${params.cluster}`, `/c/${next}`) : `/c/${next}/directory`)}
      testId="cluster-switcher"
    />
  );
}
