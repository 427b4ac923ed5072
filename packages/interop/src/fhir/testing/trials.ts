// Test trials for the FHIR mapping: hand-written ones that use every field of the model, and a
// fast-check arbitrary of valid trials. Synthetic ("Beispiel"), never real records.
import {
  ageUnits,
  allocations,
  contactRoles,
  dateKinds,
  eligibleSexes,
  ethicsStatuses,
  funderClasses,
  interventionModels,
  interventionTypes,
  ipdSharingPlans,
  maskings,
  outcomeTypes,
  purposes,
  regions,
  sponsorRoles,
  studyTypes,
  type Trial,
  trialPhases,
  trialStatuses,
  validateTrial,
} from '@nrw-health/core';
import fc from 'fast-check';

/** The trial as core's validator returns it; throws if it is not valid (a broken test fixture). */
export function valid(trial: unknown): Trial {
  const result = validateTrial(trial);
  if (!result.ok) throw new Error(`invalid test trial: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Every field of the model, and the corners of the mapping: codes FHIR has no code for, etc. */
export const everyField = valid({
  identifiers: {
    primary: { registry: 'ctgov', id: 'NCT00000001' },
    secondary: [
      { registry: 'drks', id: 'DRKS00000002' },
      { registry: 'euctr', id: '2019-000001-01' },
      { registry: 'ctis', id: '2023-500001-01-00' },
      { registry: 'isrctn', id: 'ISRCTN00000001' },
      { registry: 'who-utn', id: 'U1111-0000-0001' },
      { registry: 'sponsor', id: 'BSP-2023-01, Teil|2', issuer: 'Beispiel-Universitätsklinikum' },
      { registry: 'sponsor', id: 'BSP-ohne-Aussteller' },
      { registry: 'other', id: 'ACTRN00000000000001', issuer: 'ANZCTR' },
    ],
  },
  title: {
    public: {
      de: 'Beispielstudie zu Bewegung nach Herzinfarkt',
      en: 'Example study of exercise after heart attack',
    },
    scientific: {
      en: 'A randomised example trial of supervised exercise',
      'de-DE': 'Eine randomisierte Beispielstudie',
    },
    acronym: 'BEISPIEL-HERZ',
  },
  summary: {
    de: 'Eine erfundene Studie, die jedes Feld zeigt.',
    en: 'A made-up trial showing every field.',
  },
  description: { en: 'Detailed *description* of the example trial.\n\nSecond paragraph.' },
  status: { code: 'enrolling-by-invitation', original: 'Enrolling by invitation' },
  whyStopped: 'Slow recruitment (example)',
  phase: { codes: ['phase-3', 'phase-4'], original: 'III/IV' },
  studyType: { code: 'interventional', original: 'INTERVENTIONAL' },
  design: {
    allocation: 'randomised',
    model: 'parallel',
    masking: 'double',
    purpose: 'other',
    description: { en: 'Two parallel arms.', de: 'Zwei parallele Arme.' },
  },
  dates: {
    registered: '2023-01-15',
    start: { date: '2023-03', kind: 'actual' },
    primaryCompletion: { date: '2025-06-30', kind: 'estimated' },
    completion: { date: '2025', kind: 'estimated' },
    resultsPosted: '2025-09',
    statusVerified: '2024-11',
    lastUpdated: '2024-11-20',
  },
  conditions: [
    {
      text: 'Myocardial infarction',
      codes: [
        {
          system: 'http://fhir.de/CodeSystem/bfarm/icd-10-gm',
          code: 'I21.9',
          version: '2024',
          display: 'Akuter Myokardinfarkt',
        },
        { system: 'MeSH term list', code: 'D009203  x' },
      ],
    },
    { text: 'Herzinsuffizienz' },
  ],
  interventions: [
    {
      name: 'Supervised exercise',
      type: 'behavioural',
      originalType: 'BEHAVIORAL',
      description: 'Twice weekly.',
    },
    {
      name: 'Beispielin',
      type: 'drug',
      codes: [
        { system: 'http://www.whocc.no/atc', code: 'C01EB', display: 'Other cardiac preparations' },
      ],
    },
    { name: 'Usual care' },
  ],
  keywords: ['rehabilitation', 'exercise'],
  sponsors: [
    {
      name: 'Beispiel-Universitätsklinikum',
      role: 'primary',
      class: 'academic',
      originalClass: 'OTHER',
      country: 'DE',
    },
    { name: 'Beispielstiftung', role: 'funder', class: 'non-profit' },
    { name: 'Beispielnetz NRW', role: 'collaborator', class: 'network', originalClass: 'NETWORK' },
    { name: 'Beispiel-Universitätsklinikum', role: 'secondary', country: 'DE' },
    { name: 'Beispiel Pharma', role: 'funder', originalClass: 'INDUSTRY' },
  ],
  contacts: [
    { role: 'public', name: 'Studienbüro', email: 'studien@example.org', phone: '+49 201 0000000' },
    {
      role: 'scientific',
      name: 'Example Investigator',
      affiliation: 'Beispiel-Universitätsklinikum',
    },
    {
      role: 'principal-investigator',
      name: 'Dr. Beispiel',
      address: 'Musterstraße 1, 45147 Essen',
    },
  ],
  countries: ['DE', 'NL'],
  enrolment: { target: 240, actual: 3_000_000_000 },
  eligibility: {
    sex: 'all',
    minimumAge: { value: 0, unit: 'days' },
    maximumAge: { value: 80.5, unit: 'years' },
    healthyVolunteers: false,
    inclusion: { en: 'Heart attack within 4 weeks' },
    exclusion: { en: 'Unstable angina', de: 'Instabile Angina pectoris' },
    criteria: { de: 'Einschluss: Herzinfarkt in den letzten 4 Wochen' },
  },
  outcomes: [
    { type: 'primary', measure: 'Peak oxygen uptake', timeFrame: '12 weeks' },
    { type: 'secondary', measure: 'Quality of life', timeFrame: '12 weeks', description: 'SF-36' },
    { type: 'other', measure: 'Steps per day' },
  ],
  ethics: {
    status: 'approved',
    originalStatus: 'Zustimmende Bewertung',
    approved: '2023-02',
    committees: [
      {
        name: 'Beispiel-Ethikkommission',
        address: 'Musterstraße 1, Essen',
        email: 'ethik@example.org',
        phone: '+49 201 1',
      },
      { name: 'Zweite Beispiel-Ethikkommission' },
    ],
  },
  ipdSharing: {
    plan: 'undecided',
    description: 'Not decided yet.',
    url: 'https://example.org/ipd',
  },
  results: {
    summary: { en: 'No results (example).' },
    url: 'https://example.org/results',
    publications: [
      {
        citation: 'Example et al. 2025',
        doi: '10.1000/example.1',
        pmid: '12345678',
        url: 'https://example.org/paper',
      },
      { doi: '10.1000/example.2' },
    ],
  },
  sites: [
    {
      facility: 'Beispiel-Universitätsklinikum',
      city: 'Essen',
      postalCode: '45147',
      state: 'Nordrhein-Westfalen',
      country: 'DE',
      district: '05113',
      coordinates: { lat: 51.43, lon: 6.99 },
      status: { code: 'recruiting', original: 'RECRUITING' },
      contacts: [{ role: 'site', name: 'Studienzentrale', phone: '+49 201 2' }],
    },
    { facility: 'Beispielpraxis', city: 'Moers', country: 'DE', district: '05170' },
    { facility: 'Beispielpraxis Dortmund', city: 'Dortmund', country: 'DE', district: '05913000' },
    { facility: 'Voorbeeldziekenhuis', city: 'Utrecht', country: 'NL' },
    {
      facility: 'Voorbeeldziekenhuis',
      city: 'Utrecht',
      country: 'NL',
      status: { code: 'completed' },
    },
    { status: { code: 'not-yet-recruiting' } },
    { city: 'München', country: 'DE', district: '09162' },
  ],
  url: 'https://clinicaltrials.gov/study/NCT00000001',
  provenance: {
    sources: [
      {
        id: 'ctgov-record',
        registry: 'ctgov',
        recordId: 'NCT00000001',
        version: '2024-11-20',
        lastUpdated: '2024-11-20',
        retrieved: '2024-11-21T08:00:00Z',
        url: 'https://clinicaltrials.gov/study/NCT00000001',
      },
      { registry: 'drks', recordId: 'DRKS00000002', retrieved: '2024-11-21T08:00+01:00' },
      {
        producer: 'Beispielamt',
        title: 'Beispieltabelle',
        table: '12411-01-01-4',
        locator: 'S. 3',
        cites: 'Beispielquelle',
        licence: 'dl-de/by-2-0',
        published: '2024',
      },
    ],
    fields: { '/title/public/de': 1, '/status': 0 },
    unmapped: ['protocolSection.oversightModule.isFdaRegulatedDrug'],
  },
});

/** The fields a trial needs, nothing more. */
export const minimal = valid({
  identifiers: { primary: { registry: 'drks', id: 'DRKS00000001' } },
  title: { public: { de: 'Beispielstudie' } },
  status: { code: 'recruiting' },
  studyType: { code: 'observational' },
  provenance: { sources: [{ registry: 'drks' }] },
});

export const expandedAccess = valid({
  identifiers: { primary: { registry: 'other', id: 'EA-1', issuer: 'Beispielregister' } },
  title: { public: { en: 'Example expanded access programme' } },
  status: { code: 'unknown', original: 'UNKNOWN' },
  phase: { codes: ['not-applicable'] },
  studyType: { code: 'expanded-access' },
  design: { purpose: 'treatment' },
  dates: { start: { date: '2026', kind: 'estimated' } },
  sponsors: [
    { name: 'Beispiel Pharma', role: 'primary', class: 'industry', originalClass: 'INDUSTRY' },
  ],
  sites: [{ facility: 'Beispielklinik', city: 'Köln', country: 'DE', district: '05315' }],
  provenance: { sources: [{ registry: 'other', title: 'Beispielregister' }] },
});

export const richTrials: readonly Trial[] = [everyField, minimal, expandedAccess];

// Arbitraries. Texts are what registries publish: any Unicode. The readers drop blank values, so
// texts are never blank here. FHIR cannot hold control characters or lone surrogates: trials
// with those are valid FHIR when written, but come back with U+FFFD in their place.
const unicodeText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
    fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }),
    fc.constantFrom(
      'Köln',
      'Mülheim a.d. Ruhr',
      'Ärztekammer Westfalen-Lippe',
      '北京',
      '\u202Eevil',
      '__proto__',
      'constructor',
    ),
  )
  .filter((value) => value.trim() !== '');
const unrepresentable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters FHIR strings cannot hold
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const representableText = unicodeText.filter((value) => !unrepresentable.test(value));
const anyText = fc.oneof(
  unicodeText,
  fc.constantFrom('a\uD800b', '\uDC00', 'Bell\u0007', '\u0000', ' '),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const year = fc.integer({ min: 1900, max: 2099 });
/** A date at year, month or day precision, in the given year. */
const dateIn = (y: number, [month, day, precision]: readonly [number, number, number]) => {
  const m = String(month).padStart(2, '0');
  const d = String(day).padStart(2, '0');
  return [String(y), `${y}-${m}`, `${y}-${m}-${d}`][precision]!;
};
const dateParts = fc.tuple(
  fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 1, max: 28 }),
  fc.integer({ min: 0, max: 2 }),
);
const partialDate = fc.tuple(year, dateParts).map(([y, parts]) => dateIn(y, parts));
/** A trial date some years after a start year, given later. */
const laterDate = fc.record({
  offset: fc.integer({ min: 0, max: 30 }),
  parts: dateParts,
  kind: fc.constantFrom(...dateKinds.codes),
});
const url = fc
  .webUrl({ validSchemes: ['https', 'http'] })
  .filter((value) => /^https?:\/\/[^\s/?#]+[^\s]*$/.test(value));
const email = fc.emailAddress().filter((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
const timestamp = fc.oneof(
  partialDate,
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
    .map((value) => value.toISOString()),
  fc.constant('2024-11-21T08:00+01:00'),
);
const ageBound = fc.record({
  value: fc.oneof(
    fc.integer({ min: 0, max: 120 }),
    fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }),
  ),
  unit: fc.constantFrom(...ageUnits.codes),
});
const minutes = {
  years: 525_960,
  months: 43_830,
  weeks: 10_080,
  days: 1_440,
  hours: 60,
  minutes: 1,
} as const;
const district = fc.oneof(
  fc.constantFrom(
    ...regions.filter((region) => region.level === 'district').map((region) => region.code),
  ),
  fc.constantFrom('05', '051', '05113000', '09162', '03254021'),
);
const list = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 3) =>
  optional(fc.array(arbitrary, { minLength: 1, maxLength }));

/** Valid trials of any shape the model allows, with texts drawn from `text`. */
function trialsWith(text: fc.Arbitrary<string>): fc.Arbitrary<Trial> {
  const localized = fc.dictionary(
    fc.constantFrom('de', 'en', 'fr', 'de-DE', 'zh-Hans-CN', 'und'),
    text,
    {
      minKeys: 1,
      maxKeys: 3,
    },
  );
  const coding = fc.record(
    {
      system: fc.oneof(
        fc.constantFrom('http://snomed.info/sct', 'http://fhir.de/CodeSystem/bfarm/icd-10-gm'),
        text,
      ),
      code: text,
      display: text,
      version: text,
    },
    { requiredKeys: ['system', 'code'] },
  );
  const identifier = fc.oneof(
    digits(8).map((id) => ({ registry: 'ctgov' as const, id: `NCT${id}` })),
    digits(8).map((id) => ({ registry: 'drks' as const, id: `DRKS${id}` })),
    fc
      .tuple(digits(4), digits(5), digits(2), digits(2))
      .map(([a, b, c, d]) => ({ registry: 'ctis' as const, id: `${a}-5${b}-${c}-${d}` })),
    fc
      .tuple(digits(4), digits(6), digits(2))
      .map(([a, b, c]) => ({ registry: 'euctr' as const, id: `${a}-${b}-${c}` })),
    digits(8).map((id) => ({ registry: 'isrctn' as const, id: `ISRCTN${id}` })),
    fc
      .tuple(digits(4), digits(4))
      .map(([a, b]) => ({ registry: 'who-utn' as const, id: `U1111-${a}-${b}` })),
    fc.record(
      { registry: fc.constant('sponsor' as const), id: text, issuer: text },
      { requiredKeys: ['registry', 'id'] },
    ),
    fc.record({ registry: fc.constant('other' as const), id: text, issuer: text }),
  );
  const contact = fc.record(
    {
      role: fc.constantFrom(...contactRoles.codes),
      name: text,
      affiliation: text,
      email,
      phone: text,
      address: text,
    },
    { requiredKeys: ['role'] },
  );
  const status = fc.record(
    { code: fc.constantFrom(...trialStatuses.codes), original: text },
    { requiredKeys: ['code'] },
  );
  const site = fc
    .record(
      {
        facility: text,
        city: text,
        postalCode: text,
        state: text,
        country: fc.stringMatching(/^[A-Z]{2}$/),
        district,
        coordinates: fc.record({
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
        }),
        status,
        contacts: fc.array(contact, { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: [] },
    )
    .filter((value) => Object.keys(value).length > 0);
  return fc
    .record(
      {
        primary: identifier,
        secondary: fc.array(identifier, { maxLength: 4 }),
        title: fc.record(
          { public: localized, scientific: localized, acronym: text },
          { requiredKeys: ['public'] },
        ),
        summary: optional(localized),
        description: optional(localized),
        status,
        whyStopped: optional(text),
        phase: optional(
          fc.record(
            {
              codes: fc.array(fc.constantFrom(...trialPhases.codes), {
                minLength: 1,
                maxLength: 3,
              }),
              original: text,
            },
            { requiredKeys: ['codes'] },
          ),
        ),
        studyType: fc.record(
          { code: fc.constantFrom(...studyTypes.codes), original: text },
          { requiredKeys: ['code'] },
        ),
        design: optional(
          fc
            .record(
              {
                allocation: fc.constantFrom(...allocations.codes),
                model: fc.constantFrom(...interventionModels.codes),
                masking: fc.constantFrom(...maskings.codes),
                purpose: fc.constantFrom(...purposes.codes),
                description: localized,
              },
              { requiredKeys: [] },
            )
            .filter((value) => Object.keys(value).length > 0),
        ),
        // Later dates start a year after the start, so they are never before it.
        startYear: year,
        dates: fc.record(
          {
            registered: partialDate,
            start: fc.constant(true),
            primaryCompletion: fc.constant(true),
            completion: fc.constant(true),
            resultsPosted: partialDate,
            statusVerified: partialDate,
            lastUpdated: partialDate,
          },
          { requiredKeys: [] },
        ),
        later: fc.tuple(laterDate, laterDate, laterDate),
        conditions: list(
          fc.record(
            { text, codes: fc.array(coding, { minLength: 1, maxLength: 2 }) },
            { requiredKeys: ['text'] },
          ),
        ),
        interventions: list(
          fc.record(
            {
              name: text,
              type: fc.constantFrom(...interventionTypes.codes),
              originalType: text,
              description: text,
              codes: fc.array(coding, { minLength: 1, maxLength: 2 }),
            },
            { requiredKeys: ['name'] },
          ),
        ),
        keywords: list(text),
        sponsors: list(
          fc.record(
            {
              name: fc.oneof(text, fc.constant('Beispiel-Universitätsklinikum')),
              role: fc.constantFrom(...sponsorRoles.codes),
              class: fc.constantFrom(...funderClasses.codes),
              originalClass: text,
              country: fc.constantFrom('DE', 'NL', 'QQ'),
            },
            { requiredKeys: ['name', 'role'] },
          ),
          4,
        ),
        contacts: list(contact),
        countries: list(fc.stringMatching(/^[A-Z]{2}$/)),
        enrolment: optional(
          fc
            .record(
              {
                target: fc.oneof(fc.nat(1000), fc.maxSafeNat()),
                actual: fc.oneof(fc.nat(1000), fc.maxSafeNat()),
              },
              { requiredKeys: [] },
            )
            .filter((value) => Object.keys(value).length > 0),
        ),
        eligibility: optional(
          fc
            .record(
              {
                sex: fc.constantFrom(...eligibleSexes.codes),
                minimumAge: ageBound,
                maximumAge: ageBound,
                healthyVolunteers: fc.boolean(),
                inclusion: localized,
                exclusion: localized,
                criteria: localized,
              },
              { requiredKeys: [] },
            )
            .filter((value) => Object.keys(value).length > 0),
        ),
        outcomes: list(
          fc.record(
            {
              type: fc.constantFrom(...outcomeTypes.codes),
              measure: text,
              timeFrame: text,
              description: text,
            },
            { requiredKeys: ['type', 'measure'] },
          ),
        ),
        ethics: optional(
          fc
            .record(
              {
                status: fc.constantFrom(...ethicsStatuses.codes),
                originalStatus: text,
                approved: partialDate,
                committees: fc.array(
                  fc.record(
                    { name: text, address: text, email, phone: text },
                    { requiredKeys: ['name'] },
                  ),
                  { minLength: 1, maxLength: 2 },
                ),
              },
              { requiredKeys: [] },
            )
            .filter((value) => Object.keys(value).length > 0),
        ),
        ipdSharing: optional(
          fc.record(
            { plan: fc.constantFrom(...ipdSharingPlans.codes), description: text, url },
            { requiredKeys: ['plan'] },
          ),
        ),
        results: optional(
          fc
            .record(
              {
                summary: localized,
                url,
                publications: fc.array(
                  fc
                    .record(
                      {
                        citation: text,
                        doi: digits(5).map((value) => `10.1000/${value}`),
                        pmid: digits(8),
                        url,
                      },
                      { requiredKeys: [] },
                    )
                    .filter((value) => Object.keys(value).length > 0),
                  { minLength: 1, maxLength: 2 },
                ),
              },
              { requiredKeys: [] },
            )
            .filter((value) => Object.keys(value).length > 0),
        ),
        sites: list(site, 4),
        url: optional(url),
        sources: fc.array(
          fc
            .record(
              {
                id: fc.stringMatching(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/),
                registry: fc.constantFrom(
                  'ctgov',
                  'drks',
                  'ctis',
                  'euctr',
                  'isrctn',
                  'ictrp',
                  'fhir',
                  'other',
                ),
                producer: text,
                title: text,
                table: text,
                locator: text,
                cites: text,
                recordId: text,
                version: text,
                url,
                licence: text,
                published: timestamp,
                lastUpdated: timestamp,
                retrieved: timestamp,
              },
              { requiredKeys: [] },
            )
            .filter((value) => Object.keys(value).length > 0),
          { minLength: 1, maxLength: 3 },
        ),
        fields: fc.array(fc.tuple(fc.stringMatching(/^(?:\/[a-z]+)+$/), fc.nat(2)), {
          maxLength: 3,
        }),
        unmapped: fc.array(text, { maxLength: 3 }),
      },
      {
        requiredKeys: [
          'primary',
          'secondary',
          'title',
          'status',
          'studyType',
          'startYear',
          'dates',
          'later',
          'sources',
          'fields',
          'unmapped',
        ],
      },
    )
    .map((drawn) => {
      // Identifiers without duplicates; dates in order; age bounds in order; fields pointing at a source.
      const seen = new Set<string>();
      const identifiers = [drawn.primary, ...drawn.secondary].filter((item) => {
        const key = `${item.registry}:${item.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      // The start in the start year; the others at least a year later, so never before it.
      const shift = (date: (typeof drawn.later)[number], after: number) => ({
        date: dateIn(drawn.startYear + after + date.offset, date.parts),
        kind: date.kind,
      });
      const { start, primaryCompletion, completion, ...plainDates } = drawn.dates;
      const dates = {
        ...plainDates,
        ...(start && { start: shift({ ...drawn.later[0], offset: 0 }, 0) }),
        ...(primaryCompletion && { primaryCompletion: shift(drawn.later[1], 1) }),
        ...(completion && { completion: shift(drawn.later[2], 1) }),
      };
      let eligibility = drawn.eligibility;
      const { minimumAge: min, maximumAge: max } = eligibility ?? {};
      if (
        eligibility &&
        min &&
        max &&
        min.value * minutes[min.unit] > max.value * minutes[max.unit]
      ) {
        eligibility = { ...eligibility, minimumAge: max, maximumAge: min };
      }
      const fields = Object.fromEntries(
        drawn.fields.filter(([, index]) => index < drawn.sources.length),
      );
      const {
        primary: _primary,
        secondary: _secondary,
        startYear: _startYear,
        dates: _dates,
        later: _later,
        sources,
        fields: _fields,
        unmapped,
        ...rest
      } = drawn;
      return JSON.parse(
        JSON.stringify({
          ...rest,
          identifiers: {
            primary: identifiers[0],
            ...(identifiers.length > 1 && { secondary: identifiers.slice(1) }),
          },
          ...(Object.keys(dates).length > 0 && { dates }),
          ...(eligibility && { eligibility }),
          provenance: {
            sources,
            ...(Object.keys(fields).length > 0 && { fields }),
            ...(unmapped.length > 0 && { unmapped }),
          },
        }),
      ) as unknown;
    })
    .map(valid);
}

/** Valid trials whose texts FHIR can hold: Trial → FHIR → Trial gives them back unchanged. */
export const trialArbitrary = trialsWith(representableText);

/** Valid trials with any texts the model allows, control characters and broken UTF-16 included. */
export const anyTrialArbitrary = trialsWith(anyText);
