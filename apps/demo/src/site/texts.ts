import type { Locale } from '@nrw-health/core';
import type { PageId } from './routes';

// The site's own words; the widgets bring theirs. English first: the dashboard is meant for
// international investors and partners (seed 002, l.589). Plain language, short sentences.

const en = {
  siteName: 'International Health.Ruhr',
  tagline: 'Health economy, research and care in the Ruhr, North Rhine-Westphalia and Germany',
  skipLink: 'Skip to content',
  navLabel: 'Main',
  languageLabel: 'Language',
  otherLanguage: 'Deutsch',
  pages: {
    overview: 'Overview',
    research: 'Clinical research',
    actors: 'Actors',
    data: 'Data and sources',
    accessibility: 'Accessibility',
  } satisfies Record<PageId, string>,
  descriptions: {
    overview:
      'Indicators of the health economy in the Ruhr compared with North Rhine-Westphalia and Germany: population, care, jobs, research and training.',
    research:
      'Clinical trials with sites in North Rhine-Westphalia: search by condition, place and status, and see how many trials each city takes part in.',
    actors:
      'Hospitals, universities, research institutes, companies and networks of the health economy in the Ruhr and North Rhine-Westphalia.',
    data: 'Where every figure of this site comes from, under which licence, and the data to download as CSV and JSON-stat.',
    accessibility:
      'How accessible this site is, how we test it, and how to tell us about barriers.',
  } satisfies Record<PageId, string>,
  footer: {
    builtWith: 'Built with the open-source kit @nrw-health (MIT licence).',
    figures:
      'Figures from the regional strategy documents, each with its source. Trial records remain those of their registries.',
    built: 'Built on',
  },
  overview: {
    title: 'International Health.Ruhr',
    intro:
      'Measured by employment, health is the largest and most dynamic lead market of the Ruhr’s economy, as the regional study of 2023 puts it. These indicators compare it with North Rhine-Westphalia (NRW) and Germany. Every figure names its source; where no figure exists yet, the indicator is not shown.',
    atAGlance: 'At a glance',
    groupsNav: 'Indicator groups',
    comparison: 'The Ruhr, NRW and Germany',
    comparisonIntro:
      'The Ruhr is never typed in here: its value is computed from its 15 districts, and where districts lack a value the comparison says so.',
    map: 'The Ruhr district by district',
    mapIntro: 'Digital-health start-ups by district, as the strategy documents count them.',
    keyFigures: 'Key figures',
    charts: 'Comparisons and trends',
    indicatorsInGroup: (count: number) =>
      count === 1 ? '1 indicator with data' : `${count} indicators with data`,
  },
  research: {
    title: 'Clinical research in North Rhine-Westphalia',
    intro:
      'Find clinical trials by condition, treatment, place or registry number. Filter for trials that are looking for participants now.',
    source: 'Where these trials come from',
    sourceFile: (count: string, files: number) =>
      `${count} trials read from ${files === 1 ? 'one file' : `${files} files`} when this site was built, merged across registries with nrw-health merge.`,
    sourceFiles: 'The files',
    sourceLive: (count: string, date: string) =>
      `${count} trials with a site in North Rhine-Westphalia, retrieved live from ClinicalTrials.gov on ${date}.`,
    sourceNone:
      'This build has no trials. A site operator adds them at build time: DEMO_TRIALS=path/to/file pnpm demo:build reads any format the nrw-health CLI reads (ClinicalTrials.gov, DRKS, EU CTIS, EUCTR, WHO ICTRP, FHIR, NDJSON), several files separated by commas; a build that can reach ClinicalTrials.gov fetches the trials with sites in North Rhine-Westphalia itself.',
    finderHeading: 'Find a trial',
    detailClose: 'Close',
    detailLoading: 'Loading all details of this trial…',
    detailError: 'The full record could not be loaded; this shows the summary.',
    loadError: 'The trials could not be loaded. Reload the page to try again.',
    byCity: 'Trials by city',
    byCityIntro: (nrw: string, outside: string) =>
      `${nrw} of these trials have a site in North Rhine-Westphalia; ${outside} have sites elsewhere only. A trial with sites in several cities counts once in each.`,
    mapTitle: 'Trials with a site in each district of NRW',
    mapUnit: 'trials',
    cityTable: 'Trials by city in North Rhine-Westphalia',
    city: 'City',
    district: 'District',
    trials: 'Trials',
    recruiting: 'Recruiting now',
    noCities: 'None of these trials has a site in North Rhine-Westphalia.',
    seedFigure: 'What the strategy documents report',
    seedFigureIntro:
      'The strategy documents counted participation in clinical trials from 2013 to 2022 for five cities of the Ruhr.',
  },
  actors: {
    title: 'Health actors in the Ruhr and North Rhine-Westphalia',
    intro: (count: number) =>
      `${count} organisations that the regional strategy documents name: hospitals, universities, research institutes, companies, start-ups and networks. Organisations only, never people.`,
    where: 'Where they are',
    mapTitle: 'Actors by district of the Ruhr',
    mapUnit: 'actors',
    mapNote: (outside: number, unknown: number) =>
      `${outside} more are in other parts of NRW, ${unknown} have no district in the documents.`,
    directory: 'Directory',
  },
  data: {
    title: 'Data and sources',
    intro:
      'Everything on this site comes from public sources. Nothing is invented: every figure names the document and lines it comes from, and the data is yours to download in open formats.',
    downloads: 'Downloads',
    downloadsIntro:
      'Open formats that statistics offices and registries use. CSV opens in any spreadsheet; the CSVW file describes its columns; JSON-stat is the format of Eurostat and many statistics offices.',
    dataset: 'Dataset',
    format: 'Format',
    file: 'File',
    size: 'Size',
    observationsAll: 'All indicator figures',
    csvEnglish: 'CSV (English: comma, decimal point)',
    csvGerman: 'CSV (German: semicolon, decimal comma)',
    csvw: 'CSVW metadata (describes the CSV columns)',
    jsonStat: 'JSON-stat 2.0 collection (one dataset per indicator)',
    definitions: 'Indicator definitions',
    actorsJson: 'Actors',
    json: 'JSON (the @nrw-health/core model)',
    trialsNdjson: 'Clinical trials of this build',
    ndjson: 'NDJSON (one trial per line, the @nrw-health/core model)',
    indicators: 'Indicators and their sources',
    indicatorsCaption: 'Indicators with figures, their unit, source and downloads',
    indicator: 'Indicator',
    group: 'Group',
    unit: 'Unit',
    figures: 'Figures',
    sourceColumn: 'Source',
    downloadColumn: 'Download',
    jsonStatGap: (count: number) =>
      `JSON-stat holds one figure per region and period. For ${count === 1 ? 'one indicator' : `${count} indicators`}, the documents give two figures for the same region and period (from different passages, never averaged), so ${count === 1 ? 'it comes' : 'they come'} as CSV only.`,
    documents: 'The documents',
    documentsIntro:
      'The figures, organisations and indicator catalogue come from five regional strategy documents (in German). Each figure cites its document, the lines of its text, and the primary source the document names.',
    producer: 'By',
    published: 'Published',
    notStated: 'not stated',
    provenance: 'Provenance',
    provenanceText: [
      'Each figure keeps its source: the document, the line range of its text file, and the statistics office or study it cites (for example IT.NRW, Bundesagentur für Arbeit, Scopus).',
      'Rounded figures are marked as estimated; doubts stay visible as footnotes. The Ruhr is computed from its districts where the comparison needs it, never typed in.',
      'Clinical trials keep their registry, the date of their record and, when several registries describe one trial, the source of every field.',
    ],
    licences: 'Licences',
    licenceText: [
      'The software of this site and of the @nrw-health packages is open source under the MIT licence.',
      'The figures are facts quoted from the documents named above, which remain the works of their authors. The descriptions and translations are ours and share the MIT licence of the packages.',
      'Trial records remain subject to the terms of the registry each one names (ClinicalTrials.gov, DRKS, the EU registers, WHO ICTRP).',
    ],
  },
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'This site is meant for everyone, including older people, people who use assistive technology and people who read German or English as a second language.',
    status: 'How accessible this site is',
    statusText:
      'The site aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, which the European standard EN 301 549 and the German BITV 2.0 build on.',
    testing: 'How we test it',
    testingItems: [
      'Every page, in German and in English, is checked with the axe-core rules for WCAG 2.2 A and AA in Chromium on every change.',
      'Every widget is operated by keyboard alone in automated tests: searching for a trial and opening it, filtering actors, switching a chart to its table and downloading its data.',
      'Every page is readable before any script runs: the content is in the HTML.',
      'Lighthouse measures accessibility, performance and best practices of every page.',
    ],
    features: 'What you can rely on',
    featureItems: [
      'Every chart and map has a table with the same figures, a summary in words and a CSV download.',
      'Nothing is told by colour alone: data series have markers and dashes, map tiles have labels.',
      'Focus is always visible, targets are at least 24 by 24 pixels, and nothing moves on its own.',
      'The site follows your system settings for dark mode, high contrast (forced colours) and reduced motion.',
      'Text can be enlarged to 200 % and read at 320 pixels width without scrolling sideways, except for wide tables and maps, which scroll on their own.',
    ],
    limits: 'Known limits',
    limitItems: [
      'Trial records are shown in the languages their registries publish: many ClinicalTrials.gov records exist in English only.',
      'The strategy documents are German texts; their titles are not translated.',
    ],
    feedback: 'Tell us about barriers',
    feedbackText:
      'If something on this site does not work for you, please open an issue in the repository of the @nrw-health kit and describe the page and what happened. We answer in German or English.',
    date: 'This statement was prepared on the basis of the automated tests above and a review of the pages.',
  },
};

