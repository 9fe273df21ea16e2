import "server-only";
import type { RouterOutputs } from "@clusterwerk/api";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { getFormatter, getTranslations } from "next-intl/server";

type Agenda = RouterOutputs["brokerage"]["agenda"];

/** Standard PDF fonts only (Helvetica is built into every PDF reader): nothing is downloaded or embedded. */
const styles = StyleSheet.create({
  page: { padding: 48, fontFamily: "Helvetica", fontSize: 11, color: "#1e293b" },
  brand: { fontSize: 10, letterSpacing: 2, color: "#1e3a8a", marginBottom: 16 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 18, marginBottom: 4 },
  sub: { fontSize: 12, marginBottom: 4 },
  small: { fontSize: 9, color: "#475569", marginBottom: 16 },
  row: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#e2e8f0", paddingVertical: 6 },
  head: { fontFamily: "Helvetica-Bold" },
  time: { width: "22%" },
  table: { width: "12%" },
  with: { width: "66%" },
});

/** A participant's brokerage agenda (DOMAIN.md §5.5) as an A4 PDF in `locale`, times in the event's zone. */
export async function renderBrokerageAgenda(agenda: Agenda, locale: "de" | "en", now: Date): Promise<Buffer> {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "brokerage" }), getFormatter({ locale })]);
  const zone = agenda.event.timeZone;
  const time = (date: Date) => format.dateTime(date, { timeStyle: "short", timeZone: zone });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "full", timeZone: zone });
  const who = agenda.participant.organisationName
    ? `${agenda.participant.personName ?? ""} (${agenda.participant.organisationName})`
    : (agenda.participant.personName ?? "");
  const document = (
    <Document title={t("pdfHeading", { title: agenda.event.title })} author="Clusterwerk" language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.brand}>CLUSTERWERK</Text>
        <Text style={styles.heading}>{t("pdfHeading", { title: agenda.event.title })}</Text>
        <Text style={styles.sub}>{t("pdfFor", { name: who })}</Text>
        <Text style={styles.sub}>
          {day(agenda.event.startsAt)}
          {agenda.event.location ? ` · ${agenda.event.location}` : ""}
        </Text>
        <Text style={styles.small}>
          {t("pdfGenerated", { when: format.dateTime(now, { dateStyle: "medium", timeStyle: "short", timeZone: zone }), zone })}
        </Text>
        {agenda.entries.length === 0 ? (
          <Text>{t("pdfNoMeetings")}</Text>
        ) : (
          <View>
            <View style={[styles.row, styles.head]}>
              <Text style={styles.time}>{t("slot")}</Text>
              <Text style={styles.table}>{t("table")}</Text>
              <Text style={styles.with}>{t("with")}</Text>
            </View>
            {agenda.entries.map((entry) => (
              <View key={entry.meetingId} style={styles.row} wrap={false}>
                <Text style={styles.time}>{`${time(entry.startsAt)}–${time(entry.endsAt)}`}</Text>
                <Text style={styles.table}>{String(entry.table)}</Text>
                <Text style={styles.with}>
                  {entry.withOrganisation ? `${entry.withName ?? ""} (${entry.withOrganisation})` : (entry.withName ?? "")}
                </Text>
              </View>
            ))}
          </View>
        )}
      </Page>
    </Document>
  );
  return renderToBuffer(document);
}
