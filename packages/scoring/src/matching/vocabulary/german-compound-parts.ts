/**
 * German words that commonly appear as parts of technical compounds ("Sensor|daten|analyse"). The
 * compound splitter uses these together with every one-word German form of the concept lexicon;
 * a part must be at least three letters long. Base forms, lower case.
 */
export const germanCompoundParts: readonly string[] = [
  "abfall", "analyse", "anlage", "antrieb", "anwendung", "arbeit", "auftrag", "aufbau", "ausfall",
  "automat", "band", "batterie", "bau", "bauteil", "bedarf", "belastung", "beratung", "betrieb",
  "bewertung", "bild", "block", "daten", "dienst", "druck", "effizienz", "einsatz", "elektro", "energie",
  "entwicklung", "erkennung", "erzeugung", "fabrik", "fahrzeug", "fehler", "fenster", "fern", "fertigung",
  "forschung", "funk", "gas", "gebäude", "gerät", "gerüst", "gesundheit", "getriebe", "gewinnung",
  "groß", "guss", "halle", "heiz", "hoch", "industrie", "innen", "kette", "kraft", "kreislauf",
  "kunststoff", "labor", "ladung", "last", "lauf", "lebens", "leicht", "leistung", "leit", "linie",
  "lösung", "luft", "management", "maschine", "masse", "material", "medizin", "mess", "metall", "modul",
  "montage", "motor", "nah", "netz", "nutzung", "ofen", "optimierung", "planung", "plattform", "projekt",
  "prozess", "prüf", "prüfung", "pulver", "pumpe", "qualität", "raum", "regel", "rest", "roboter",
  "rück", "schaden", "schicht", "schmelz", "schutz", "schweiß", "sensor", "sicherheit", "speicher",
  "spitze", "stadt", "stand", "stahl", "steuerung", "stoff", "strom", "studie", "system", "technik",
  "technologie", "teil", "tour", "transport", "überwachung", "umwelt", "verarbeitung", "verbrauch",
  "verfahren", "verkehr", "verlust", "versorgung", "vital", "walz", "wärme", "wartung", "wasser",
  "wasserstoff", "werk", "werkzeug", "wert", "wirtschaft", "zeit", "zelle", "zentrum", "zustand",
  "zwilling",
];
