import type { RouterOutputs } from "@clusterwerk/api";
import { Badge } from "@clusterwerk/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatIndicatorValue, type ReportTranslate as Translate } from "~/lib/indicator-value-text";

type Detail = RouterOutputs["benchmarking"]["get"];
export type IndicatorRow = Detail["indicators"][number];

/** A value as the rows show it (the report's formatter, by the catalogue's unit), or "no value". */
function shownValue(indicator: IndicatorRow, value: IndicatorRow["value"], t: Translate, valueText: Translate, locale: string): string {
  return value === null ? t("noValue") : formatIndicatorValue(indicator, value, valueText, locale);
}

/**
 * Every indicator of a benchmarking, area by area: value, where it comes from (the source sentence, or
 * "not available"), the manager's note, the assessor's correction (before, note, who, when) and the
 * evidence; `editor` adds a form per row where the viewer may change it.
 */
export async function IndicatorRows({
  detail,
  locale,
  editor,
}: {
  detail: Detail;
  locale: string;
  editor?: (indicator: IndicatorRow) => ReactNode;
}) {
  const [t, valueText] = await Promise.all([getTranslations("benchmarking"), getTranslations("benchmarkReport")]);
  const lang = locale === "en" ? "en" : "de";
  const areas = [...new Set(detail.indicators.map((indicator) => indicator.area))];
  const text = (key: string) => t(key);
  const values = (key: string, params?: Record<string, string | number>) => valueText(key as never, params as never);
  return (
    <div className="space-y-8">
      {areas.map((area) => (
        <section key={area} aria-labelledby={`area-${area}`} className="space-y-3">
          <h2 id={`area-${area}`} className="text-lg font-semibold">
            {t(`areas.${area}`)}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {detail.indicators
              .filter((indicator) => indicator.area === area)
              .map((indicator) => (
                <li key={indicator.id} className="grid gap-3 p-4 md:grid-cols-[1fr_18rem]" data-testid={`indicator-${indicator.id}`}>
                  <div className="space-y-1 text-sm">
                    <p className="font-medium">
                      {indicator.id} {indicator.name[lang]}{" "}
                      <Badge tone={indicator.source === "derived" ? "brand" : "slate"}>{t(`origins.${indicator.source}`)}</Badge>
                    </p>
                    <p>
                      {t("valueLabel")}:{" "}
                      <strong data-testid={`value-${indicator.id}`}>
                        {indicator.available ? shownValue(indicator, indicator.value, text, values, locale) : t("notAvailable")}
                      </strong>
                    </p>
                    {indicator.sourceText ? (
                      <p className="text-slate-600" data-testid={`source-${indicator.id}`}>
                        {indicator.sourceText[lang]}
                      </p>
                    ) : null}
                    {!indicator.available ? <p className="text-slate-600">{t("notAvailableHint")}</p> : null}
                    {indicator.note ? <p>{t("noteLabel", { note: indicator.note })}</p> : null}
                    {indicator.correction ? (
                      <p className="rounded bg-amber-50 p-2" data-testid={`correction-${indicator.id}`}>
                        {t("correctionText", {
                          before: shownValue(indicator, indicator.correction.previousValue, text, values, locale),
                          after: shownValue(indicator, indicator.value, text, values, locale),
                          note: indicator.correction.note,
                          by: indicator.correction.byName ?? "–",
                          at: indicator.correction.at.toLocaleString(locale, { timeZone: "Europe/Berlin" }),
                        })}
                      </p>
                    ) : null}
                    {indicator.evidence.length > 0 ? (
                      <ul className="list-inside list-disc">
                        {indicator.evidence.map((file) => (
                          <li key={file.id}>
                            <a className="text-brand-800 underline" href={`/api/benchmarking/evidence/${file.id}`}>
                              {file.filename}
                            </a>{" "}
                            ({Math.ceil(file.sizeBytes / 1024)} KB)
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                  <div>{editor?.(indicator)}</div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
