/**
 * Technology fields: a two-level tree (field → topics), German and English — DOMAIN.md §1.3.
 *
 * Topic slugs are `field/topic` (kebab-case), so a topic's parent is the part before the slash; a tag
 * deeper in the tree matches its parent partially (DOMAIN.md §5.3). This is the initial reference data;
 * admins can extend the tree in the portal.
 */

export interface TechnologyTopic {
  /** `field/topic`, e.g. "digitalisation/iot-sensors". */
  slug: string;
  de: string;
  en: string;
}

export interface TechnologyField {
  /** Field slug, e.g. "digitalisation". */
  slug: string;
  de: string;
  en: string;
  topics: readonly TechnologyTopic[];
}

export const technologyFields: readonly TechnologyField[] = [
  {
    slug: "digitalisation",
    de: "Digitalisierung",
    en: "Digitalisation",
    topics: [
      { slug: "digitalisation/ai-data-analytics", de: "KI und Datenanalyse", en: "AI and data analytics" },
      { slug: "digitalisation/iot-sensors", de: "IoT und Sensorik", en: "IoT and sensors" },
      { slug: "digitalisation/cyber-security", de: "Cybersicherheit", en: "Cyber security" },
      { slug: "digitalisation/cloud-edge", de: "Cloud- und Edge-Computing", en: "Cloud and edge computing" },
      { slug: "digitalisation/digital-twin", de: "Digitaler Zwilling", en: "Digital twin" },
      {
        slug: "digitalisation/industrial-communication",
        de: "Industrielle Kommunikation (5G, TSN)",
        en: "Industrial communication (5G, TSN)",
      },
    ],
  },
  {
    slug: "production",
    de: "Produktion",
    en: "Production",
    topics: [
      { slug: "production/additive-manufacturing", de: "Additive Fertigung", en: "Additive manufacturing" },
      { slug: "production/robotics-automation", de: "Robotik und Automatisierung", en: "Robotics and automation" },
      { slug: "production/machining-forming", de: "Zerspanung und Umformtechnik", en: "Machining and forming" },
      { slug: "production/quality-metrology", de: "Qualitätssicherung und Messtechnik", en: "Quality assurance and metrology" },
      {
        slug: "production/production-planning",
        de: "Produktionsplanung und -steuerung (MES)",
        en: "Production planning and control (MES)",
      },
      { slug: "production/joining-assembly", de: "Füge- und Montagetechnik", en: "Joining and assembly" },
    ],
  },
  {
    slug: "sustainability",
    de: "Nachhaltigkeit",
    en: "Sustainability",
    topics: [
      { slug: "sustainability/circular-economy", de: "Kreislaufwirtschaft", en: "Circular economy" },
      { slug: "sustainability/energy-efficiency", de: "Energieeffizienz", en: "Energy efficiency" },
      { slug: "sustainability/hydrogen", de: "Wasserstoff", en: "Hydrogen" },
      {
        slug: "sustainability/life-cycle-assessment",
        de: "Ökobilanzierung und CO₂-Fußabdruck",
        en: "Life-cycle assessment and carbon footprint",
      },
      {
        slug: "sustainability/sustainable-supply-chains",
        de: "Nachhaltige Lieferketten",
        en: "Sustainable supply chains",
      },
      { slug: "sustainability/water-technology", de: "Wassertechnologie", en: "Water technology" },
    ],
  },
  {
    slug: "mobility",
    de: "Mobilität",
    en: "Mobility",
    topics: [
      { slug: "mobility/electromobility", de: "Elektromobilität", en: "Electromobility" },
      { slug: "mobility/charging-infrastructure", de: "Ladeinfrastruktur", en: "Charging infrastructure" },
      {
        slug: "mobility/autonomous-driving",
        de: "Automatisiertes und vernetztes Fahren",
        en: "Automated and connected driving",
      },
      { slug: "mobility/rail-technology", de: "Schienenverkehrstechnik", en: "Rail technology" },
      { slug: "mobility/mobility-services", de: "Mobilitätsdienstleistungen", en: "Mobility services" },
    ],
  },
  {
    slug: "health",
    de: "Gesundheit und Medizintechnik",
    en: "Health and medical technology",
    topics: [
      { slug: "health/medical-devices", de: "Medizinprodukte", en: "Medical devices" },
      { slug: "health/digital-health", de: "Digitale Gesundheit", en: "Digital health" },
      { slug: "health/diagnostics", de: "Diagnostik und Labortechnik", en: "Diagnostics and laboratory technology" },
      { slug: "health/biotechnology", de: "Biotechnologie", en: "Biotechnology" },
      {
        slug: "health/assistive-technology",
        de: "Assistenzsysteme und Pflegetechnik",
        en: "Assistive and care technology",
      },
    ],
  },
  {
    slug: "materials",
    de: "Werkstoffe",
    en: "Materials",
    topics: [
      { slug: "materials/lightweight-materials", de: "Leichtbauwerkstoffe", en: "Lightweight materials" },
      { slug: "materials/polymers-composites", de: "Kunststoffe und Verbundwerkstoffe", en: "Polymers and composites" },
      { slug: "materials/functional-surfaces", de: "Funktionale Oberflächen und Beschichtungen", en: "Functional surfaces and coatings" },
      { slug: "materials/smart-materials", de: "Intelligente Werkstoffe", en: "Smart materials" },
      { slug: "materials/battery-materials", de: "Batteriematerialien", en: "Battery materials" },
      { slug: "materials/bio-based-materials", de: "Biobasierte Werkstoffe", en: "Bio-based materials" },
    ],
  },
  {
    slug: "energy",
    de: "Energie",
    en: "Energy",
    topics: [
      { slug: "energy/renewable-energy", de: "Erneuerbare Energien", en: "Renewable energy" },
      { slug: "energy/energy-storage", de: "Energiespeicher", en: "Energy storage" },
      { slug: "energy/smart-grids", de: "Intelligente Netze (Smart Grids)", en: "Smart grids" },
      { slug: "energy/heat-transition", de: "Wärmewende und Wärmepumpen", en: "Heat transition and heat pumps" },
      { slug: "energy/power-electronics", de: "Leistungselektronik", en: "Power electronics" },
    ],
  },
  {
    slug: "logistics",
    de: "Logistik",
    en: "Logistics",
    topics: [
      { slug: "logistics/intralogistics", de: "Intralogistik", en: "Intralogistics" },
      {
        slug: "logistics/supply-chain-management",
        de: "Supply-Chain-Management",
        en: "Supply chain management",
      },
      { slug: "logistics/tracking-tracing", de: "Tracking und Tracing", en: "Tracking and tracing" },
      { slug: "logistics/last-mile", de: "Letzte Meile und City-Logistik", en: "Last mile and city logistics" },
      { slug: "logistics/inland-ports", de: "Binnenhäfen und multimodaler Verkehr", en: "Inland ports and multimodal transport" },
    ],
  },
];
