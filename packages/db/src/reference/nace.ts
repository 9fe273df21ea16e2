/**
 * NACE Rev. 2 (statistical classification of economic activities in the European Community) with the
 * German short titles of the WZ 2008 (Klassifikation der Wirtschaftszweige, Ausgabe 2008) — DOMAIN.md §1.3.
 *
 * All 21 sections (A–U) and all 88 divisions. Division codes carry their section letter ("C28"), so a
 * division matches its section as parent in the hierarchical topic overlap (DOMAIN.md §5.3).
 */

export interface NaceSection {
  /** Section letter, e.g. "C". */
  code: string;
  de: string;
  en: string;
}

export interface NaceDivision {
  /** Section letter + two-digit division number, e.g. "C28". */
  code: string;
  /** Section letter, e.g. "C". */
  section: string;
  de: string;
  en: string;
}

export const naceSections: readonly NaceSection[] = [
  { code: "A", de: "Land- und Forstwirtschaft, Fischerei", en: "Agriculture, forestry and fishing" },
  { code: "B", de: "Bergbau und Gewinnung von Steinen und Erden", en: "Mining and quarrying" },
  { code: "C", de: "Verarbeitendes Gewerbe", en: "Manufacturing" },
  { code: "D", de: "Energieversorgung", en: "Electricity, gas, steam and air conditioning supply" },
  {
    code: "E",
    de: "Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen",
    en: "Water supply; sewerage, waste management and remediation activities",
  },
  { code: "F", de: "Baugewerbe", en: "Construction" },
  {
    code: "G",
    de: "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
    en: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
  },
  { code: "H", de: "Verkehr und Lagerei", en: "Transportation and storage" },
  { code: "I", de: "Gastgewerbe", en: "Accommodation and food service activities" },
  { code: "J", de: "Information und Kommunikation", en: "Information and communication" },
  { code: "K", de: "Erbringung von Finanz- und Versicherungsdienstleistungen", en: "Financial and insurance activities" },
  { code: "L", de: "Grundstücks- und Wohnungswesen", en: "Real estate activities" },
  {
    code: "M",
    de: "Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen",
    en: "Professional, scientific and technical activities",
  },
  {
    code: "N",
    de: "Erbringung von sonstigen wirtschaftlichen Dienstleistungen",
    en: "Administrative and support service activities",
  },
  {
    code: "O",
    de: "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    en: "Public administration and defence; compulsory social security",
  },
  { code: "P", de: "Erziehung und Unterricht", en: "Education" },
  { code: "Q", de: "Gesundheits- und Sozialwesen", en: "Human health and social work activities" },
  { code: "R", de: "Kunst, Unterhaltung und Erholung", en: "Arts, entertainment and recreation" },
  { code: "S", de: "Erbringung von sonstigen Dienstleistungen", en: "Other service activities" },
  {
    code: "T",
    de: "Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt",
    en: "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
  },
  { code: "U", de: "Exterritoriale Organisationen und Körperschaften", en: "Activities of extraterritorial organisations and bodies" },
];

