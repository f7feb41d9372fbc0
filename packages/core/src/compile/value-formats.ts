/**
 * Formats of the Vietnamese identifiers and contact data, as patterns every JSON Schema
 * validator understands (no custom ajv formats, so a back end in another language validates
 * them the same way).
 */
export const VALUE_PATTERNS = {
  /** Mobile (03, 05, 07, 08, 09 + 8 digits) or landline (02 + 9 digits), with 0 or +84. */
  phone: '^(?:\\+84|0)(?:[35789][0-9]{8}|2[0-9]{9})$',
  /** Căn cước / CCCD: 12 digits. */
  'citizen-id': '^[0-9]{12}$',
  /** Mã số thuế: 10 digits, 10-3 for a branch, or the 12-digit personal ID number (since 2025). */
  'tax-code': '^(?:[0-9]{10}(?:-[0-9]{3})?|[0-9]{12})$',
  /** Province code in the administrative-units data set. */
  province: '^[0-9]{2}$',
  /** Commune (xã, phường, đặc khu) code in the administrative-units data set. */
  commune: '^[0-9]{5}$',
  sha256: '^[0-9a-f]{64}$',
} as const;

/** Longest text accepted when a definition sets no `maxLength`, so no field takes megabytes. */
export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 10_000 } as const;
