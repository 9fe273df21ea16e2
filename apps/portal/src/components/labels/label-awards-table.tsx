import type { RouterOutputs } from "@clusterwerk/api";
import { Badge, EmptyState, linkTarget } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

type Award = RouterOutputs["label"]["clusterLabels"]["awards"][number];

const tone = { awarded: "green", awaiting_confirmation: "amber", superseded: "slate", expired: "red" } as const;

/** Where an award stands today: a stored status, or `expired` once an award in effect is past its validity. */
export function awardStatus(award: Pick<Award, "status" | "validUntil">, today: string): keyof typeof tone {
  return award.status === "awarded" && award.validUntil < today ? "expired" : award.status;
}

/**
 * A cluster's awards, superseded ones included (they stay visible, §6.3), with certificate downloads in
 * German and English for awards in effect; `actions` adds the assessor's buttons per row.
 */
export async function LabelAwardsTable({
  awards,
  today,
  actions,
}: {
  awards: readonly Award[];
  today: string;
  actions?: (award: Award) => ReactNode;
}) {
  const t = await getTranslations("labels");
  if (awards.length === 0) return <EmptyState title={t("assess.historyEmpty")} />;
  return (
    <div className="overflow-x-auto" role="region" aria-label={t("assess.history")} tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="label-awards">
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("assess.level")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("assess.status")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("assess.validFrom")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("assess.validUntil")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("assess.awardedBy")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("assess.confirmedBy")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("assess.certificate")}
            </th>
            {actions ? (
              <th scope="col" className="py-2">
                {t("assess.actions")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {awards.map((award) => {
            const status = awardStatus(award, today);
            return (
              <tr key={award.id} className="border-b border-slate-100 align-top" data-testid={`award-${award.level}-${award.status}`}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {t(`levels.${award.level}`)}
                  <p className="font-normal text-slate-600">{award.rationale}</p>
                </th>
                <td className="py-2 pr-3">
                  <Badge tone={tone[status]}>{t(`statuses.${status}`)}</Badge>
                </td>
                <td className="py-2 pr-3">{award.validFrom}</td>
                <td className="py-2 pr-3">{award.validUntil}</td>
                <td className="py-2 pr-3">{award.awardedByName}</td>
                <td className="py-2 pr-3">{award.confirmedByName ?? "–"}</td>
                <td className="py-2 pr-3">
                  {award.certificateNumber && award.status === "awarded" ? (
                    <span className="flex flex-col gap-1">
                      <span>{award.certificateNumber}</span>
                      {(["de", "en"] as const).map((locale) => (
                        <a
                          key={locale}
                          href={`/api/labels/${award.id}/certificate?locale=${locale}`}
                          className={`${linkTarget} text-brand-800 hover:underline`}
                          data-testid={`certificate-${locale}`}
                        >
                          {t("assess.download", { locale: locale.toUpperCase() })}
                        </a>
                      ))}
                    </span>
                  ) : (
                    (award.certificateNumber ?? "–")
                  )}
                </td>
                {actions ? <td className="py-2">{actions(award)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