export const naceDivisions: readonly NaceDivision[] = [
  // A — Land- und Forstwirtschaft, Fischerei
  {
    code: "A01",
    section: "A",
    de: "Landwirtschaft, Jagd und damit verbundene Tätigkeiten",
    en: "Crop and animal production, hunting and related service activities",
  },
  { code: "A02", section: "A", de: "Forstwirtschaft und Holzeinschlag", en: "Forestry and logging" },
  { code: "A03", section: "A", de: "Fischerei und Aquakultur", en: "Fishing and aquaculture" },

  // B — Bergbau und Gewinnung von Steinen und Erden
  { code: "B05", section: "B", de: "Kohlenbergbau", en: "Mining of coal and lignite" },
  { code: "B06", section: "B", de: "Gewinnung von Erdöl und Erdgas", en: "Extraction of crude petroleum and natural gas" },
  { code: "B07", section: "B", de: "Erzbergbau", en: "Mining of metal ores" },
  { code: "B08", section: "B", de: "Gewinnung von Steinen und Erden, sonstiger Bergbau", en: "Other mining and quarrying" },
  {
    code: "B09",
    section: "B",
    de: "Erbringung von Dienstleistungen für den Bergbau und für die Gewinnung von Steinen und Erden",
    en: "Mining support service activities",
  },

  // C — Verarbeitendes Gewerbe
  { code: "C10", section: "C", de: "Herstellung von Nahrungs- und Futtermitteln", en: "Manufacture of food products" },
  { code: "C11", section: "C", de: "Getränkeherstellung", en: "Manufacture of beverages" },
  { code: "C12", section: "C", de: "Tabakverarbeitung", en: "Manufacture of tobacco products" },
  { code: "C13", section: "C", de: "Herstellung von Textilien", en: "Manufacture of textiles" },
  { code: "C14", section: "C", de: "Herstellung von Bekleidung", en: "Manufacture of wearing apparel" },
  { code: "C15", section: "C", de: "Herstellung von Leder, Lederwaren und Schuhen", en: "Manufacture of leather and related products" },
  {
    code: "C16",
    section: "C",
    de: "Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)",
    en: "Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials",
  },
  { code: "C17", section: "C", de: "Herstellung von Papier, Pappe und Waren daraus", en: "Manufacture of paper and paper products" },
  {
    code: "C18",
    section: "C",
    de: "Herstellung von Druckerzeugnissen; Vervielfältigung von bespielten Ton-, Bild- und Datenträgern",
    en: "Printing and reproduction of recorded media",
  },
  { code: "C19", section: "C", de: "Kokerei und Mineralölverarbeitung", en: "Manufacture of coke and refined petroleum products" },
  { code: "C20", section: "C", de: "Herstellung von chemischen Erzeugnissen", en: "Manufacture of chemicals and chemical products" },
  {
    code: "C21",
    section: "C",
    de: "Herstellung von pharmazeutischen Erzeugnissen",
    en: "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
  },
  { code: "C22", section: "C", de: "Herstellung von Gummi- und Kunststoffwaren", en: "Manufacture of rubber and plastic products" },
  {
    code: "C23",
    section: "C",
    de: "Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden",
    en: "Manufacture of other non-metallic mineral products",
  },
  { code: "C24", section: "C", de: "Metallerzeugung und -bearbeitung", en: "Manufacture of basic metals" },
  {
    code: "C25",
    section: "C",
    de: "Herstellung von Metallerzeugnissen",
    en: "Manufacture of fabricated metal products, except machinery and equipment",
  },
  {
    code: "C26",
    section: "C",
    de: "Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen",
    en: "Manufacture of computer, electronic and optical products",
  },
  { code: "C27", section: "C", de: "Herstellung von elektrischen Ausrüstungen", en: "Manufacture of electrical equipment" },
  { code: "C28", section: "C", de: "Maschinenbau", en: "Manufacture of machinery and equipment n.e.c." },
  {
    code: "C29",
    section: "C",
    de: "Herstellung von Kraftwagen und Kraftwagenteilen",
    en: "Manufacture of motor vehicles, trailers and semi-trailers",
  },
  { code: "C30", section: "C", de: "Sonstiger Fahrzeugbau", en: "Manufacture of other transport equipment" },
  { code: "C31", section: "C", de: "Herstellung von Möbeln", en: "Manufacture of furniture" },
  { code: "C32", section: "C", de: "Herstellung von sonstigen Waren", en: "Other manufacturing" },
  {
    code: "C33",
    section: "C",
    de: "Reparatur und Installation von Maschinen und Ausrüstungen",
    en: "Repair and installation of machinery and equipment",
  },

  // D — Energieversorgung
  { code: "D35", section: "D", de: "Energieversorgung", en: "Electricity, gas, steam and air conditioning supply" },

  // E — Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen
  { code: "E36", section: "E", de: "Wasserversorgung", en: "Water collection, treatment and supply" },
  { code: "E37", section: "E", de: "Abwasserentsorgung", en: "Sewerage" },
  {
    code: "E38",
    section: "E",
    de: "Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung",
    en: "Waste collection, treatment and disposal activities; materials recovery",
  },
  {
    code: "E39",
    section: "E",
    de: "Beseitigung von Umweltverschmutzungen und sonstige Entsorgung",
    en: "Remediation activities and other waste management services",
  },

  // F — Baugewerbe
  { code: "F41", section: "F", de: "Hochbau", en: "Construction of buildings" },
  { code: "F42", section: "F", de: "Tiefbau", en: "Civil engineering" },
  {
    code: "F43",
    section: "F",
    de: "Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe",
    en: "Specialised construction activities",
  },

  // G — Handel; Instandhaltung und Reparatur von Kraftfahrzeugen
  {
    code: "G45",
    section: "G",
    de: "Handel mit Kraftfahrzeugen; Instandhaltung und Reparatur von Kraftfahrzeugen",
    en: "Wholesale and retail trade and repair of motor vehicles and motorcycles",
  },
  {
    code: "G46",
    section: "G",
    de: "Großhandel (ohne Handel mit Kraftfahrzeugen)",
    en: "Wholesale trade, except of motor vehicles and motorcycles",
  },
  {
    code: "G47",
    section: "G",
    de: "Einzelhandel (ohne Handel mit Kraftfahrzeugen)",
    en: "Retail trade, except of motor vehicles and motorcycles",
  },

  // H — Verkehr und Lagerei
  { code: "H49", section: "H", de: "Landverkehr und Transport in Rohrfernleitungen", en: "Land transport and transport via pipelines" },
  { code: "H50", section: "H", de: "Schifffahrt", en: "Water transport" },
  { code: "H51", section: "H", de: "Luftfahrt", en: "Air transport" },
  {
    code: "H52",
    section: "H",
    de: "Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr",
    en: "Warehousing and support activities for transportation",
  },
  { code: "H53", section: "H", de: "Post-, Kurier- und Expressdienste", en: "Postal and courier activities" },

  // I — Gastgewerbe
  { code: "I55", section: "I", de: "Beherbergung", en: "Accommodation" },
  { code: "I56", section: "I", de: "Gastronomie", en: "Food and beverage service activities" },

  // J — Information und Kommunikation
  { code: "J58", section: "J", de: "Verlagswesen", en: "Publishing activities" },
  {
    code: "J59",
    section: "J",
    de: "Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Kinos; Tonstudios und Verlegen von Musik",
    en: "Motion picture, video and television programme production, sound recording and music publishing activities",
  },
  { code: "J60", section: "J", de: "Rundfunkveranstalter", en: "Programming and broadcasting activities" },
  { code: "J61", section: "J", de: "Telekommunikation", en: "Telecommunications" },
  {
    code: "J62",
    section: "J",
    de: "Erbringung von Dienstleistungen der Informationstechnologie",
    en: "Computer programming, consultancy and related activities",
  },
  { code: "J63", section: "J", de: "Informationsdienstleistungen", en: "Information service activities" },

  // K — Erbringung von Finanz- und Versicherungsdienstleistungen
  {
    code: "K64",
    section: "K",
    de: "Erbringung von Finanzdienstleistungen",
    en: "Financial service activities, except insurance and pension funding",
  },
  {
    code: "K65",
    section: "K",
    de: "Versicherungen, Rückversicherungen und Pensionskassen (ohne Sozialversicherung)",
    en: "Insurance, reinsurance and pension funding, except compulsory social security",
  },
  {
    code: "K66",
    section: "K",
    de: "Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten",
    en: "Activities auxiliary to financial services and insurance activities",
  },

  // L — Grundstücks- und Wohnungswesen
  { code: "L68", section: "L", de: "Grundstücks- und Wohnungswesen", en: "Real estate activities" },

  // M — Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen
  { code: "M69", section: "M", de: "Rechts- und Steuerberatung, Wirtschaftsprüfung", en: "Legal and accounting activities" },
  {
    code: "M70",
    section: "M",
    de: "Verwaltung und Führung von Unternehmen und Betrieben; Unternehmensberatung",
    en: "Activities of head offices; management consultancy activities",
  },
  {
    code: "M71",
    section: "M",
    de: "Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung",
    en: "Architectural and engineering activities; technical testing and analysis",
  },
  { code: "M72", section: "M", de: "Forschung und Entwicklung", en: "Scientific research and development" },
  { code: "M73", section: "M", de: "Werbung und Marktforschung", en: "Advertising and market research" },
  {
    code: "M74",
    section: "M",
    de: "Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten",
    en: "Other professional, scientific and technical activities",
  },
  { code: "M75", section: "M", de: "Veterinärwesen", en: "Veterinary activities" },

  // N — Erbringung von sonstigen wirtschaftlichen Dienstleistungen
  { code: "N77", section: "N", de: "Vermietung von beweglichen Sachen", en: "Rental and leasing activities" },
  { code: "N78", section: "N", de: "Vermittlung und Überlassung von Arbeitskräften", en: "Employment activities" },
  {
    code: "N79",
    section: "N",
    de: "Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen",
    en: "Travel agency, tour operator and other reservation service and related activities",
  },
  { code: "N80", section: "N", de: "Wach- und Sicherheitsdienste sowie Detekteien", en: "Security and investigation activities" },
  { code: "N81", section: "N", de: "Gebäudebetreuung; Garten- und Landschaftsbau", en: "Services to buildings and landscape activities" },
  {
    code: "N82",
    section: "N",
    de: "Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen und Privatpersonen a. n. g.",
    en: "Office administrative, office support and other business support activities",
  },

  // O — Öffentliche Verwaltung, Verteidigung; Sozialversicherung
  {
    code: "O84",
    section: "O",
    de: "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
    en: "Public administration and defence; compulsory social security",
  },

  // P — Erziehung und Unterricht
  { code: "P85", section: "P", de: "Erziehung und Unterricht", en: "Education" },

  // Q — Gesundheits- und Sozialwesen
  { code: "Q86", section: "Q", de: "Gesundheitswesen", en: "Human health activities" },
  { code: "Q87", section: "Q", de: "Heime (ohne Erholungs- und Ferienheime)", en: "Residential care activities" },
  { code: "Q88", section: "Q", de: "Sozialwesen (ohne Heime)", en: "Social work activities without accommodation" },

  // R — Kunst, Unterhaltung und Erholung
  {
    code: "R90",
    section: "R",
    de: "Kreative, künstlerische und unterhaltende Tätigkeiten",
    en: "Creative, arts and entertainment activities",
  },
  {
    code: "R91",
    section: "R",
    de: "Bibliotheken, Archive, Museen, botanische und zoologische Gärten",
    en: "Libraries, archives, museums and other cultural activities",
  },
  { code: "R92", section: "R", de: "Spiel-, Wett- und Lotteriewesen", en: "Gambling and betting activities" },
  {
    code: "R93",
    section: "R",
    de: "Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung",
    en: "Sports activities and amusement and recreation activities",
  },

  // S — Erbringung von sonstigen Dienstleistungen
  {
    code: "S94",
    section: "S",
    de: "Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen (ohne Sozialwesen und Sport)",
    en: "Activities of membership organisations",
  },
  {
    code: "S95",
    section: "S",
    de: "Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern",
    en: "Repair of computers and personal and household goods",
  },
  {
    code: "S96",
    section: "S",
    de: "Erbringung von sonstigen überwiegend persönlichen Dienstleistungen",
    en: "Other personal service activities",
  },

  // T — Private Haushalte
  {
    code: "T97",
    section: "T",
    de: "Private Haushalte mit Hauspersonal",
    en: "Activities of households as employers of domestic personnel",
  },
  {
    code: "T98",
    section: "T",
    de: "Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt",
    en: "Undifferentiated goods- and services-producing activities of private households for own use",
  },

  // U — Exterritoriale Organisationen und Körperschaften
  {
    code: "U99",
    section: "U",
    de: "Exterritoriale Organisationen und Körperschaften",
    en: "Activities of extraterritorial organisations and bodies",
  },
];
