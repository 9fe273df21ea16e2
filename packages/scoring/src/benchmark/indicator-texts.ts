import type { IndicatorId, IndicatorTexts } from "./indicator-types";

/** Names and recommendations of the indicators in German and English (DOMAIN.md §6.1, §6.2). */
export const indicatorTexts: Record<IndicatorId, IndicatorTexts> = {
  S1: {
    name: { de: "Engagierte Mitglieder", en: "Committed members" },
    recommendation: {
      de: "Gewinnen Sie Mitglieder mit schriftlicher Mitgliedschaftsvereinbarung, Beitrag oder aktiver Mitarbeit.",
      en: "Win members who sign a membership agreement, pay a fee or contribute actively.",
    },
  },
  S2: {
    name: { de: "Vertretene Mitgliederkategorien", en: "Member categories present" },
    recommendation: {
      de: "Sprechen Sie gezielt Akteursgruppen an, die im Cluster noch fehlen.",
      en: "Reach out to the kinds of actors that are still missing from the cluster.",
    },
  },
  S3: {
    name: { de: "Unternehmen unter den engagierten Mitgliedern", en: "Companies among committed members" },
    recommendation: {
      de: "Stärken Sie den Unternehmensanteil durch Angebote mit direktem Geschäftsnutzen.",
      en: "Raise the share of companies with offers of direct business value.",
    },
  },
  S4: {
    name: { de: "KMU unter den Mitgliedsunternehmen", en: "SMEs among member companies" },
    recommendation: {
      de: "Senken Sie die Einstiegshürden für KMU, etwa mit gestaffelten Beiträgen und Schnupperformaten.",
      en: "Lower the entry barriers for SMEs, for example with graded fees and trial formats.",
    },
  },
  S5: {
    name: { de: "Forschungs- und Bildungsmitglieder", en: "Research and education members" },
    recommendation: {
      de: "Binden Sie Hochschulen, Forschungs- und Bildungseinrichtungen der Region als Mitglieder ein.",
      en: "Bring the region's universities, research institutes and training providers on board.",
    },
  },
  S6: {
    name: { de: "Engagierte Mitglieder im regionalen Radius", en: "Committed members within the regional radius" },
    recommendation: {
      de: "Konzentrieren Sie die Mitgliedergewinnung auf Organisationen im regionalen Einzugsgebiet.",
      en: "Focus member recruitment on organisations within the cluster's regional radius.",
    },
  },
  S7: {
    name: { de: "Mitgliederwachstum über 24 Monate", en: "Member growth over 24 months" },
    recommendation: {
      de: "Nutzen Sie die Wachstumspotenzialanalyse, um Interessenten gezielt anzusprechen.",
      en: "Use the growth potential analysis to approach prospects in a targeted way.",
    },
  },
  S8: {
    name: { de: "Regionale Durchdringung", en: "Regional penetration" },
    recommendation: {
      de: "Erschließen Sie die Interessentenliste der Region systematisch und verfolgen Sie die Ansprache nach.",
      en: "Work through the region's prospect list systematically and follow up every contact.",
    },
  },
  M1: {
    name: { de: "Alter der Clusterorganisation", en: "Age of the cluster organisation" },
    recommendation: {
      de: "Sichern Sie Kontinuität durch eine dauerhafte Trägerstruktur des Clustermanagements.",
      en: "Secure continuity with a lasting legal and organisational base for the cluster management.",
    },
  },
  M2: {
    name: { de: "Personal des Clustermanagements", en: "Management staff" },
    recommendation: {
      de: "Statten Sie das Clustermanagement mit ausreichend Personal für Kernaufgaben aus.",
      en: "Staff the cluster management adequately for its core tasks.",
    },
  },
  M3: {
    name: { de: "Management-VZÄ je 100 engagierte Mitglieder", en: "Management FTE per 100 committed members" },
    recommendation: {
      de: "Passen Sie die Personalausstattung an die Zahl der betreuten Mitglieder an.",
      en: "Match management staffing to the number of members served.",
    },
  },
  M4: {
    name: { de: "Erfahrung des Managementteams", en: "Management team experience" },
    recommendation: {
      de: "Halten Sie erfahrene Mitarbeitende und sorgen Sie für Wissensübergabe im Team.",
      en: "Retain experienced staff and make sure knowledge is handed over within the team.",
    },
  },
  M5: {
    name: { de: "Weiterbildungstage je VZÄ und Jahr", en: "Training days per FTE per year" },
    recommendation: {
      de: "Planen Sie feste Weiterbildungsbudgets und -tage für das Managementteam ein.",
      en: "Plan a fixed training budget and training days for the management team.",
    },
  },
  M6: {
    name: { de: "Einbindung der Mitglieder in die Steuerung", en: "Member involvement in governance" },
    recommendation: {
      de: "Beteiligen Sie Mitglieder über Beirat, Lenkungskreis oder Arbeitsgruppen an Entscheidungen.",
      en: "Involve members in decisions through an advisory board, steering committee or working groups.",
    },
  },
  M7: {
    name: { de: "Alter der schriftlichen Strategie und des Aktionsplans", en: "Age of written strategy and action plan" },
    recommendation: {
      de: "Aktualisieren Sie Strategie und Aktionsplan gemeinsam mit den Mitgliedern.",
      en: "Update the strategy and action plan together with the members.",
    },
  },
  M8: {
    name: { de: "Ziele mit Kennzahlen überwacht", en: "Objectives monitored with KPIs" },
    recommendation: {
      de: "Hinterlegen Sie jedes strategische Ziel mit Kennzahlen und überprüfen Sie diese regelmäßig.",
      en: "Give every strategic objective KPIs and review them regularly.",
    },
  },
  F1: {
    name: { de: "Jahresbudget des Clustermanagements", en: "Annual budget of the cluster management" },
    recommendation: {
      de: "Planen Sie das Budget mehrjährig und im Verhältnis zu den Aufgaben des Clusters.",
      en: "Plan the budget over several years and in proportion to the cluster's tasks.",
    },
  },
  F2: {
    name: { de: "Anteil öffentlicher Förderung", en: "Share of public funding" },
    recommendation: {
      de: "Verringern Sie die Abhängigkeit von Fördermitteln durch Beiträge und bezahlte Leistungen.",
      en: "Reduce dependence on public funding through fees and paid services.",
    },
  },
  F3: {
    name: { de: "Anteil der Mitgliedsbeiträge", en: "Share of membership fees" },
    recommendation: {
      de: "Machen Sie den Nutzen der Mitgliedschaft sichtbar, um Beitragseinnahmen zu stärken.",
      en: "Make the value of membership visible to strengthen fee income.",
    },
  },
  F4: {
    name: { de: "Im Voraus gesicherte Finanzierung", en: "Financing secured ahead" },
    recommendation: {
      de: "Sichern Sie die Finanzierung über mehrere Jahre durch langfristige Zusagen.",
      en: "Secure financing for several years ahead with long-term commitments.",
    },
  },
  V1: {
    name: { de: "Durch aktive Leistungen bediente Bedarfskategorien", en: "Need categories served by active services" },
    recommendation: {
      de: "Ergänzen Sie das Leistungsangebot in Bedarfskategorien, die noch nicht bedient werden.",
      en: "Add services in need categories that no active service serves yet.",
    },
  },
  V2: {
    name: { de: "Bedarfsabdeckung", en: "Needs coverage" },
    recommendation: {
      de: "Richten Sie neue Leistungen an den offenen Bedarfen mit der höchsten Wichtigkeit aus.",
      en: "Aim new services at the open needs of highest importance.",
    },
  },
  V3: {
    name: { de: "Zufriedenheit der Mitglieder", en: "Member satisfaction" },
    recommendation: {
      de: "Werten Sie Bewertungen der Leistungen aus und verbessern Sie schwach bewertete Angebote.",
      en: "Review service ratings and improve the services rated lowest.",
    },
  },
  V4: {
    name: { de: "Monate seit der letzten Bedarfsumfrage", en: "Months since the last completed needs survey" },
    recommendation: {
      de: "Führen Sie mindestens jährlich eine Bedarfsumfrage unter den Mitgliedern durch.",
      en: "Run a needs survey among the members at least once a year.",
    },
  },
  V5: {
    name: { de: "Internationalisierungsaktivitäten pro Jahr", en: "Internationalisation activities per year" },
    recommendation: {
      de: "Bieten Sie Delegationsreisen, Messebeteiligungen und Kooperationsbörsen mit Partnerclustern an.",
      en: "Offer delegation trips, trade fair participation and brokerage events with partner clusters.",
    },
  },
  V6: {
    name: { de: "Leistungen zur digitalen und grünen Transformation", en: "Digital and green transition services" },
    recommendation: {
      de: "Entwickeln Sie Angebote zur Digitalisierung und zur Nachhaltigkeit Ihrer Mitglieder.",
      en: "Develop services that help members with digitalisation and sustainability.",
    },
  },
  I1: {
    name: { de: "Veranstaltungen in den letzten 12 Monaten", en: "Events in the last 12 months" },
    recommendation: {
      de: "Planen Sie einen regelmäßigen Veranstaltungskalender mit thematischen Formaten.",
      en: "Plan a regular calendar of events with thematic formats.",
    },
  },
  I2: {
    name: { de: "Durchschnittliche Teilnehmende je Veranstaltung", en: "Average participants per event" },
    recommendation: {
      de: "Bewerben Sie Veranstaltungen gezielt bei den Mitgliedern, deren Bedarfe sie ansprechen.",
      en: "Promote events to the members whose needs they address.",
    },
  },
  I3: {
    name: { de: "In den letzten 12 Monaten aktive Mitglieder", en: "Members active in the last 12 months" },
    recommendation: {
      de: "Sprechen Sie inaktive Mitglieder persönlich an und laden Sie sie zu passenden Angeboten ein.",
      en: "Contact inactive members personally and invite them to offers that fit them.",
    },
  },
  I4: {
    name: { de: "Angenommene B2B-Gesprächsanfragen je Mitglied und Jahr", en: "Accepted B2B meeting requests per member per year" },
    recommendation: {
      de: "Ermutigen Sie Mitglieder, Kooperationsprofile zu veröffentlichen und Gesprächsanfragen zu stellen.",
      en: "Encourage members to publish cooperation profiles and send meeting requests.",
    },
  },
  I5: {
    name: { de: "Aktive clusterübergreifende Partnerschaften", en: "Active cross-cluster partnerships" },
    recommendation: {
      de: "Vereinbaren Sie Partnerschaften mit Clustern, deren Mitglieder Ihre Mitglieder ergänzen.",
      en: "Agree partnerships with clusters whose members complement your own.",
    },
  },
  I6: {
    name: { de: "Genutzte Kommunikationskanäle", en: "Communication channels used" },
    recommendation: {
      de: "Nutzen Sie mehrere Kanäle, damit Informationen alle Mitgliedergruppen erreichen.",
      en: "Use several channels so that information reaches every group of members.",
    },
  },
  R1: {
    name: { de: "Dokumentierte Erfolgsgeschichten der letzten 24 Monate", en: "Success stories documented, last 24 months" },
    recommendation: {
      de: "Dokumentieren Sie Ergebnisse von Projekten und Kooperationen als Erfolgsgeschichten.",
      en: "Document the results of projects and cooperations as success stories.",
    },
  },
  R2: {
    name: {
      de: "Partnerschaftsvereinbarungen zwischen Mitgliedern, letzte 12 Monate",
      en: "Partnership agreements between members, last 12 months",
    },
    recommendation: {
      de: "Begleiten Sie Matches bis zur Vereinbarung und erfassen Sie die Ergebnisse.",
      en: "Follow matches through to an agreement and record the outcomes.",
    },
  },
  R3: {
    name: { de: "Medienberichte pro Jahr", en: "Media articles per year" },
    recommendation: {
      de: "Bereiten Sie Erfolge des Clusters für Presse und Fachmedien auf.",
      en: "Prepare the cluster's successes for the press and trade media.",
    },
  },
  R4: {
    name: { de: "Externe Anerkennung", en: "External recognition" },
    recommendation: {
      de: "Bewerben Sie sich um Labels, Preise und Förderprogramme, die zu Ihrem Cluster passen.",
      en: "Apply for labels, awards and programmes that fit your cluster.",
    },
  },
};
