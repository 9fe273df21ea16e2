import type { NeedCategory } from "@clusterwerk/scoring/domain";

/**
 * Needs a member of an industrial cluster in the Rhine-Neckar region typically registers, three per
 * category of DOMAIN.md §2 (title and description as a contact person would write them). Fictitious.
 */
export const needCatalogue: Record<NeedCategory, readonly { title: string; description: string }[]> = {
  "innovation-rd": [
    {
      title: "Partner für ein FuE-Verbundprojekt zu KI-gestützter Qualitätsprüfung",
      description: "Wir suchen Hochschul- und Industriepartner für einen Antrag im Herbst.",
    },
    {
      title: "Prototypenbau für ein neues Sensormodul",
      description: "Kleinserie von 20 Stück, Gehäuse und Elektronik, bis Ende des Jahres.",
    },
    {
      title: "Zugang zu einer Testumgebung für autonome Intralogistik",
      description: "Halle oder Reallabor für Fahrversuche mit fahrerlosen Transportsystemen.",
    },
  ],
  "technology-transfer": [
    {
      title: "Kontakt zu Lehrstühlen für Leistungselektronik",
      description: "Für Abschlussarbeiten und eine mögliche Kooperation in der Vorentwicklung.",
    },
    { title: "Nutzung von Laboren zur Materialprüfung", description: "Zugversuche und REM-Analysen, etwa zehn Termine pro Jahr." },
    {
      title: "Transfer von Forschungsergebnissen zu digitalen Zwillingen",
      description: "Wir möchten Ergebnisse aus abgeschlossenen Projekten in unsere Produkte übernehmen.",
    },
  ],
  digitalisation: [
    {
      title: "Predictive Maintenance für Bestandsanlagen",
      description: "Nachrüstung älterer Maschinen mit Sensorik und Auswertung der Daten.",
    },
    {
      title: "Einführung eines MES in der Fertigung",
      description: "Auswahl eines Systems und Erfahrungsaustausch mit Unternehmen, die es schon nutzen.",
    },
    { title: "IT-Sicherheit in der Produktion (OT-Security)", description: "Bestandsaufnahme und Maßnahmen nach IEC 62443." },
  ],
  sustainability: [
    { title: "CO2-Bilanz nach GHG Protocol erstellen", description: "Erstmalige Bilanz für Scope 1 und 2, Scope 3 in Vorbereitung." },
    { title: "Kreislauffähige Verpackungen", description: "Ersatz von Kunststoffverpackungen in der Auslieferung." },
    { title: "Abwärmenutzung am Standort", description: "Potenzialanalyse und Förderung für eine Wärmerückgewinnung." },
  ],
  qualification: [
    { title: "Weiterbildung Data Analytics für Ingenieurinnen und Ingenieure", description: "Berufsbegleitend, etwa acht Teilnehmende." },
    {
      title: "Schulung zu Robotik-Programmierung",
      description: "Grundlagen und Sicherheit kollaborierender Roboter für die Instandhaltung.",
    },
    { title: "Führungskräfteentwicklung im Mittelstand", description: "Programm für neue Teamleitungen in Produktion und Entwicklung." },
  ],
  "skilled-workers": [
    {
      title: "Fachkräfte für Mechatronik gewinnen",
      description: "Vier offene Stellen, Zugang zu Absolventinnen und Absolventen der Region.",
    },
    { title: "Internationale Fachkräfte einstellen", description: "Unterstützung bei Anerkennung und Visaverfahren." },
    {
      title: "Ausbildungsmarketing an Schulen",
      description: "Gemeinsame Auftritte mit anderen Mitgliedern auf Berufsorientierungsmessen.",
    },
  ],
  funding: [
    { title: "Förderberatung für ein ZIM-Projekt", description: "Prüfung der Förderfähigkeit und Begleitung des Antrags." },
    {
      title: "Finanzierung einer Investition in additive Fertigung",
      description: "Investitionszuschüsse und Förderkredite für eine Metall-3D-Druckanlage.",
    },
    { title: "Zugang zu Wagniskapital", description: "Kontakt zu Business Angels und Fonds für eine Wachstumsrunde." },
  ],
  internationalisation: [
    { title: "Markteintritt in Frankreich", description: "Vertriebspartner und Messen in der Region Grand Est." },
    { title: "Exportkontrolle und Zollfragen", description: "Klärung von Ausfuhrgenehmigungen für Dual-Use-Güter." },
    { title: "Gemeinschaftsstand auf der Hannover Messe", description: "Beteiligung an einem Clusterstand zu geteilten Kosten." },
  ],
  "market-access": [
    { title: "Vertriebspartner für Automatisierungslösungen", description: "Systemintegratoren in Süddeutschland gesucht." },
    { title: "Zugang zu Einkaufsabteilungen von OEMs", description: "Lieferantentage und Vorstellung bei großen Abnehmern." },
    { title: "Pilotkunden für ein neues Softwareprodukt", description: "Drei bis fünf Unternehmen für einen sechsmonatigen Test." },
  ],
  networking: [
    { title: "Partnersuche für Leichtbau-Komponenten", description: "Zulieferer für CFK-Bauteile in kleinen Stückzahlen." },
    { title: "Erfahrungsaustausch zu Energiemanagement", description: "Arbeitskreis mit anderen produzierenden Mitgliedern." },
    { title: "Kontakt zu Start-ups im Bereich Industrie-KI", description: "Für gemeinsame Pilotprojekte in unserer Fertigung." },
  ],
  regulation: [
    { title: "CE-Kennzeichnung nach neuer Maschinenverordnung", description: "Umstellung unserer Dokumentation bis 2027." },
    { title: "Vorbereitung auf den Cyber Resilience Act", description: "Anforderungen an vernetzte Produkte und Meldepflichten." },
    { title: "Zertifizierung nach ISO 50001", description: "Begleitung bis zum Audit." },
  ],
  intelligence: [
    { title: "Marktstudie zu Wasserstoffanwendungen in der Industrie", description: "Überblick über Anbieter, Preise und Fördertöpfe." },
    { title: "Technologie-Scouting Quantensensorik", description: "Welche Anwendungen sind in fünf Jahren marktreif?" },
    { title: "Patentrecherche für eine Produktidee", description: "Freedom-to-operate-Analyse im Bereich Sensorfusion." },
  ],
  marketing: [
    { title: "Sichtbarkeit auf Fachmessen erhöhen", description: "Gemeinsame Pressearbeit und Auftritte mit dem Cluster." },
    { title: "Referenzprojekte aufbereiten", description: "Anwenderberichte und Fallstudien für die Website." },
    { title: "Arbeitgebermarke stärken", description: "Kampagne für soziale Netzwerke mit Einblicken in die Fertigung." },
  ],
};
