import { loadAgenda } from "~/server/brokerage-agenda";
import { renderBrokerageAgenda } from "~/server/brokerage-agenda-pdf";

/** A brokerage agenda as a PDF: the signed-in participant's own, or (organisers) `?participant=`; `?locale=de|en`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadAgenda(request, (await params).id);
  if (loaded instanceof Response) return loaded;
  const pdf = await renderBrokerageAgenda(loaded.agenda, loaded.locale, new Date());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="agenda-${loaded.agenda.participant.registrationId}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
