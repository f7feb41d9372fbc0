import { localize, t } from './messages.js';

/** What to tell the citizen about a failed call: the server's reason, or that it is unreachable. */
export function errorMessage(error, lang) {
  if (error?.localized) return localize(error.localized, lang);
  if (error?.status === 0) return t(lang, 'networkError');
  return `${t(lang, 'errorTitle')}: ${error?.message ?? String(error)}`;
}
