import "server-only";
import { geoCircle, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesTopology from "world-atlas/countries-50m.json";

/** The map's drawing size in SVG units; the SVG scales to its container. */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 560;
/** Mean km per degree of latitude (EARTH_RADIUS_KM × π / 180), for the radius circle in degrees. */
const KM_PER_DEGREE = 111.195;

/** Country outlines of world-atlas 2.0.2 (Natural Earth 1:50m, public domain), read once per server process. */
const countries = feature(
  countriesTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>,
  (countriesTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>).objects.countries,
) as FeatureCollection<Geometry, { name: string }>;

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
}

/**
 * Draws the region around an office offline (issue 9: shipped outlines, no tile server): a Mercator
 * projection fitted to a circle of 1.4 × the radius, the country outlines clipped to the frame, the radius
 * circle (d3-geo's geoCircle), and the points projected to SVG coordinates (those outside the frame left out).
 */
export function regionMap(region: { lat: number; lon: number; radiusKm: number }, points: readonly MapPoint[]) {
  const circle = (km: number): Feature => ({
    type: "Feature",
    properties: {},
    geometry: geoCircle()
      .center([region.lon, region.lat])
      .radius(km / KM_PER_DEGREE)(),
  });
  const projection = geoMercator()
    .fitExtent(
      [
        [10, 10],
        [MAP_WIDTH - 10, MAP_HEIGHT - 10],
      ],
      circle(region.radiusKm * 1.4),
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection);
  const outlines = countries.features.flatMap((country, index) => {
    const d = path(country);
    return d ? [{ id: `${country.properties.name}-${index}`, name: country.properties.name, d }] : [];
  });
  const projected = points.flatMap((point) => {
    const xy = projection([point.lon, point.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > MAP_WIDTH || xy[1] > MAP_HEIGHT) return [];
    return [{ id: point.id, x: xy[0], y: xy[1] }];
  });
  const office = projection([region.lon, region.lat]);
  return { outlines, radius: path(circle(region.radiusKm)) ?? "", office: office ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2], points: projected };
}
