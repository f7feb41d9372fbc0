export { HosoFieldElement, type FieldDefinition } from './internal/hoso-field-element.js';
export { HosoTextField } from './components/text-field/text-field.js';
export { HosoNumberField, parseNumber } from './components/number-field/number-field.js';
export { HosoDateField } from './components/date-field/date-field.js';
export { HosoChoiceField } from './components/choice-field/choice-field.js';
export { HosoCheckboxField } from './components/checkbox-field/checkbox-field.js';
export {
  HosoAddressField,
  type AddressValue,
  type AddressDefinition,
} from './components/address-field/address-field.js';
export {
  loadUnits,
  readUnits,
  registerUnits,
  knownUnits,
  UnitsError,
  type AdministrativeUnit,
  type AdministrativeUnits,
} from './components/address-field/units.js';
export { formatAddress } from './components/address-field/format-address.js';
export { HosoGroup, type GroupDefinition } from './components/group/group.js';
export {
  HosoRepeater,
  type RepeaterDefinition,
  type ItemsChangeDetail,
} from './components/repeater/repeater.js';
export { HosoContent, type ContentDefinition } from './components/content/content.js';
export { parseMarkdown, isSafeHref } from './components/content/markdown.js';
export {
  HosoComputedField,
  type ComputedDefinition,
} from './components/computed-field/computed-field.js';
export { formatComputed } from './components/computed-field/format-computed.js';
export { HosoForm } from './components/form/form.js';
export { HosoProcedure } from './components/procedure/procedure.js';
export { HosoFileField, type FileFieldDefinition } from './components/file-field/file-field.js';
export { type FileReference } from './components/file-field/file-checks.js';
export { HosoDocuments } from './components/documents/documents.js';
export { HosoFeeSummary } from './components/fee-summary/fee-summary.js';
export { HosoReceipt, type DossierReceipt } from './components/receipt/receipt.js';
export { formContext, FileRegistry, type FormContextValue } from './internal/context.js';
export {
  HosoSubmittedEvent,
  HosoSubmitErrorEvent,
  type HosoSubmittedDetail,
  type HosoSubmitErrorDetail,
} from './internal/submit-events.js';
export { HosoSubmitEvent, type HosoSubmitDetail } from './events/hoso-submit.js';
export { type Lang } from './internal/i18n.js';
