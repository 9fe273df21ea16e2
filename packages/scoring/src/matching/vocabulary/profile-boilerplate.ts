/**
 * Words that nearly every cooperation profile uses to say *that* it seeks or offers something, in
 * both languages ("Wir suchen Partner", "we are looking for"). They say nothing about the subject,
 * so text analysis drops them like stop words. Lower case, as written (not stems).
 */
export const profileBoilerplate: readonly string[] = [
  // German
  "suchen", "sucht", "suche", "gesucht", "gesuchte", "bieten", "bietet", "biete", "angeboten", "anbieten",
  "partner", "partnern", "partnerin", "partnerschaft", "kooperation", "kooperationspartner",
  "unternehmen", "firma", "firmen", "möchten", "wollen", "benötigen", "brauchen", "gerne", "interessiert",
  "lösung", "lösungen", "möglich", "möglichkeit", "ziel", "bereich", "bereichen", "rahmen", "gemeinsam",
  "gemeinsame", "gemeinsamen", "neue", "neuen", "typische", "typischen", "heute", "kurzfristig",
  // English
  "looking", "look", "seek", "seeks", "seeking", "sought", "offer", "offers", "offering", "offered",
  "partner", "partners", "partnership", "cooperation", "collaboration", "company", "companies", "firm",
  "want", "wants", "need", "needs", "wish", "interested", "solution", "solutions", "possible", "aim",
  "field", "fields", "joint", "new", "typical", "today", "available", "provide", "provides", "including",
];
