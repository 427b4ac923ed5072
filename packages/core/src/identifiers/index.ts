export { ikCheckDigit, isValidIk, isValidRor, rorChecksum } from './check-digits';
export { detectTrialIdentifier, isValidIdentifier, parseIdentifier } from './parse';
export {
  type IdentifierScheme,
  identifierFormats,
  identifierSchemeOfSystem,
  identifierSchemes,
  identifierSystem,
  type TrialIdentifierScheme,
  trialIdentifierSchemes,
} from './schemes';
