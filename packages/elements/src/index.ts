export { HosoFieldElement, type FieldDefinition } from './internal/hoso-field-element.js';
export { HosoTextField } from './components/text-field/text-field.js';
export { HosoNumberField, parseNumber } from './components/number-field/number-field.js';
export { HosoDateField } from './components/date-field/date-field.js';
export { HosoChoiceField } from './components/choice-field/choice-field.js';
export { HosoCheckboxField } from './components/checkbox-field/checkbox-field.js';
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
