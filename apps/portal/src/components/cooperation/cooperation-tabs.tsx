import { getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

const tabs = ["mine", "browse", "meetings"] as const;
const paths = { mine: "", browse: "/browse", meetings: "/meetings" } as const;

/** The lists of the matchmaking area: the organisation's own profiles, the others' it may be matched with, and its meetings (§5.4). */
export async function CooperationTabs({ slug, current }: { slug: string; current: (typeof tabs)[number] }) {
  const t = await getTranslations("cooperation.tabs");
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-4 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab}
          href={`/c/${slug}/cooperation${paths[tab]}`}
          aria-current={tab === current ? "page" : undefined}
          className={tab === current ? "border-b-2 border-brand-700 pb-2 font-medium text-brand-900" : "pb-2 text-slate-700"}
        >
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
