import { MAP_HEIGHT, MAP_WIDTH, regionMap } from "./map-geometry";

export interface ReachMapMember {
  organisationId: string;
  name: string;
  lat: number | null;
  lon: number | null;
  committed: boolean;
}

/**
 * The regional reach as an SVG drawn on the server (issue 9): country outlines, the radius circle, the
 * office, members as points (filled: committed; hollow: not committed) and, optionally, relevant prospects
 * as small squares. The title and description name the figures; the page repeats them in a table.
 */
export function ReachMap({
  region,
  members,
  prospects,
  title,
  description,
  labels,
}: {
  region: { lat: number; lon: number; radiusKm: number };
  members: readonly ReachMapMember[];
  prospects: readonly { id: string; lat: number | null; lon: number | null }[];
  title: string;
  description: string;
  labels: { office: string; committed: string; notCommitted: string; prospect: string };
}) {
  const located = <T extends { lat: number | null; lon: number | null }>(rows: readonly T[]) =>
    rows.flatMap((row) => (row.lat === null || row.lon === null ? [] : [{ ...row, lat: row.lat, lon: row.lon }]));
  const memberPoints = located(members).map((member) => ({ ...member, id: member.organisationId }));
  const map = regionMap(region, [...memberPoints, ...located(prospects).map((prospect) => ({ ...prospect, id: `p-${prospect.id}` }))]);
  const byId = new Map(memberPoints.map((member) => [member.id, member]));
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="reach-map-title reach-map-description"
        className="h-auto w-full rounded-md border border-slate-200 bg-sky-50"
        data-testid="reach-map"
      >
        <title id="reach-map-title">{title}</title>
        <desc id="reach-map-description">{description}</desc>
        <g fill="#f8fafc" stroke="#94a3b8" strokeWidth={0.8}>
          {map.outlines.map((outline) => (
            <path key={outline.id} d={outline.d} />
          ))}
        </g>
        <path
          d={map.radius}
          fill="#1d4ed8"
          fillOpacity={0.06}
          stroke="#1d4ed8"
          strokeWidth={1.5}
          strokeDasharray="6 4"
          data-testid="reach-radius"
        />
        <g fill="#b45309" fillOpacity={0.7}>
          {map.points
            .filter((point) => point.id.startsWith("p-"))
            .map((point) => (
              <rect key={point.id} x={point.x - 2} y={point.y - 2} width={4} height={4} />
            ))}
        </g>
        <g>
          {map.points.flatMap((point) => {
            const member = byId.get(point.id);
            if (!member) return [];
            return [
              <circle
                key={point.id}
                cx={point.x}
                cy={point.y}
                r={5}
                fill={member.committed ? "#047857" : "#ffffff"}
                stroke="#047857"
                strokeWidth={2}
                data-testid="reach-member-point"
              >
                <title>{member.name}</title>
              </circle>,
            ];
          })}
        </g>
        <g>
          <circle cx={map.office[0]} cy={map.office[1]} r={7} fill="#1d4ed8" stroke="#ffffff" strokeWidth={2} />
        </g>
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm text-slate-700">
        <span className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill="#1d4ed8" />
          </svg>
          {labels.office}
        </span>
        <span className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill="#047857" stroke="#047857" strokeWidth="2" />
          </svg>
          {labels.committed}
        </span>
        <span className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill="#ffffff" stroke="#047857" strokeWidth="2" />
          </svg>
          {labels.notCommitted}
        </span>
        {prospects.length > 0 ? (
          <span className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true">
              <rect x="5" y="5" width="5" height="5" fill="#b45309" />
            </svg>
            {labels.prospect}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
