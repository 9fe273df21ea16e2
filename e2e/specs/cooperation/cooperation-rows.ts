/** Rows the cooperation specs share: consents and published profiles written straight to the database, Berlin wall-clock times. */
import { changeOwnProfile, createProfile, type Database, type ProfileFields } from "@clusterwerk/db";
import { grantConsent } from "@clusterwerk/db/testing/factories";
import type { Cluster, Organisation } from "../../fixtures/world";

export const HOUR = 3_600_000;

/** A wall-clock time `hours` from now in Europe/Berlin, as a `datetime-local` field takes it. */
export function berlinTime(hours: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() + hours * HOUR));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}
export const day = (days: number) => berlinTime(days * 24).slice(0, 10);

/** Consent to matchmaking and to cross-cluster sharing (DOMAIN.md §5.2): without both nobody sees the organisation's profiles. */
export async function consentToMatchmaking(db: Database, organisation: Organisation) {
  await grantConsent(db, organisation.id, "matchmaking");
  await grantConsent(db, organisation.id, "cross-cluster");
}

/** A published technology offer of the organisation in the cluster, about IoT vibration sensors unless `fields` say otherwise. */
export async function publishedOffer(
  db: Database,
  cluster: Cluster,
  member: { id: string; organisation: Organisation },
  title: string,
  reach: "partner-clusters" | "all-clusters",
  fields: Partial<ProfileFields> = {},
) {
  const organisation = member.organisation;
  const viewer = { clusterId: cluster.id, organisationId: organisation.id };
  const id = await createProfile(db, {
    viewer,
    createdBy: member.id,
    fields: {
      type: "TO",
      language: "de",
      title,
      summary: "Wir bieten Vibrationssensoren und vorausschauende Wartung für Werkzeugmaschinen.",
      description: null,
      technologyTags: ["digitalisation/iot-sensors"],
      nace: ["C28"],
      partnershipTypes: ["technical-cooperation"],
      reach,
      validUntil: day(200),
      ...fields,
    },
  });
  if (!id) throw new Error("profile not created");
  await changeOwnProfile(db, { profileId: id, viewer, change: { kind: "publish" } });
  return id;
}
