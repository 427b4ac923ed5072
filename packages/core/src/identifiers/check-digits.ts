// Check digits of the identifier schemes that have one. Pure functions, no tables beyond the
// base32 alphabet, so they cost nothing to import.
import { formats } from '../shared/formats';

const ikBody = /^\d{8}$/;

/**
 * The check digit of an Institutionskennzeichen (IK) from its first eight digits: digits 3 to 8
 * weighted 2, 1, 2, 1, 2, 1, the digit sums of the products added up, modulo 10. Digits 1 and 2
 * (the classification) do not count.
 *
 * @example ikCheckDigit('26032682') // 2, so 260326822 is a valid IK
 * @throws RangeError when `first8` is not exactly eight digits (a programming error, not data).
 */
export function ikCheckDigit(first8: string): number {
  if (!ikBody.test(first8)) {
    throw new RangeError(`ikCheckDigit expects eight digits, got ${JSON.stringify(first8)}`);
  }
  let sum = 0;
  for (let index = 2; index < 8; index += 1) {
    const product = Number(first8[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product; // digit sum of a product below 19
  }
  return sum % 10;
}

/** Whether a string is a nine-digit IK whose last digit is its check digit. */
export function isValidIk(value: string): boolean {
  return formats.ik.pattern.test(value) && ikCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

// Crockford's base32 as ROR writes it: lower case, without i, l, o and u.
const crockford = '0123456789abcdefghjkmnpqrstvwxyz';
const rorBody = /^0[0-9a-hj-km-np-tv-z]{6}$/i;

/**
 * The two-digit checksum of a ROR ID from its first seven characters (`0` and six base32
 * characters): ISO/IEC 7064 MOD 97-10 over the number the base32 characters encode.
 *
 * @example rorChecksum('04mz5ra') // '38', so 04mz5ra38 is a valid ROR ID
 * @throws RangeError when `body` is not `0` followed by six Crockford base32 characters.
 */
export function rorChecksum(body: string): string {
  if (!rorBody.test(body)) {
    throw new RangeError(
      `rorChecksum expects 0 and six base32 characters, got ${JSON.stringify(body)}`,
    );
  }
  let value = 0;
  for (const char of body.toLowerCase()) value = value * 32 + crockford.indexOf(char);
  // value < 32^7, so value * 100 stays far below Number.MAX_SAFE_INTEGER.
  return String(98 - ((value * 100) % 97)).padStart(2, '0');
}

/** Whether a string is a ROR ID in canonical form (lower case) whose checksum matches. */
export function isValidRor(value: string): boolean {
  return formats.ror.pattern.test(value) && rorChecksum(value.slice(0, 7)) === value.slice(7);
}
