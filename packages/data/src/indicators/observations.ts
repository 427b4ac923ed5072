import type { LocalizedText, Observation } from '@nrw-health/core';
import { fromSeed } from '../sources';

/*
 * Every figure the seed documents give for an indicator of definitions.ts, one observation per
 * figure, with the lines where it stands. Figures for the same quantity from different passages
 * stay separate observations; nothing is averaged, summed or derived.
 *
 * Regions: 'RVR' is the Ruhr as the seeds name it (Ruhrgebiet, Metropole Ruhr), '05' NRW, 'DE'
 * Germany, AGS for cities (Witten: municipality key 05954036 in the Ennepe-Ruhr-Kreis), ISO
 * 3166-1 alpha-2 for other countries. Status 'estimated' marks figures the seed rounds ("rund",
 * "etwa", "ca.", "annähernd", "knapp"); "mehr als" and "über" give a footnote and stay normal.
 */

const note = (de: string, en: string): LocalizedText => ({ de, en });

/** "rund", "etwa", …: the seed rounds the figure. */
const approximately = (word: string) =>
  note(
    `Die Quelle schreibt „${word}“: gerundeter Wert (rund).`,
    `The source says "${word}": a rounded figure (approximately).`,
  );

/** "mehr als", "über", …: the figure is a lower bound. */
const moreThan = (word: string) =>
  note(
    `Die Quelle schreibt „${word}“: der Wert ist eine Untergrenze (mehr als).`,
    `The source says "${word}": the figure is a lower bound (more than).`,
  );

/** The seed names no period: the observation carries the year of the document. */
const documentYear = {
  '000': note(
    'Die Quelle nennt kein Bezugsjahr und das Dokument kein Erscheinungsjahr. Angegeben ist 2019: das Jahr, in dem der Strategieprozess begann (l.53-55), und das jüngste Jahr im Text (l.967). Die Zahl kann älter sein.',
    'The source states no reference year and the document no year of publication. The period given is 2019: the year the strategy process began (l.53-55) and the latest year in the text (l.967). The figure may be older.',
  ),
  '001': note(
    'Die Quelle nennt für diese Zahl kein Bezugsjahr; angegeben ist das Jahr des Dokuments, 2023 (jüngstes Abrufdatum im Text: 30. März 2023, l.156).',
    'The source states no reference year for this figure; the period is the year of the document, 2023 (latest access date in the text: 30 March 2023, l.156).',
  ),
  '002': note(
    'Die Quelle nennt für diese Zahl kein Bezugsjahr; angegeben ist das Jahr des Dokuments, 2023 (Titelseite: 2022/2023, l.7).',
    'The source states no reference year for this figure; the period is the year of the document, 2023 (title page: 2022/2023, l.7).',
  ),
  '003': note(
    'Die Quelle nennt für diese Zahl kein Bezugsjahr; angegeben ist das Jahr des Dokuments, 2023 (Veranstaltung am 20. Oktober 2023, l.9-12).',
    'The source states no reference year for this figure; the period is the year of the document, 2023 (event on 20 October 2023, l.9-12).',
  ),
} as const;

const hospitalDate = note(
  'Stand: 31.12.2019 (amtliche Landesstatistik von IT.NRW).',
  'As of 31 December 2019 (official state statistics of IT.NRW).',
);

const ambulatoryPeriod = note(
  'Die Quelle nennt für die Zahlen des ambulanten Bereichs kein Bezugsjahr; angegeben ist das Jahr des Dokuments, 2023. Der vorangehende Satz zu den Krankenhäusern nennt den Stand 31.12.2019 (l.745); ob er auch hier gilt, bleibt offen.',
  'The source states no reference year for the outpatient figures; the period is the year of the document, 2023. The preceding sentence on hospitals gives 31 December 2019 (l.745); whether that date applies here too is not said.',
);

const ambulatoryRounded = note(
  'Die Quelle schreibt „rund“ vor der Aufzählung; es gilt vermutlich für alle vier Zahlen (rund).',
  'The source puts "rund" (approximately) before the list; it probably applies to all four figures (approximately).',
);

const bedsUnitDoubt = note(
  'Einheit zweifelhaft: Die Quelle schreibt „je 100.000 Einwohner“, die Größenordnung passt aber zu Betten je 1.000 Einwohner (etwa 38.000 Betten bei etwa 5,1 Mio. Einwohnern, l.741 und Dokument 002 l.66).',
  'Unit in doubt: the source says "per 100,000 residents", but the size fits beds per 1,000 residents (about 38,000 beds for about 5.1 million residents, l.741 and document 002 l.66).',
);

const inventory2022 = note(
  'Bestandsaufnahme von Dokument 001 auf Basis öffentlich verfügbarer Internet-Informationen; die Unternehmenslisten wurden am 16./17.08.2022 abgerufen (Fußnote 10, l.1346-1348).',
  'Inventory of document 001 based on publicly available internet information; the company lists were retrieved on 16/17 August 2022 (footnote 10, l.1346-1348).',
);

