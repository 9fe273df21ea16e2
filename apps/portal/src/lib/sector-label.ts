import { type SectorField, sectorFieldLabels } from "@clusterwerk/scoring/domain";

/** The sector field in the page's language; a value outside the configured list is shown as stored. */
export function sectorLabel(value: string, locale: string): string {
  const labels = sectorFieldLabels[value as SectorField] as (typeof sectorFieldLabels)[SectorField] | undefined;
  if (!labels) return value;
  return locale === "en" ? labels.en : labels.de;
}
