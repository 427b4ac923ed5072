import { defineMessages } from '../i18n/messages';

export const regionComparisonMessages = /* @__PURE__ */ defineMessages({
  de: {
    'regionComparison.overview': 'Ruhrgebiet, Nordrhein-Westfalen und Deutschland',
    'regionComparison.districts': 'Nach Kreisen und kreisfreien Städten',
    'regionComparison.summary': '{period}: {values}.',
    'regionComparison.computed':
      'Der Wert für das Ruhrgebiet ist aus seinen {count} Kreisen und kreisfreien Städten berechnet, nie eingetragen.',
    'regionComparison.notComputed': 'Für das Ruhrgebiet wird kein Wert berechnet: {reason}',
    'regionComparison.typedIgnored':
      'Ein für das Ruhrgebiet selbst angegebener Wert wird nicht verwendet: Das Ruhrgebiet wird aus seinen Kreisen berechnet.',
  },
  en: {
    'regionComparison.overview': 'The Ruhr, North Rhine-Westphalia and Germany',
    'regionComparison.districts': 'District by district',
    'regionComparison.summary': '{period}: {values}.',
    'regionComparison.computed':
      'The value for the Ruhr is computed from its {count} districts, never typed in.',
    'regionComparison.notComputed': 'No value is computed for the Ruhr: {reason}',
    'regionComparison.typedIgnored':
      'A value given for the Ruhr itself is not used: the Ruhr is computed from its districts.',
  },
});