const trialsCounting = note(
  'Gezählt ist die Beteiligung an Studien: Eine multizentrische Studie mit Standorten in mehreren Städten oder Ländern ist in jeder davon gezählt.',
  'Participation in trials is counted: a multi-site trial with sites in several cities or countries is counted in each of them.',
);

const trialsWindow = note(
  'Zeitraum 01/2013-12/2022 (l.471, Abb. 2 l.475); die Suchstrategie nennt zugleich „Studien ab dem 01. Januar 2000“ (l.471), wie beides zusammenwirkt, sagt die Quelle nicht. Stand der Abfrage: Anfang 2023 (l.471), im Anhang März 2023 (l.659).',
  'Period 01/2013-12/2022 (l.471, fig. 2 l.475); the search strategy also says "trials from 1 January 2000" (l.471), and the source does not say how the two combine. Queried early 2023 (l.471), in the annex March 2023 (l.659).',
);

const seed001Published = note(
  'Bezugsjahr: Erscheinungsjahr der zitierten Studie (Thiel et al. 2018, l.352).',
  'Reference year: year of publication of the cited study (Thiel et al. 2018, l.352).',
);

const nursingPeriod = note(
  'Quelle: Bundesagentur für Arbeit 2022 (l.351); einen Stichtag nennt Dokument 002 nicht.',
  'Source: Federal Employment Agency 2022 (l.351); document 002 gives no reference date.',
);

