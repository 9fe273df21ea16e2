import "server-only";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { getTranslations } from "next-intl/server";
import { type BenchmarkReport, labelDistanceSentences } from "~/lib/benchmark-report-text";
import { formatIndicatorValue, reportNumbers } from "~/lib/indicator-value-text";

/** Standard PDF fonts only (Helvetica is built into every PDF reader): nothing is downloaded or embedded. */
const styles = StyleSheet.create({
  page: { padding: 40, paddingBottom: 56, fontFamily: "Helvetica", fontSize: 9, color: "#1e293b" },
  brand: { fontSize: 10, letterSpacing: 2, color: "#1e3a8a", marginBottom: 8 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 18, marginBottom: 4 },
  lead: { fontSize: 10, color: "#475569", marginBottom: 12 },
  section: { fontFamily: "Helvetica-Bold", fontSize: 12, marginTop: 14, marginBottom: 6 },
  line: { marginBottom: 3 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 2 },
  header: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#475569", paddingVertical: 2, fontFamily: "Helvetica-Bold" },
  name: { width: "34%", paddingRight: 4 },
  cell: { width: "11%", textAlign: "right" },
  barTrack: { width: "40%", height: 8, backgroundColor: "#e2e8f0", marginTop: 1 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    fontSize: 8,
    color: "#64748b",
    flexDirection: "row",
    justifyContent: "space-between",
  },
});

const groupColour = { sector: "#1d4ed8", country: "#b45309", bestInClass: "#047857" } as const;

/**
 * The benchmarking report as an A4 PDF in `locale`, rendered on the server from the same procedure output
 * as the page: score, label distance, area percentiles (bars with their numbers), strengths and
 * development areas with recommendations, and per area each indicator against the three groups' medians.
 */
export async function renderBenchmarkReportPdf(report: BenchmarkReport, locale: "de" | "en"): Promise<Buffer> {
  const translate = await getTranslations({ locale, namespace: "benchmarkReport" });
  const t = (key: string, values?: Record<string, string | number>) => translate(key as never, values as never);
  const { number, percentile } = reportNumbers(locale);
  const name = (indicator: BenchmarkReport["indicators"][number]) => (locale === "en" ? indicator.name.en : indicator.name.de);
  const group = (index: number) => report.groups[index];
  const groupTitles = report.groups.map((item) =>
    item.shown
      ? t("groupSize", { group: t(`groups.${item.kind}`), n: item.n })
      : t("groupHidden", { group: t(`groups.${item.kind}`), n: item.n }),
  );
  const median = (index: number, id: BenchmarkReport["indicators"][number]["id"]) => {
    const item = group(index);
    return item?.shown ? (item.indicators[id]?.median ?? null) : null;
  };
  const byId = new Map(report.indicators.map((indicator) => [indicator.id, indicator]));
  const areaRows = report.areas.map((area) => ({ area, values: [area.sector, area.country, area.bestInClass] as const }));
  const document = (
    <Document title={`${t("title")} – ${report.benchmarking.clusterName}`} author="Clusterwerk" language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.brand}>CLUSTERWERK</Text>
        <Text style={styles.heading}>{t("title")}</Text>
        <Text style={styles.lead}>{t("lead", { cluster: report.benchmarking.clusterName, date: report.benchmarking.benchmarkDate })}</Text>
        <Text style={styles.line}>
          {t("score")}:{" "}
          {t("scoreValue", {
            points: number(report.score.points),
            max: report.score.maxPoints,
            percent: `${number(report.score.percent, 2)} %`,
          })}
        </Text>
        {groupTitles.map((title) => (
          <Text key={title} style={styles.line}>
            {title}
          </Text>
        ))}

        <Text style={styles.section}>{t("labels.title")}</Text>
        {labelDistanceSentences(report, t, locale).map((sentence) => (
          <Text key={sentence.level} style={styles.line}>
            • {sentence.text}
          </Text>
        ))}

        <Text style={styles.section}>{t("radar.title")}</Text>
        <View style={styles.header}>
          <Text style={styles.name}>{t("area")}</Text>
          <Text style={styles.cell}>{t("groups.sector")}</Text>
          <Text style={styles.cell}>{t("groups.country")}</Text>
          <Text style={styles.cell}>{t("groups.best-in-class")}</Text>
        </View>
        {areaRows.map(({ area, values }) => (
          <View key={area.area} style={styles.row} wrap={false}>
            <Text style={styles.name}>{t(`areas.${area.area}`)}</Text>
            {values.map((value, index) => (
              <Text key={index} style={styles.cell}>
                {percentile(value)}
              </Text>
            ))}
            <View style={{ width: "12%", paddingLeft: 6 }}>
              {values.map((value, index) => (
                <View
                  key={index}
                  style={{
                    height: 2.5,
                    marginBottom: 0.5,
                    width: `${value ?? 0}%`,
                    backgroundColor: [groupColour.sector, groupColour.country, groupColour.bestInClass][index],
                  }}
                />
              ))}
            </View>
          </View>
        ))}

        {(["strengths", "developmentAreas"] as const).map((kind) => (
          <View key={kind}>
            <Text style={styles.section}>{t(`${kind}.title`)}</Text>
            {(kind === "strengths" ? report.strengths : report.developmentAreas).length === 0 ? (
              <Text style={styles.line}>{report.groups[0]?.shown ? t(`${kind}.none`) : t("sectorHidden")}</Text>
            ) : null}
            {(kind === "strengths" ? report.strengths : report.developmentAreas).map((id) => {
              const indicator = byId.get(id);
              if (!indicator) return null;
              const advice =
                kind === "developmentAreas" ? ` – ${locale === "en" ? indicator.recommendation.en : indicator.recommendation.de}` : "";
              return <Text key={id} style={styles.line}>{`• ${id} ${name(indicator)}${advice}`}</Text>;
            })}
          </View>
        ))}

        {report.areas.map(({ area }) => (
          <View key={area}>
            <Text style={styles.section}>{t(`areas.${area}`)}</Text>
            <View style={styles.header} wrap={false}>
              <Text style={styles.name}>{t("indicator")}</Text>
              <Text style={styles.cell}>{t("own")}</Text>
              <Text style={styles.cell}>{`${t("median")} ${t("groups.sector")}`}</Text>
              <Text style={styles.cell}>{`${t("median")} ${t("groups.country")}`}</Text>
              <Text style={styles.cell}>{`${t("median")} ${t("groups.best-in-class")}`}</Text>
              <Text style={styles.cell}>{t("percentile")}</Text>
            </View>
            {report.indicators
              .filter((indicator) => indicator.area === area)
              .map((indicator) => {
                const sector = group(0);
                const own = sector?.shown ? (sector.indicators[indicator.id]?.percentile ?? null) : null;
                return (
                  <View key={indicator.id} style={styles.row} wrap={false}>
                    <Text style={styles.name}>{`${indicator.id} ${name(indicator)}`}</Text>
                    <Text style={styles.cell}>{formatIndicatorValue(indicator, indicator.own, t, locale)}</Text>
                    {[0, 1, 2].map((index) => (
                      <Text key={index} style={styles.cell}>
                        {formatIndicatorValue(indicator, median(index, indicator.id), t, locale)}
                      </Text>
                    ))}
                    <Text style={styles.cell}>{percentile(own)}</Text>
                  </View>
                );
              })}
          </View>
        ))}
        <View style={styles.footer} fixed>
          <Text>{t("pdf.footer", { version: report.benchmarking.catalogueVersion })}</Text>
          <Text render={({ pageNumber, totalPages }) => t("pdf.page", { page: pageNumber, pages: totalPages })} />
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(document);
}