export type SiteTexts = typeof en;

const de: SiteTexts = {
  siteName: 'International Health.Ruhr',
  tagline:
    'Gesundheitswirtschaft, Forschung und Versorgung im Ruhrgebiet, in NRW und in Deutschland',
  skipLink: 'Zum Inhalt springen',
  navLabel: 'Hauptnavigation',
  languageLabel: 'Sprache',
  otherLanguage: 'English',
  pages: {
    overview: 'Überblick',
    research: 'Klinische Forschung',
    actors: 'Akteure',
    data: 'Daten und Quellen',
    accessibility: 'Barrierefreiheit',
  },
  descriptions: {
    overview:
      'Kennzahlen der Gesundheitswirtschaft im Ruhrgebiet im Vergleich mit Nordrhein-Westfalen und Deutschland: Bevölkerung, Versorgung, Beschäftigung, Forschung und Ausbildung.',
    research:
      'Klinische Studien mit Studienzentren in Nordrhein-Westfalen: nach Erkrankung, Ort und Status suchen und sehen, an wie vielen Studien jede Stadt beteiligt ist.',
    actors:
      'Krankenhäuser, Hochschulen, Forschungsinstitute, Unternehmen und Netzwerke der Gesundheitswirtschaft im Ruhrgebiet und in Nordrhein-Westfalen.',
    data: 'Woher jede Zahl dieser Seite stammt, unter welcher Lizenz sie steht, und die Daten zum Herunterladen als CSV und JSON-stat.',
    accessibility:
      'Wie barrierefrei diese Seite ist, wie wir das prüfen und wie Sie uns Barrieren melden.',
  },
  footer: {
    builtWith: 'Erstellt mit dem Open-Source-Baukasten @nrw-health (MIT-Lizenz).',
    figures:
      'Zahlen aus den regionalen Strategiepapieren, jede mit ihrer Quelle. Studiendaten bleiben die ihrer Register.',
    built: 'Erstellt am',
  },
  overview: {
    title: 'International Health.Ruhr',
    intro:
      'Gemessen an der Beschäftigung ist Gesundheit der größte und dynamischste Leitmarkt der Ruhrgebietswirtschaft, so die regionale Studie von 2023. Diese Kennzahlen vergleichen es mit Nordrhein-Westfalen (NRW) und Deutschland. Jede Zahl nennt ihre Quelle; wo es noch keine Zahl gibt, fehlt der Indikator.',
    atAGlance: 'Auf einen Blick',
    groupsNav: 'Indikatorgruppen',
    comparison: 'Ruhrgebiet, NRW und Deutschland',
    comparisonIntro:
      'Das Ruhrgebiet wird hier nie eingetragen: Sein Wert wird aus seinen 15 Kreisen und kreisfreien Städten berechnet. Fehlen dort Werte, sagt der Vergleich das.',
    map: 'Das Ruhrgebiet nach Kreisen',
    mapIntro:
      'Digital-Health-Start-ups nach Kreisen und kreisfreien Städten, wie die Strategiepapiere sie zählen.',
    keyFigures: 'Kennzahlen',
    charts: 'Vergleiche und Entwicklungen',
    indicatorsInGroup: (count: number) =>
      count === 1 ? '1 Indikator mit Daten' : `${count} Indikatoren mit Daten`,
  },
  research: {
    title: 'Klinische Forschung in Nordrhein-Westfalen',
    intro:
      'Finden Sie klinische Studien nach Erkrankung, Behandlung, Ort oder Registernummer. Filtern Sie nach Studien, die jetzt Teilnehmende suchen.',
    source: 'Woher diese Studien stammen',
    sourceFile: (count: string, files: number) =>
      `${count} Studien aus ${files === 1 ? 'einer Datei' : `${files} Dateien`}, eingelesen beim Erstellen dieser Seite und mit nrw-health merge über die Register hinweg zusammengeführt.`,
    sourceFiles: 'Die Dateien',
    sourceLive: (count: string, date: string) =>
      `${count} Studien mit einem Zentrum in Nordrhein-Westfalen, am ${date} live von ClinicalTrials.gov abgerufen.`,
    sourceNone:
      'Diese Fassung enthält keine Studien. Betreiber fügen sie beim Erstellen hinzu: DEMO_TRIALS=pfad/zur/datei pnpm demo:build liest jedes Format, das die nrw-health-CLI liest (ClinicalTrials.gov, DRKS, EU CTIS, EUCTR, WHO ICTRP, FHIR, NDJSON), mehrere Dateien durch Kommas getrennt; ein Build mit Zugang zu ClinicalTrials.gov ruft die Studien mit Zentren in Nordrhein-Westfalen selbst ab.',
    finderHeading: 'Studie finden',
    detailClose: 'Schließen',
    detailLoading: 'Alle Angaben zu dieser Studie werden geladen …',
    detailError:
      'Der vollständige Eintrag konnte nicht geladen werden; hier steht die Zusammenfassung.',
    loadError:
      'Die Studien konnten nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.',
    byCity: 'Studien nach Städten',
    byCityIntro: (nrw: string, outside: string) =>
      `${nrw} dieser Studien haben ein Zentrum in Nordrhein-Westfalen, ${outside} nur Zentren anderswo. Eine Studie mit Zentren in mehreren Städten zählt in jeder einmal.`,
    mapTitle: 'Studien mit einem Zentrum in jedem Kreis von NRW',
    mapUnit: 'Studien',
    cityTable: 'Studien nach Städten in Nordrhein-Westfalen',
    city: 'Stadt',
    district: 'Kreis',
    trials: 'Studien',
    recruiting: 'Rekrutieren jetzt',
    noCities: 'Keine dieser Studien hat ein Zentrum in Nordrhein-Westfalen.',
    seedFigure: 'Was die Strategiepapiere berichten',
    seedFigureIntro:
      'Die Strategiepapiere zählen die Beteiligung an klinischen Studien von 2013 bis 2022 für fünf Städte des Ruhrgebiets.',
  },
  actors: {
    title: 'Akteure der Gesundheitswirtschaft im Ruhrgebiet und in Nordrhein-Westfalen',
    intro: (count: number) =>
      `${count} Organisationen, die die regionalen Strategiepapiere nennen: Krankenhäuser, Hochschulen, Forschungsinstitute, Unternehmen, Start-ups und Netzwerke. Nur Organisationen, nie Personen.`,
    where: 'Wo sie ansässig sind',
    mapTitle: 'Akteure nach Kreisen des Ruhrgebiets',
    mapUnit: 'Akteure',
    mapNote: (outside: number, unknown: number) =>
      `${outside} weitere liegen in anderen Teilen von NRW, für ${unknown} nennen die Papiere keinen Kreis.`,
    directory: 'Verzeichnis',
  },
  data: {
    title: 'Daten und Quellen',
    intro:
      'Alles auf dieser Seite stammt aus öffentlichen Quellen. Nichts ist erfunden: Jede Zahl nennt das Dokument und die Zeilen, aus denen sie stammt, und die Daten stehen in offenen Formaten zum Herunterladen bereit.',
    downloads: 'Downloads',
    downloadsIntro:
      'Offene Formate, wie Statistikämter und Register sie nutzen. CSV öffnet jede Tabellenkalkulation; die CSVW-Datei beschreibt die Spalten; JSON-stat ist das Format von Eurostat und vielen Statistikämtern.',
    dataset: 'Datensatz',
    format: 'Format',
    file: 'Datei',
    size: 'Größe',
    observationsAll: 'Alle Kennzahlen',
    csvEnglish: 'CSV (englisch: Komma, Dezimalpunkt)',
    csvGerman: 'CSV (deutsch: Semikolon, Dezimalkomma)',
    csvw: 'CSVW-Metadaten (beschreiben die CSV-Spalten)',
    jsonStat: 'JSON-stat-2.0-Sammlung (ein Datensatz je Indikator)',
    definitions: 'Indikatordefinitionen',
    actorsJson: 'Akteure',
    json: 'JSON (das Modell von @nrw-health/core)',
    trialsNdjson: 'Klinische Studien dieser Fassung',
    ndjson: 'NDJSON (eine Studie je Zeile, das Modell von @nrw-health/core)',
    indicators: 'Indikatoren und ihre Quellen',
    indicatorsCaption: 'Indikatoren mit Zahlen, ihre Einheit, Quelle und Downloads',
    indicator: 'Indikator',
    group: 'Gruppe',
    unit: 'Einheit',
    figures: 'Werte',
    sourceColumn: 'Quelle',
    downloadColumn: 'Download',
    jsonStatGap: (count: number) =>
      `JSON-stat fasst eine Zahl je Region und Zeitraum. Für ${count === 1 ? 'einen Indikator' : `${count} Indikatoren`} nennen die Dokumente zwei Zahlen für dieselbe Region und denselben Zeitraum (aus verschiedenen Stellen, nie gemittelt); ${count === 1 ? 'er steht' : 'sie stehen'} daher nur als CSV bereit.`,
    documents: 'Die Dokumente',
    documentsIntro:
      'Die Zahlen, Organisationen und der Indikatorenkatalog stammen aus fünf regionalen Strategiepapieren. Jede Zahl nennt ihr Dokument, die Zeilen seines Textes und die Primärquelle, die das Dokument angibt.',
    producer: 'Von',
    published: 'Erschienen',
    notStated: 'nicht angegeben',
    provenance: 'Herkunft',
    provenanceText: [
      'Jede Zahl behält ihre Quelle: das Dokument, den Zeilenbereich seiner Textdatei und das Statistikamt oder die Studie, die es zitiert (etwa IT.NRW, Bundesagentur für Arbeit, Scopus).',
      'Gerundete Zahlen sind als geschätzt markiert; Zweifel bleiben als Fußnoten sichtbar. Das Ruhrgebiet wird, wo der Vergleich es braucht, aus seinen Kreisen berechnet, nie eingetragen.',
      'Klinische Studien behalten ihr Register, das Datum ihres Eintrags und, wenn mehrere Register eine Studie beschreiben, die Quelle jedes Feldes.',
    ],
    licences: 'Lizenzen',
    licenceText: [
      'Die Software dieser Seite und der @nrw-health-Pakete ist Open Source unter der MIT-Lizenz.',
      'Die Zahlen sind Fakten, zitiert aus den oben genannten Dokumenten, die Werke ihrer Urheber bleiben. Beschreibungen und Übersetzungen stammen von uns und stehen wie die Pakete unter der MIT-Lizenz.',
      'Studieneinträge unterliegen den Bedingungen des Registers, das jeder Eintrag nennt (ClinicalTrials.gov, DRKS, die EU-Register, WHO ICTRP).',
    ],
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    intro:
      'Diese Seite ist für alle gedacht, auch für ältere Menschen, für Menschen, die assistive Technik nutzen, und für Menschen, die Deutsch oder Englisch als Zweitsprache lesen.',
    status: 'Wie barrierefrei diese Seite ist',
    statusText:
      'Die Seite soll den Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA entsprechen, auf denen die europäische Norm EN 301 549 und die BITV 2.0 aufbauen.',
    testing: 'Wie wir das prüfen',
    testingItems: [
      'Jede Seite wird auf Deutsch und auf Englisch bei jeder Änderung mit den axe-core-Regeln für WCAG 2.2 A und AA in Chromium geprüft.',
      'Jedes Element wird in automatischen Tests allein mit der Tastatur bedient: eine Studie suchen und öffnen, Akteure filtern, ein Diagramm auf seine Tabelle umschalten und die Daten herunterladen.',
      'Jede Seite ist lesbar, bevor ein Skript läuft: Der Inhalt steht im HTML.',
      'Lighthouse misst Barrierefreiheit, Geschwindigkeit und bewährte Verfahren jeder Seite.',
    ],
    features: 'Worauf Sie sich verlassen können',
    featureItems: [
      'Jedes Diagramm und jede Karte hat eine Tabelle mit denselben Zahlen, eine Zusammenfassung in Worten und einen CSV-Download.',
      'Nichts wird nur durch Farbe mitgeteilt: Datenreihen haben Markierungen und Strichmuster, Kartenkacheln Beschriftungen.',
      'Der Fokus ist immer sichtbar, Bedienelemente sind mindestens 24 × 24 Pixel groß, und nichts bewegt sich von selbst.',
      'Die Seite folgt Ihren Systemeinstellungen für dunkle Darstellung, hohen Kontrast (erzwungene Farben) und reduzierte Bewegung.',
      'Text lässt sich auf 200 % vergrößern und bei 320 Pixeln Breite ohne seitliches Scrollen lesen, außer breiten Tabellen und Karten, die für sich scrollen.',
    ],
    limits: 'Bekannte Einschränkungen',
    limitItems: [
      'Studieneinträge erscheinen in den Sprachen, in denen ihre Register sie veröffentlichen: Viele Einträge von ClinicalTrials.gov gibt es nur auf Englisch.',
      'Die Strategiepapiere sind deutsche Texte; ihre Titel sind nicht übersetzt.',
    ],
    feedback: 'Barrieren melden',
    feedbackText:
      'Wenn etwas auf dieser Seite für Sie nicht funktioniert, eröffnen Sie bitte ein Issue im Repository des @nrw-health-Baukastens und beschreiben Sie die Seite und was passiert ist. Wir antworten auf Deutsch oder Englisch.',
    date: 'Diese Erklärung beruht auf den oben genannten automatischen Tests und einer Durchsicht der Seiten.',
  },
};

const texts: Record<Locale, SiteTexts> = { en, de };

/** The site's texts in a language. */
export const textsFor = (locale: Locale): SiteTexts => texts[locale];
