import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import { type Database, findClusterById, type Promotion } from "@clusterwerk/db";

/** Tells each person who moved up from the waiting list that they now hold a seat (DOMAIN.md §4). */
export async function mailPromotions(
  db: Database,
  event: { id: string; clusterId: string; title: string },
  promotions: readonly Promotion[],
): Promise<void> {
  if (promotions.length === 0) return;
  const cluster = await findClusterById(db, event.clusterId);
  const link = publicLink(`/c/${cluster?.slug ?? ""}/events/${event.id}`);
  for (const person of promotions) {
    await sendMail(db, {
      to: person.email,
      subject: `Platz frei: ${event.title} / a seat for you`,
      text:
        `Sie sind von der Warteliste nachgerückt und haben einen Platz bei „${event.title}“.\n` +
        `You moved up from the waiting list and now have a seat at "${event.title}".\n${link}`,
    });
  }
}
