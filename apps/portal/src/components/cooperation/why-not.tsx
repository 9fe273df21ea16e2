import { Button, Notice } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";
import type { api } from "~/trpc/server";
import { FactorBars } from "./profile-matches";

type Caller = Awaited<ReturnType<typeof api>>;
type WhyNot = Awaited<ReturnType<Caller["matchmaking"]["whyNot"]>>;

/**
 * "Why (not)" for another organisation's profile (DOMAIN.md §5.3): the reader picks one of their own
 * profiles (a GET form, so the answer is a page like any other) and reads the first exclusion reason or
 * each factor's points.
 */
export async function WhyNotPanel({
  ownProfiles,
  selected,
  answer,
}: {
  ownProfiles: { id: string; title: string }[];
  selected: string | undefined;
  answer: WhyNot | null;
}) {
  const t = await getTranslations("cooperation.matches");
  if (ownProfiles.length === 0) return <p className="text-sm text-slate-700">{t("whyNotNoProfile")}</p>;
  return (
    <div className="space-y-4" data-testid="why-not">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="for" className="block text-sm font-medium text-slate-800">
            {t("whyNotFor")}
          </label>
          <select
            id="for"
            name="for"
            defaultValue={selected ?? ownProfiles[0]?.id}
            className="block rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            {ownProfiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.title}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("whyNotAsk")}
        </Button>
      </form>
      {answer ? (
        answer.explanation.eligible ? (
          <div>
            <Notice tone="success">{t("eligible", { score: answer.explanation.score })}</Notice>
            <div className="mt-3">
              <FactorBars factors={answer.explanation.factors} contributions={answer.explanation.contributions} />
            </div>
          </div>
        ) : (
          <Notice tone="info" testId="why-not-reason">
            {t(`reasons.${answer.explanation.reason}`)}
          </Notice>
        )
      ) : null}
    </div>
  );
}
