import { labelRegistryInput } from "@clusterwerk/validators";
import { api } from "~/trpc/server";

/** A number parameter as the schema checks it (out of range is refused there); absent stays absent. */
function numberParam(value: string | null): number | undefined {
  return value === null || value === "" ? undefined : Number(value);
}

/**
 * The public label registry as JSON (docs/LABEL-REGISTRY.md): the same procedure and filters as the
 * `/labels` page — `q` (cluster name or certificate number), `country`, `sector`, `level`, `status`,
 * `cursor`, `limit` (1–100), `sort`, `direction`. Invalid parameters answer 400 naming each one and its
 * error key.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const param = (name: string) => url.searchParams.get(name) || undefined;
  const parsed = labelRegistryInput.safeParse({
    search: param("q"),
    country: param("country"),
    sectorField: param("sector"),
    level: param("level"),
    status: param("status"),
    cursor: numberParam(url.searchParams.get("cursor")),
    limit: numberParam(url.searchParams.get("limit")),
    sort: param("sort"),
    direction: param("direction"),
  });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ parameter: issue.path.join("."), error: issue.message }));
    return Response.json({ errors }, { status: 400 });
  }
  const page = await (await api()).label.registry(parsed.data);
  return Response.json(page, { headers: { "cache-control": "public, max-age=60" } });
}
