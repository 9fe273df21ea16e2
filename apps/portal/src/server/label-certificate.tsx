import "server-only";
import type { RouterOutputs } from "@clusterwerk/api";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { getTranslations } from "next-intl/server";

type Certificate = RouterOutputs["label"]["certificate"];

/** Standard PDF fonts only (Helvetica is built into every PDF reader): nothing is downloaded or embedded. */
const styles = StyleSheet.create({
  page: { padding: 56, fontFamily: "Helvetica", fontSize: 12, color: "#1e293b" },
  frame: { flexGrow: 1, borderWidth: 3, borderColor: "#1e3a8a", padding: 36, alignItems: "center" },
  brand: { fontSize: 14, letterSpacing: 2, color: "#1e3a8a", marginBottom: 24 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 24, textAlign: "center", marginBottom: 24 },
  small: { fontSize: 11, color: "#475569", marginBottom: 8 },
  cluster: { fontFamily: "Helvetica-Bold", fontSize: 22, textAlign: "center", marginBottom: 20 },
  level: { fontFamily: "Helvetica-Bold", fontSize: 18, marginBottom: 20 },
  line: { marginBottom: 6, textAlign: "center" },
  footer: { marginTop: "auto", alignItems: "center" },
});

const levelColour = { bronze: "#92400e", silver: "#475569", gold: "#a16207" } as const;

/** The label certificate as a one-page A4 PDF in `locale` (German or English), rendered on the server. */
export async function renderLabelCertificate(certificate: Certificate, locale: "de" | "en", verifyUrl: string): Promise<Buffer> {
  const t = await getTranslations({ locale, namespace: "labels" });
  const document = (
    <Document title={`${t("certificate.heading")} ${certificate.certificateNumber}`} author="Clusterwerk" language={locale}>
      <Page size="A4" style={styles.page}>
        <View style={styles.frame}>
          <Text style={styles.brand}>CLUSTERWERK</Text>
          <Text style={styles.heading}>{t("certificate.heading")}</Text>
          <Text style={styles.small}>{t("certificate.awardedTo")}</Text>
          <Text style={styles.cluster}>{certificate.clusterName}</Text>
          <Text style={[styles.level, { color: levelColour[certificate.level] }]}>
            {t("certificate.level", { level: t(`levels.${certificate.level}`), title: t(`levelTitles.${certificate.level}`) })}
          </Text>
          <Text style={styles.line}>{t("certificate.benchmarking", { date: certificate.benchmarkDate })}</Text>
          <Text style={styles.line}>{t("certificate.validity", { from: certificate.validFrom, until: certificate.validUntil })}</Text>
          <Text style={styles.line}>{t("certificate.awardedOn", { date: certificate.awardedOn })}</Text>
          <Text style={styles.line}>{t("certificate.assessors", { names: certificate.assessors.join(", ") })}</Text>
          <View style={styles.footer}>
            <Text style={styles.level}>{t("certificate.number", { number: certificate.certificateNumber })}</Text>
            <Text style={styles.small}>{t("certificate.verify", { url: verifyUrl })}</Text>
          </View>
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(document);
}