export const observations: readonly Observation[] = [
  // --- Population ------------------------------------------------------------------------
  {
    indicator: 'population',
    region: 'RVR',
    period: '2021-12-31',
    value: 5.1,
    status: 'normal',
    source: fromSeed('002', [66, 66], 'IT.NRW 2022'),
    footnotes: [
      note(
        'Die Quelle zitiert „IT.NRW 2022“; das Literaturverzeichnis nennt dazu „Bevölkerung im Regierungsbezirk Arnsberg am 31.12.2021“ (l.635). Stichtag daher 31.12.2021.',
        'The source cites "IT.NRW 2022"; the bibliography lists it as "population in the administrative district of Arnsberg on 31 December 2021" (l.635). Reference date therefore 31 December 2021.',
      ),
    ],
  },
  {
    indicator: 'population',
    region: 'RVR',
    period: '2023',
    value: 5,
    status: 'normal',
    source: fromSeed('002', [469, 469]),
    footnotes: [moreThan('über 5 Millionen'), documentYear['002']],
  },
  {
    indicator: 'population',
    region: '05',
    period: '2019',
    value: 17,
    status: 'normal',
    source: fromSeed('000', [404, 406]),
    footnotes: [moreThan('mehr als 17 Millionen'), documentYear['000']],
  },
  {
    indicator: 'population',
    region: 'DK',
    period: '2023',
    value: 5.8,
    status: 'normal',
    source: fromSeed('001', [553, 555]),
    footnotes: [documentYear['001']],
  },

  // --- Income --------------------------------------------------------------------------------
  {
    indicator: 'purchasing-power',
    region: 'RVR',
    period: '2023',
    value: 105,
    status: 'estimated',
    source: fromSeed('002', [70, 70]),
    footnotes: [
      approximately('etwa 105 Milliarden'),
      note(
        'Die Quelle nennt keine Währung („105 Milliarden“); aus dem Zusammenhang Euro.',
        'The source names no currency ("105 billion"); euros from the context.',
      ),
      documentYear['002'],
    ],
  },
  {
    indicator: 'purchasing-power-per-capita',
    region: 'RVR',
    period: '2023',
    value: 21270,
    status: 'estimated',
    source: fromSeed('002', [70, 70]),
    footnotes: [approximately('etwa 21.270 €'), documentYear['002']],
  },
  {
    indicator: 'purchasing-power-per-capita',
    region: 'DE',
    period: '2023',
    value: 22340,
    status: 'normal',
    source: fromSeed('002', [70, 70]),
    footnotes: [documentYear['002']],
  },

  // --- Morbidity and attitudes ---------------------------------------------------------------
  {
    indicator: 'coronary-heart-disease-patients',
    region: 'DE',
    period: '2019',
    value: 1.5,
    status: 'normal',
    source: fromSeed('000', [1314, 1324]),
    footnotes: [moreThan('Mehr als 1,5 Millionen'), documentYear['000']],
  },
  {
    indicator: 'health-most-important-share',
    region: 'DE',
    period: '2020',
    value: 83,
    status: 'normal',
    source: fromSeed('002', [89, 89], 'Institut für Demoskopie Allensbach (2020)'),
    footnotes: [
      note(
        'Befragt wurden Deutsche; Zeitraum laut Quelle: Studie von 2020.',
        'Respondents in Germany; period as given: a study of 2020.',
      ),
    ],
  },

  // --- Hospitals and outpatient care in the Ruhr (document 001) -------------------------------
  {
    indicator: 'hospitals',
    region: 'RVR',
    period: '2019-12-31',
    value: 100,
    status: 'estimated',
    source: fromSeed('001', [737, 745], 'IT.NRW, Stand 31.12.2019'),
    footnotes: [approximately('rund 100'), hospitalDate],
  },
  {
    indicator: 'hospital-beds',
    region: 'RVR',
    period: '2019-12-31',
    value: 38000,
    status: 'estimated',
    source: fromSeed('001', [737, 745], 'IT.NRW, Stand 31.12.2019'),
    footnotes: [approximately('etwa 38.000'), hospitalDate],
  },
  {
    indicator: 'hospital-staff',
    region: 'RVR',
    period: '2019-12-31',
    value: 78000,
    status: 'normal',
    source: fromSeed('001', [737, 745], 'IT.NRW, Stand 31.12.2019'),
    footnotes: [moreThan('mehr als 78.000'), hospitalDate],
  },
  {
    indicator: 'hospital-nursing-staff',
    region: 'RVR',
    period: '2019-12-31',
    value: 31000,
    status: 'normal',
    source: fromSeed('001', [737, 745], 'IT.NRW, Stand 31.12.2019'),
    footnotes: [moreThan('über 31.000'), hospitalDate],
  },
  {
    indicator: 'hospital-doctors',
    region: 'RVR',
    period: '2019-12-31',
    value: 13000,
    status: 'normal',
    source: fromSeed('001', [737, 745], 'IT.NRW, Stand 31.12.2019'),
    footnotes: [moreThan('über 13.000'), hospitalDate],
  },
  {
    indicator: 'general-practitioners',
    region: 'RVR',
    period: '2023',
    value: 2600,
    status: 'estimated',
    source: fromSeed('001', [747, 753]),
    footnotes: [ambulatoryRounded, ambulatoryPeriod],
  },
  {
    indicator: 'specialist-physicians',
    region: 'RVR',
    period: '2023',
    value: 3600,
    status: 'estimated',
    source: fromSeed('001', [747, 753]),
    footnotes: [ambulatoryRounded, ambulatoryPeriod],
  },
  {
    indicator: 'dentists',
    region: 'RVR',
    period: '2023',
    value: 3200,
    status: 'estimated',
    source: fromSeed('001', [747, 753]),
    footnotes: [ambulatoryRounded, ambulatoryPeriod],
  },
  {
    indicator: 'pharmacies',
    region: 'RVR',
    period: '2023',
    value: 1100,
    status: 'estimated',
    source: fromSeed('001', [747, 753]),
    footnotes: [ambulatoryRounded, ambulatoryPeriod],
  },
  {
    indicator: 'hospital-beds-per-100000',
    region: 'RVR',
    period: '2023',
    value: 7.6,
    status: 'normal',
    source: fromSeed('001', [761, 767]),
    footnotes: [bedsUnitDoubt, documentYear['001']],
  },
  {
    indicator: 'hospital-beds-per-100000',
    region: '05',
    period: '2023',
    value: 6.6,
    status: 'normal',
    source: fromSeed('001', [761, 767]),
    footnotes: [bedsUnitDoubt, documentYear['001']],
  },

  // --- University medicine in NRW (document 000) ----------------------------------------------
  {
    indicator: 'university-hospitals',
    region: '05',
    period: '2019',
    value: 7,
    status: 'normal',
    source: fromSeed('000', [603, 608]),
    footnotes: [documentYear['000']],
  },
  {
    indicator: 'university-hospital-staff',
    region: '05',
    period: '2019',
    value: 47000,
    status: 'normal',
    source: fromSeed('000', [603, 608]),
    footnotes: [documentYear['000']],
  },
  {
    indicator: 'teaching-hospitals',
    region: '05',
    period: '2019',
    value: 144,
    status: 'normal',
    source: fromSeed('000', [610, 610]),
    footnotes: [documentYear['000']],
  },
  {
    indicator: 'medical-faculties',
    region: '05',
    period: '2019',
    value: 8,
    status: 'normal',
    source: fromSeed('000', [612, 614]),
    footnotes: [documentYear['000']],
  },
  {
    indicator: 'medical-faculty-professorships',
    region: '05',
    period: '2019',
    value: 700,
    status: 'normal',
    source: fromSeed('000', [612, 614]),
    footnotes: [moreThan('mehr als 700 Professuren'), documentYear['000']],
  },
  {
    indicator: 'medical-faculty-students',
    region: '05',
    period: '2019',
    value: 20000,
    status: 'normal',
    source: fromSeed('000', [612, 614]),
    footnotes: [
      note(
        'Die Quelle schreibt „mit mehr als 700 Professuren und 20.000 Studierenden“; ob „mehr als“ auch für die Studierenden gilt, bleibt offen.',
        'The source says "with more than 700 professorships and 20,000 students"; whether "more than" also applies to the students is not clear.',
      ),
      documentYear['000'],
    ],
  },
  {
    indicator: 'medical-publications',
    region: '05',
    period: '2019',
    value: 4000,
    status: 'normal',
    source: fromSeed('000', [616, 618], 'Literaturdatenbank Scopus'),
    footnotes: [moreThan('Mehr als 4.000 Originalpublikationen pro Jahr'), documentYear['000']],
  },
  {
    indicator: 'medical-faculties',
    region: 'RVR',
    period: '2023',
    value: 3,
    status: 'normal',
    source: fromSeed('002', [106, 106]),
    footnotes: [
      note(
        'Die Quelle nennt Bochum, Essen und Witten-Herdecke.',
        'The source names Bochum, Essen and Witten-Herdecke.',
      ),
      documentYear['002'],
    ],
  },

  // --- Health technology in NRW (document 000) ------------------------------------------------
  {
    indicator: 'health-economy-companies',
    region: '05',
    period: '2019',
    value: 62000,
    status: 'normal',
    source: fromSeed('000', [339, 351]),
    footnotes: [moreThan('mehr als'), documentYear['000']],
  },
  {
    indicator: 'health-economy-revenue',
    region: '05',
    period: '2019',
    value: 62,
    status: 'normal',
    source: fromSeed('000', [339, 351]),
    footnotes: [
      note(
        'Jahresumsatz der 62.000 Unternehmen der Gesundheitswirtschaft („insgesamt 62 Mrd €“); ob das „mehr als“ am Anfang der Aufzählung auch hierfür gilt, bleibt offen.',
        'Annual revenue of the 62,000 health-economy companies ("62 billion € in total"); whether the "more than" at the head of the list applies here too is not clear.',
      ),
      documentYear['000'],
    ],
  },
  {
    indicator: 'health-economy-companies',
    region: '05',
    period: '2019',
    value: 200,
    status: 'normal',
    breakdowns: { sector: 'medical-technology' },
    source: fromSeed('000', [339, 343]),
    footnotes: [moreThan('mehr als'), documentYear['000']],
  },
  {
    indicator: 'health-economy-revenue',
    region: '05',
    period: '2019',
    value: 1.5,
    status: 'normal',
    breakdowns: { sector: 'medical-technology' },
    source: fromSeed('000', [339, 343]),
    footnotes: [
      note(
        'Jahresumsatz der Medizintechnik-Unternehmen; ob das „mehr als“ am Anfang der Aufzählung auch hierfür gilt, bleibt offen.',
        'Annual revenue of the medical technology companies; whether the "more than" at the head of the list applies here too is not clear.',
      ),
      documentYear['000'],
    ],
  },
  {
    indicator: 'biotechnology-companies',
    region: '05',
    period: '2019',
    value: 500,
    status: 'normal',
    source: fromSeed('000', [339, 347]),
    footnotes: [moreThan('mehr als'), documentYear['000']],
  },
  {
    indicator: 'drug-development-products',
    region: '05',
    period: '2019',
    value: 100,
    status: 'normal',
    source: fromSeed('000', [345, 347]),
    footnotes: [moreThan('mehr als 100 Produkten'), documentYear['000']],
  },

  // --- Economy of the Ruhr (document 002) -----------------------------------------------------
  {
    indicator: 'gross-domestic-product',
    region: 'RVR',
    period: '2020',
    value: 270,
    status: 'estimated',
    source: fromSeed('002', [70, 70], 'IT.NRW 2021'),
    footnotes: [
      note(
        'Schätzung von IT.NRW; die Quelle schreibt „gut 270 Milliarden Euro“, also etwas mehr als 270.',
        'Estimate by IT.NRW; the source says "a good 270 billion euros", i.e. a little more than 270.',
      ),
    ],
  },
  {
    indicator: 'gdp-share-of-germany',
    region: 'RVR',
    period: '2020',
    value: 10,
    status: 'estimated',
    source: fromSeed('002', [70, 70], 'IT.NRW 2021'),
    footnotes: [approximately('etwa 10%')],
  },
  {
    indicator: 'persons-in-employment',
    region: 'RVR',
    period: '2020',
    value: 2.1,
    status: 'normal',
    source: fromSeed('002', [70, 70], 'IT.NRW 2021a'),
  },
  {
    indicator: 'employees-social-insurance',
    region: 'RVR',
    period: '2020',
    value: 1.8,
    status: 'normal',
    source: fromSeed('002', [70, 70], 'IT.NRW 2021a'),
  },

  // --- Health economy of the Ruhr ---------------------------------------------------------------
  {
    indicator: 'health-economy-persons-employed',
    region: 'RVR',
    period: '2022',
    value: 545754,
    status: 'normal',
    source: fromSeed('002', [90, 97], 'Wirtschaftsbericht der Business Metropole Ruhr 2022'),
    footnotes: [note('Stand 2022 (Fußnote 3, l.95).', 'As of 2022 (footnote 3, l.95).')],
  },
  {
    indicator: 'health-economy-employees-social-insurance',
    region: 'RVR',
    period: '2022',
    value: 367365,
    status: 'normal',
    source: fromSeed('002', [90, 97], 'Wirtschaftsbericht der Business Metropole Ruhr 2022'),
    footnotes: [
      note(
        'Teil der 545.754 Erwerbstätigen; Stand 2022 (Fußnote 3, l.95).',
        'Part of the 545,754 persons employed; as of 2022 (footnote 3, l.95).',
      ),
    ],
  },
  {
    indicator: 'health-economy-employees-social-insurance',
    region: 'RVR',
    period: '2021',
    value: 361678,
    status: 'normal',
    source: fromSeed('004', [24, 24]),
  },
  {
    indicator: 'health-economy-employees',
    region: 'RVR',
    period: '2023',
    value: 330000,
    status: 'normal',
    source: fromSeed('003', [495, 506]),
    footnotes: [
      moreThan('mehr als 330.000 Beschäftigten'),
      note(
        'Die Quelle sagt nicht, ob Erwerbstätige oder sozialversicherungspflichtig Beschäftigte gemeint sind.',
        'The source does not say whether persons in employment or employees with social insurance are meant.',
      ),
      documentYear['003'],
    ],
  },
  {
    indicator: 'health-economy-gross-value-added',
    region: 'RVR',
    period: '2019',
    value: 19,
    status: 'normal',
    source: fromSeed('002', [90, 97], 'Wirtschaftsbericht der Business Metropole Ruhr 2021'),
    footnotes: [
      moreThan('deutlich mehr als 19 Milliarden Euro pro Jahr'),
      note('Stand 2019 (Fußnote 4, l.97).', 'As of 2019 (footnote 4, l.97).'),
    ],
  },
  {
    indicator: 'health-economy-gross-value-added',
    region: 'RVR',
    period: '2023',
    value: 30,
    status: 'normal',
    source: fromSeed('003', [495, 502]),
    footnotes: [
      note(
        'Die Quelle schreibt: „Mit 30 Milliarden Euro generiert sie ein Fünftel des Bruttoinlandsprodukts der Metropole Ruhr“; ob Bruttowertschöpfung gemeint ist, sagt sie nicht. Zum BIP des Ruhrgebiets von gut 270 Mrd. € (2020, Dokument 002 l.70) passt „ein Fünftel“ nicht.',
        'The source says: "With 30 billion euros it generates a fifth of the GDP of the Metropole Ruhr"; it does not say whether gross value added is meant. "A fifth" does not fit the Ruhr GDP of a good 270 billion € (2020, document 002 l.70).',
      ),
      documentYear['003'],
    ],
  },
  {
    indicator: 'health-economy-companies',
    region: 'RVR',
    period: '2023',
    value: 6600,
    status: 'normal',
    source: fromSeed('002', [260, 260], 'Metropole Ruhr'),
    footnotes: [moreThan('über 6.600 Unternehmen'), documentYear['002']],
  },
  {
    indicator: 'health-economy-companies',
    region: 'RVR',
    period: '2021',
    value: 6681,
    status: 'normal',
    source: fromSeed('004', [25, 25]),
    footnotes: [
      note(
        'Die Webseite nennt für diese Zahl kein Jahr und hat kein Datum; angegeben ist 2021, das Jahr der beiden anderen Zahlen zur Region auf der Seite (l.24, l.26).',
        'The web page gives no year for this figure and carries no date; the period is 2021, the year of the two other figures on the region on the page (l.24, l.26).',
      ),
    ],
  },
  {
    indicator: 'health-economy-revenue',
    region: 'RVR',
    period: '2021',
    value: 19.93,
    status: 'normal',
    source: fromSeed('004', [26, 26]),
    footnotes: [
      note(
        'Die Webseite schreibt „19.93 Mrd. €“ mit Dezimalpunkt; gelesen als 19,93 Milliarden Euro.',
        'The web page writes "19.93 Mrd. €" with a decimal point; read as 19.93 billion euros.',
      ),
    ],
  },
  {
    indicator: 'medecon-ruhr-members',
    region: 'RVR',
    period: '2023',
    value: 174,
    status: 'normal',
    source: fromSeed('002', [294, 294]),
    footnotes: [documentYear['002']],
  },
  {
    indicator: 'medecon-ruhr-members',
    region: 'RVR',
    period: '2022-12-07',
    value: 170,
    status: 'normal',
    source: fromSeed('001', [1416, 1424], 'MedEcon Ruhr, medecon.ruhr/wir (Abruf 07.12.2022)'),
    footnotes: [
      moreThan('Über 170 Einrichtungen'),
      note(
        'Stand: Abruf der Webseite am 07.12.2022 (Fußnote 11, l.1502).',
        'As of the web page retrieved on 7 December 2022 (footnote 11, l.1502).',
      ),
    ],
  },

  // --- German health economy abroad (BMWK, document 002) ----------------------------------------
  {
    indicator: 'health-economy-exports',
    region: 'DE',
    period: '2022',
    value: 186.2,
    status: 'normal',
    source: fromSeed('002', [108, 108], 'BMWK 2023'),
  },
  {
    indicator: 'health-economy-exports-share',
    region: 'DE',
    period: '2022',
    value: 9.8,
    status: 'normal',
    source: fromSeed('002', [108, 108], 'BMWK 2023'),
  },
  {
    indicator: 'health-economy-exports-growth',
    region: 'DE',
    period: '2012/2022',
    value: 7.1,
    status: 'normal',
    source: fromSeed('002', [108, 108], 'BMWK 2023'),
    footnotes: [
      note(
        'Die Quelle schreibt „in den letzten zehn Jahren“ (bis 2022); der genaue Anfang des Zeitraums ist nicht genannt.',
        'The source says "in the last ten years" (up to 2022); the exact start of the period is not given.',
      ),
    ],
  },
  {
    indicator: 'health-economy-trade-balance',
    region: 'DE',
    period: '2022',
    value: 32.4,
    status: 'normal',
    source: fromSeed('002', [108, 108], 'BMWK 2023'),
  },

  // --- Nursing staff from third countries (document 002) --------------------------------------
  {
    indicator: 'nursing-staff-third-country',
    region: 'DE',
    period: '2022',
    value: 150000,
    status: 'estimated',
    source: fromSeed('002', [345, 353], 'Bundesagentur für Arbeit 2022'),
    footnotes: [approximately('annähernd 150.000'), nursingPeriod],
  },
  {
    indicator: 'nursing-staff-third-country-share',
    region: 'DE',
    period: '2022',
    value: 8.5,
    status: 'normal',
    source: fromSeed('002', [345, 353], 'Bundesagentur für Arbeit 2022'),
    footnotes: [nursingPeriod],
  },
  {
    indicator: 'nursing-staff-third-country-share',
    region: 'RVR',
    period: '2022',
    value: 7.5,
    status: 'normal',
    source: fromSeed('002', [345, 353], 'Bundesagentur für Arbeit 2022'),
    footnotes: [nursingPeriod],
  },
  {
    indicator: 'nursing-staff-third-country-share',
    region: '02000',
    period: '2022',
    value: 12.1,
    status: 'normal',
    source: fromSeed('002', [345, 353], 'Bundesagentur für Arbeit 2022'),
    footnotes: [nursingPeriod],
  },
  {
    indicator: 'nursing-staff-third-country-excluding-turkish-share',
    region: 'DE',
    period: '2022',
    value: 7.6,
    status: 'normal',
    source: fromSeed('002', [345, 353], 'Bundesagentur für Arbeit 2022'),
    footnotes: [nursingPeriod],
  },
  {
    indicator: 'nursing-staff-third-country-excluding-turkish-share',
    region: 'RVR',
    period: '2022',
    value: 4.1,
    status: 'normal',
    source: fromSeed('002', [345, 353], 'Bundesagentur für Arbeit 2022'),
    footnotes: [nursingPeriod],
  },

  // --- Clinical trials (document 002, chapter 5.4) --------------------------------------------
  {
    indicator: 'clinical-trials',
    region: 'RVR',
    period: '2013/2022',
    value: 1721,
    status: 'normal',
    source: fromSeed('002', [308, 308]),
    footnotes: [
      trialsCounting,
      note(
        '1.721 ist die Summe der Werte für Essen, Bochum, Dortmund, Herne und Witten (l.481); Studien mit Standorten in mehreren dieser Städte sind mehrfach gezählt, andere Städte des Ruhrgebiets nicht enthalten.',
        '1,721 is the sum of the values for Essen, Bochum, Dortmund, Herne and Witten (l.481); trials with sites in several of these cities are counted more than once, other cities of the Ruhr are not included.',
      ),
    ],
  },
  ...(
    [
      ['05113', 1041, 'Essen'],
      ['05911', 330, 'Bochum'],
      ['05913', 127, 'Dortmund'],
      ['05916', 122, 'Herne'],
      ['05954036', 101, 'Witten'],
      ['11000', 2412, 'Berlin'],
      ['02000', 1427, 'Hamburg'],
    ] as const
  ).map(
    ([region, value, city]): Observation => ({
      indicator: 'clinical-trials',
      region,
      period: '2013/2022',
      value,
      status: 'normal',
      source: fromSeed('002', [475, 481], 'Clinical Trial Database'),
      footnotes: [
        trialsCounting,
        trialsWindow,
        ...(city === 'Witten'
          ? [
              note(
                'Stadt Witten (Gemeindeschlüssel 05954036, Ennepe-Ruhr-Kreis).',
                'City of Witten (municipality key 05954036, Ennepe-Ruhr district).',
              ),
            ]
          : []),
      ],
    }),
  ),
  ...(
    [
      ['US', 19233],
      ['DE', 5058],
      ['GB', 5036],
      ['ES', 4736],
      ['FR', 4097],
    ] as const
  ).map(
    ([region, value]): Observation => ({
      indicator: 'clinical-trials',
      region,
      period: '2013/2022',
      value,
      status: 'normal',
      source: fromSeed('002', [471, 473], 'Clinical Trial Database, Stand Anfang 2023'),
      footnotes: [trialsCounting, trialsWindow],
    }),
  ),

  // --- Research output (documents 001 and 000) -------------------------------------------------
  {
    indicator: 'digital-health-publications-per-10000-scientists',
    region: 'RVR',
    period: '2010/2020',
    value: 24,
    status: 'normal',
    source: fromSeed('001', [1047, 1061], 'Scopus-Auswertung 11.08.2022'),
    footnotes: [
      note(
        'Zeitraum 2010 bis 2020 (l.1051-1053); ob der Wert für den ganzen Zeitraum oder je Jahr gilt, sagt die Quelle nicht. Vergleichswert „NRW ohne das Ruhrgebiet“: 20 (l.1059); dafür gibt es keinen Regionscode.',
        'Period 2010 to 2020 (l.1051-1053); the source does not say whether the value covers the whole period or one year. Comparison "NRW without the Ruhr": 20 (l.1059); there is no region code for it.',
      ),
    ],
  },
  {
    indicator: 'digital-health-publications-per-10000-scientists',
    region: 'DE',
    period: '2010/2020',
    value: 26,
    status: 'normal',
    source: fromSeed('001', [1047, 1061], 'Scopus-Auswertung 11.08.2022'),
    footnotes: [
      note(
        'Bundesdurchschnitt, Zeitraum 2010 bis 2020 (l.1051-1053); ob der Wert für den ganzen Zeitraum oder je Jahr gilt, sagt die Quelle nicht.',
        'German average, period 2010 to 2020 (l.1051-1053); the source does not say whether the value covers the whole period or one year.',
      ),
    ],
  },
  ...(
    [
      ['telemedicine', 47, null],
      ['e-health', 17, 'knapp 17%'],
      ['m-health', 16, null],
      ['digital-health', 11, 'knapp 11 %'],
    ] as const
  ).map(
    ([field, value, rounded]): Observation => ({
      indicator: 'digital-health-publication-share-by-field',
      region: 'DE',
      period: '2010/2022',
      value,
      status: rounded ? 'estimated' : 'normal',
      breakdowns: { sector: field },
      source: fromSeed('001', [1077, 1094], 'Scopus-Auswertung 11.08.2022'),
      footnotes: [
        ...(rounded
          ? [
              note(
                `Die Quelle schreibt „${rounded}“: etwas weniger als der Wert (gerundet).`,
                `The source says "${rounded}" (just under): a rounded figure.`,
              ),
            ]
          : []),
        note(
          'Publikationen deutscher Autorinnen und Autoren von 2010 bis 2022 (Abb. 10, l.1094); gezählt sind Nennungen der Schlagworte, eine Publikation kann mehrere Bereiche nennen.',
          'Publications by authors in Germany from 2010 to 2022 (fig. 10, l.1094); mentions of keywords are counted, and a publication may name several fields.',
        ),
      ],
    }),
  ),

  // --- Digital health companies and start-ups (document 001) ---------------------------------
  {
    indicator: 'digital-health-companies',
    region: 'RVR',
    period: '2022',
    value: 56,
    status: 'normal',
    source: fromSeed('001', [1294, 1302]),
    footnotes: [inventory2022],
  },
  {
    indicator: 'digital-health-start-ups',
    region: 'RVR',
    period: '2022',
    value: 26,
    status: 'normal',
    source: fromSeed('001', [1294, 1302]),
    footnotes: [
      inventory2022,
      note(
        'Start-up: in den vergangenen zehn Jahren gegründet (Fußnote 10, l.1346); Teil der 56 Digital-Health-Unternehmen.',
        'Start-up: founded in the past ten years (footnote 10, l.1346); part of the 56 digital health companies.',
      ),
    ],
  },
  ...(
    [
      ['05911', 19, 6],
      ['05113', 13, 7],
      ['05913', 11, 6],
    ] as const
  ).flatMap(([region, companies, startUps]): Observation[] => [
    {
      indicator: 'digital-health-companies',
      region,
      period: '2022',
      value: companies,
      status: 'normal',
      source: fromSeed('001', [1361, 1365]),
      footnotes: [inventory2022],
    },
    {
      indicator: 'digital-health-start-ups',
      region,
      period: '2022',
      value: startUps,
      status: 'normal',
      source: fromSeed('001', [1361, 1365]),
      footnotes: [inventory2022],
    },
  ]),
  ...(
    [
      ['05315', 8],
      ['05111', 8],
      ['05113', 7],
    ] as const
  ).map(
    ([region, value]): Observation => ({
      indicator: 'digital-health-start-ups',
      region,
      period: '2022',
      value,
      status: 'normal',
      source: fromSeed('001', [1355, 1359]),
      footnotes: [
        inventory2022,
        note(
          'Vergleich innerhalb von NRW: Köln und Düsseldorf je 8, Essen 7 „E-Health-Start-ups“; auf die drei Städte entfallen mehr als zwei Drittel der Digital-Health-Start-ups (l.1355-1359).',
          'Comparison within NRW: Cologne and Düsseldorf 8 each, Essen 7 "e-health start-ups"; the three cities account for more than two thirds of the digital health start-ups (l.1355-1359).',
        ),
      ],
    }),
  ),
  {
    indicator: 'digital-health-start-ups',
    region: '02000',
    period: '2017',
    value: 25,
    status: 'normal',
    source: fromSeed(
      '001',
      [1276, 1278],
      'Analyse der wirtschaftlichen Potenziale von eHealth in Hamburg (2017)',
    ),
    footnotes: [
      note(
        'Eine Studie für Hamburg aus dem Jahr 2017 zählt „E-Health-Start-ups“; ihre Abgrenzung kann von der in Dokument 001 abweichen.',
        'A 2017 study for Hamburg counts "e-health start-ups"; its definition may differ from that of document 001.',
      ),
    ],
  },
  {
    indicator: 'digital-health-start-ups-per-million',
    region: 'RVR',
    period: '2022',
    value: 1.6,
    status: 'normal',
    source: fromSeed('001', [1349, 1355]),
    footnotes: [
      note(
        'Die Quelle schreibt „1,6 Gründungen je 1 Mio. €“; gemeint ist nach dem vorangehenden Satz „je 1 Mio. Einwohner“ (l.1349-1351).',
        'The source says "1.6 start-ups per 1 million €"; the preceding sentence shows that "per 1 million residents" is meant (l.1349-1351).',
      ),
      inventory2022,
    ],
  },
  {
    indicator: 'digital-health-start-ups-per-million',
    region: '05',
    period: '2022',
    value: 1.8,
    status: 'normal',
    source: fromSeed('001', [1349, 1355]),
    footnotes: [
      note(
        'NRW-Durchschnitt; die Einheit steht in der Quelle als „je 1 Mio. €“, gemeint ist „je 1 Mio. Einwohner“ (l.1349-1351).',
        'NRW average; the unit reads "per 1 million €" in the source, "per 1 million residents" is meant (l.1349-1351).',
      ),
      inventory2022,
    ],
  },
  {
    indicator: 'digital-health-market-volume',
    region: 'DE',
    period: '2025',
    value: 57,
    status: 'forecast',
    source: fromSeed('004', [16, 18]),
    footnotes: [
      note(
        'Prognose für 2025: der Anteil des deutschen Gesundheitsmarkts an einem weltweiten digitalen Gesundheitsmarkt von 232 Mrd. € (l.17); ohne Quellenangabe auf der Webseite.',
        'Forecast for 2025: the German part of a worldwide digital health market of 232 billion € (l.17); the web page names no source.',
      ),
    ],
  },

  // --- Digitalisation rankings (document 001) -------------------------------------------------
  {
    indicator: 'desi-rank',
    region: 'DE',
    period: '2021',
    value: 11,
    status: 'normal',
    source: fromSeed('001', [158, 164], 'Europäische Kommission (2021), DESI 2021 – Deutschland'),
  },
  {
    indicator: 'desi-rank-public-services-integration',
    region: 'DE',
    period: '2021',
    value: 19,
    status: 'normal',
    source: fromSeed('001', [164, 170], 'Europäische Kommission (2021), DESI 2021'),
    footnotes: [
      note(
        'Ob Rang 19 für beide Dimensionen zusammen oder für jede einzeln gilt, geht aus dem Text nicht hervor.',
        'Whether rank 19 holds for both dimensions together or for each of them is not clear from the text.',
      ),
    ],
  },
  {
    indicator: 'digital-health-index',
    region: 'DE',
    period: '2018',
    value: 30,
    status: 'normal',
    source: fromSeed('001', [304, 316], 'Thiel et al. (2018), Bertelsmann Stiftung'),
    footnotes: [
      note(
        'Deutschland liegt damit auf dem vorletzten Rang der 17 Länder; der Durchschnitt aller untersuchten Länder beträgt 59 % (l.304-314).',
        'Germany thus ranks second to last of the 17 countries; the average of all countries studied is 59% (l.304-314).',
      ),
      seed001Published,
    ],
  },
  {
    indicator: 'digital-health-index-policy',
    region: 'DE',
    period: '2018',
    value: 44,
    status: 'normal',
    source: fromSeed('001', [316, 318], 'Thiel et al. (2018), Bertelsmann Stiftung'),
    footnotes: [seed001Published],
  },
  {
    indicator: 'digital-health-index-implementation',
    region: 'DE',
    period: '2018',
    value: 30,
    status: 'normal',
    source: fromSeed('001', [320, 320], 'Thiel et al. (2018), Bertelsmann Stiftung'),
    footnotes: [seed001Published],
  },
  {
    indicator: 'digital-health-index-use',
    region: 'DE',
    period: '2018',
    value: 16,
    status: 'normal',
    source: fromSeed('001', [322, 322], 'Thiel et al. (2018), Bertelsmann Stiftung'),
    footnotes: [seed001Published],
  },

  // --- Green hospital (document 002) ----------------------------------------------------------
  {
    indicator: 'hospital-water-consumption-per-patient-day',
    region: 'DE',
    period: '2015',
    value: 500,
    status: 'estimated',
    source: fromSeed('002', [530, 530], 'Braun, Rijkers-Defrasne 2015'),
    footnotes: [
      approximately('etwa 500 Liter'),
      note(
        'In einem deutschen Krankenhaus, täglich pro Patient; Bezugsjahr: Jahr der zitierten Studie (Braun, Rijkers-Defrasne 2015).',
        'In a German hospital, per patient and day; reference year: year of the cited study (Braun, Rijkers-Defrasne 2015).',
      ),
    ],
  },
];
