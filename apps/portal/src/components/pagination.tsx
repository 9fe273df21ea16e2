import { getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

/** Previous/next links that keep the other search parameters; the cursor is an offset. */
export async function Pagination({
  pathname,
  params,
  cursor,
  nextCursor,
  limit,
  shown,
  total,
}: {
  pathname: string;
  params: Record<string, string | undefined>;
  cursor: number;
  nextCursor: number | null;
  limit: number;
  shown: number;
  total: number;
}) {
  const t = await getTranslations("pagination");
  const href = (target: number) => {
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries(params)) if (value) query[key] = value;
    if (target > 0) query.cursor = String(target);
    return { pathname, query };
  };
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between text-sm">
      <span className="text-slate-700">{total > 0 ? t("page", { from: cursor + 1, to: cursor + shown, total }) : null}</span>
      <span className="flex gap-2">
        {cursor > 0 ? (
          <Link
            rel="prev"
            href={href(Math.max(0, cursor - limit))}
            className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
          >
            {t("previous")}
          </Link>
        ) : null}
        {nextCursor !== null ? (
          <Link rel="next" href={href(nextCursor)} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
            {t("next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
