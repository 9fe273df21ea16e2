import { archiveResponse } from "~/server/archive-response";
import { api } from "~/trpc/server";

/** An organisation's data as a zip archive: its contact persons and the platform admin only (`dataRights.exportOrganisation`). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return archiveResponse(async () => (await api()).dataRights.exportOrganisation({ organisationId: id }));
}
