import { Button } from "@clusterwerk/ui";
import { SEARCH_TERM_MAX_LENGTH } from "@clusterwerk/validators";
import { getTranslations } from "next-intl/server";

export async function AdminSearch({ value }: { value: string }) {
  const t = await getTranslations("directory");
  return (
    <form method="get" role="search" className="mb-4 flex items-end gap-3">
      <div className="flex-1">
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          {t("search")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={value}
          maxLength={SEARCH_TERM_MAX_LENGTH}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </div>
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
