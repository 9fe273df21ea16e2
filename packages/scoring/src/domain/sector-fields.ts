import type { BilingualLabel } from "./labels";

/** Sector fields of DOMAIN.md §1.1 (the comparative portfolio used for peer groups). */
export const sectorFields = [
  "Food industry",
  "Biotechnology",
  "Health and medical science",
  "Construction",
  "Sports, leisure and tourism",
  "Energy and environment",
  "New materials and chemistry",
  "Creative industries",
  "Production and engineering",
  "Aviation and space",
  "ICT",
  "Transportation and mobility",
  "Other",
] as const;
export type SectorField = (typeof sectorFields)[number];

export const sectorFieldLabels: Record<SectorField, BilingualLabel> = {
  "Food industry": { de: "Lebensmittelindustrie", en: "Food industry" },
  Biotechnology: { de: "Biotechnologie", en: "Biotechnology" },
  "Health and medical science": { de: "Gesundheit und Medizin", en: "Health and medical science" },
  Construction: { de: "Bauwesen", en: "Construction" },
  "Sports, leisure and tourism": { de: "Sport, Freizeit und Tourismus", en: "Sports, leisure and tourism" },
  "Energy and environment": { de: "Energie und Umwelt", en: "Energy and environment" },
  "New materials and chemistry": { de: "Neue Materialien und Chemie", en: "New materials and chemistry" },
  "Creative industries": { de: "Kreativwirtschaft", en: "Creative industries" },
  "Production and engineering": { de: "Produktion und Maschinenbau", en: "Production and engineering" },
  "Aviation and space": { de: "Luft- und Raumfahrt", en: "Aviation and space" },
  ICT: { de: "IKT", en: "ICT" },
  "Transportation and mobility": { de: "Verkehr und Mobilität", en: "Transportation and mobility" },
  Other: { de: "Sonstige", en: "Other" },
};
