import { archiveResponse } from "~/server/archive-response";
import { api } from "~/trpc/server";

/** The signed-in person's own data as a zip archive (`dataRights.exportMine`; a guest gets 401). */
export async function GET() {
  return archiveResponse(async () => (await api()).dataRights.exportMine());
}
