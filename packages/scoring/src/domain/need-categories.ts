import type { BilingualLabel } from "./labels";

/** The 13 need categories of DOMAIN.md §2, in their numbered order. */
export const needCategories = [
  "innovation-rd",
  "technology-transfer",
  "digitalisation",
  "sustainability",
  "qualification",
  "skilled-workers",
  "funding",
  "internationalisation",
  "market-access",
  "networking",
  "regulation",
  "intelligence",
  "marketing",
] as const;
export type NeedCategory = (typeof needCategories)[number];

export const needCategoryLabels: Record<NeedCategory, BilingualLabel> = {
  "innovation-rd": { de: "Innovations- und FuE-Projekte", en: "Innovation & R&D projects" },
  "technology-transfer": { de: "Technologietransfer und Zugang zur Forschung", en: "Technology transfer & access to research" },
  digitalisation: { de: "Digitalisierung", en: "Digitalisation" },
  sustainability: { de: "Nachhaltigkeit und Kreislaufwirtschaft", en: "Sustainability & circular economy" },
  qualification: { de: "Qualifizierung und Weiterbildung", en: "Qualification & training" },
  "skilled-workers": { de: "Fachkräfte und Recruiting", en: "Skilled workers & recruiting" },
  funding: { de: "Förderung und Finanzierung", en: "Funding & financing" },
  internationalisation: { de: "Internationalisierung und Export", en: "Internationalisation & export" },
  "market-access": { de: "Marktzugang und Vertriebspartner", en: "Market access & sales partners" },
  networking: { de: "Vernetzung und Partnersuche", en: "Networking & partner search" },
  regulation: { de: "Regulierung, Normen und Zertifizierung", en: "Regulation, standards & certification" },
  intelligence: { de: "Markt- und Technologiebeobachtung", en: "Market & technology intelligence" },
  marketing: { de: "Marketing und Sichtbarkeit", en: "Marketing & visibility" },
};
