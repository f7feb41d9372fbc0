/**
 * Below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) no character has a
 * canonical decomposition or takes part in a composition, so a string made only of such code
 * units is already NFC. ICU starts its own checks at the same boundary.
 */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uffff]/;

/**
 * `text.normalize('NFC')`, without the call into ICU (and its copy of the string) when the text
 * cannot change: most answers — numbers, dates, e-mails, codes — are plain ASCII, and normalising
 * every one of them was a large share of server-side validation time. A regular expression scans
 * faster here than a charCodeAt loop.
 */
export function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}
