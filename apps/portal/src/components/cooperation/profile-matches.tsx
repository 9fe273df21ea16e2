import { Badge, EmptyState } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import type { api } from "~/trpc/server";
import { InterestControl } from "./interest-control";
import { MeetingRequestForm } from "./meeting-request-form";

type Caller = Awaited<ReturnType<typeof api>>;
type MatchList = Awaited<ReturnType<Caller["matchmaking"]["matches"]>>;
export type MatchExplanation = MatchList["matches"][number];

/**
 * One bar per factor, in the engine's output order: its value in [0, 1] as the bar's length, its points in
 * the score as the number (DOMAIN.md §5.3).
 */
export async function FactorBars({ factors, contributions }: { factors: Record<string, number>; contributions: Record<string, number> }) {
  const t = await getTranslations("cooperation.matches");
  return (
    <dl className="grid gap-1 text-xs sm:grid-cols-[10rem_1fr_4rem]">
      {Object.entries(factors).map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="text-slate-700">{t(`factors.${name}`)}</dt>
          <dd aria-hidden className="flex items-center">
            <span className="h-2 rounded bg-brand-600" style={{ width: `${Math.round(value * 100)}%` }} />
          </dd>
          <dd className="text-right tabular-nums text-slate-800">{t("points", { points: contributions[name] ?? 0 })}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Ranked matches of an own profile, each explained (factor bars, matched tags in the reader's language, shared
 * terms), each with the interest either side expressed (mutual interest highlighted) and a meeting request (§5.4).
 */
export async function ProfileMatches({
  slug,
  locale,
  list,
  scope,
  profileId,
}: {
  slug: string;
  locale: string;
  list: MatchList;
  scope: { clusterId: string; organisationId: string };
  profileId: string;
}) {
  const t = await getTranslations("cooperation.matches");
  const tc = await getTranslations("cooperation");
  if (list.blocked) return <EmptyState title={t(`blocked.${list.blocked}`)} />;
  if (list.matches.length === 0) return <EmptyState title={t("none")}>{t("noneHint")}</EmptyState>;
  const lang = locale === "en" ? "en" : "de";
  return (
    <ol className="space-y-4" data-testid="matches">
      {list.matches.map((match, rank) => (
        <li
          key={match.profile}
          className={
            match.interest.sent && match.interest.received
              ? "rounded-md border-2 border-green-600 bg-green-50 p-4"
              : "rounded-md border border-slate-200 p-4"
          }
          data-testid="match"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <div>
              <span className="mr-2 text-sm text-slate-600">{rank + 1}.</span>
              <Link href={`/c/${slug}/cooperation/${match.profile}`} className="font-medium text-brand-800 hover:underline">
                {match.title}
              </Link>
              <span className="ml-2 text-sm text-slate-700">
                {match.organisationName} ({match.clusterName}) · {tc(`types.${match.type}`)}
              </span>
            </div>
            <Badge tone="brand">{t("score", { score: match.score })}</Badge>
          </div>
          {match.typeWeight < 1 ? <p className="mt-1 text-xs text-slate-700">{t("halfWeight")}</p> : null}
          <div className="mt-3">
            <FactorBars factors={match.factors} contributions={match.contributions} />
          </div>
          <p className="mt-2 text-sm text-slate-800">
            <span className="font-medium">{t("matchedTags")}:</span>{" "}
            {match.matchedTags.length > 0 ? match.matchedTags.map((tag) => tag.label[lang]).join(", ") : "–"}
          </p>
          <p className="text-sm text-slate-800">
            <span className="font-medium">{t("sharedTerms")}:</span> {match.sharedTerms.length > 0 ? match.sharedTerms.join(", ") : "–"}
          </p>
          <div className="mt-3">
            <InterestControl
              scope={scope}
              profileId={profileId}
              targetProfileId={match.profile}
              organisationName={match.organisationName}
              interest={match.interest}
            />
          </div>
          <div className="mt-3">
            <MeetingRequestForm scope={scope} profileId={profileId} targetProfileId={match.profile} idPrefix={`meeting-${rank + 1}`} />
          </div>
        </li>
      ))}
    </ol>
  );
}
