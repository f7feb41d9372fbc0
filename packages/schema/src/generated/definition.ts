/* Generated from schemas/definition.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "SemVer".
 */
export type SemVer = string;
/**
 * An amount in whole đồng.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Money".
 */
export type Money = number;
/**
 * A JSON Logic expression, evaluated by Hoso's safe evaluator.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Rule".
 */
export type Rule = unknown;
/**
 * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Key".
 */
export type Key = string;
/**
 * Accepted media types, e.g. `application/pdf`, `image/jpeg`.
 *
 * @minItems 1
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Accept".
 */
export type Accept = string[];
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "DeliveryMethod".
 */
export type DeliveryMethod = 'counter' | 'post' | 'online';
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Element".
 */
export type Element =
  | TextElement
  | TextareaElement
  | NumberElement
  | IntegerElement
  | MoneyElement
  | DateElement
  | EmailElement
  | PhoneElement
  | SelectElement
  | RadioElement
  | CheckboxElement
  | CheckboxesElement
  | CitizenIdElement
  | TaxCodeElement
  | AddressElement
  | FileElement
  | GroupElement
  | RepeaterElement
  | ContentElement
  | ComputedElement;
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "TextElement".
 */
export type TextElement = FieldBase &
  StringConstraints & {
    type: 'text';
    /**
     * Initial answer shown in the form (never applied on the server).
     */
    default?: string;
  };
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "FieldBase".
 */
export type FieldBase = ElementBase & {
  label: LocalizedText2;
  hint?: LocalizedText3;
  placeholder?: LocalizedText4;
  /**
   * The citizen must answer (a checkbox must be ticked).
   */
  required?: boolean;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  requiredWhen?: unknown;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  enabledWhen?: unknown;
  /**
   * HTML autocomplete token(s), e.g. `name`, `tel`, `email`, `bday`.
   */
  autocomplete?: string;
  /**
   * Cross-field checks: rules that must be truthy when the field has a value.
   */
  checks?: Check[];
  messages?: Messages;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "TextareaElement".
 */
export type TextareaElement = FieldBase &
  StringConstraints & {
    type: 'textarea';
    /**
     * Initial answer shown in the form (never applied on the server).
     */
    default?: string;
    rows?: number;
  };
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "NumberElement".
 */
export type NumberElement = FieldBase & {
  type: 'number';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: number;
  /**
   * Smallest value allowed.
   */
  minimum?: number;
  /**
   * Largest value allowed.
   */
  maximum?: number;
  unit?: LocalizedText;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "IntegerElement".
 */
export type IntegerElement = FieldBase & {
  type: 'integer';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: number;
  /**
   * Smallest value allowed.
   */
  minimum?: number;
  /**
   * Largest value allowed.
   */
  maximum?: number;
  unit?: LocalizedText;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "MoneyElement".
 */
export type MoneyElement = FieldBase & {
  type: 'money';
  /**
   * An amount in whole đồng.
   */
  default?: number;
  /**
   * An amount in whole đồng.
   */
  minimum?: number;
  /**
   * An amount in whole đồng.
   */
  maximum?: number;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "DateElement".
 */
export type DateElement = FieldBase & {
  type: 'date';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
  /**
   * Smallest value allowed.
   */
  minimum?: string | 'today';
  /**
   * Largest value allowed.
   */
  maximum?: string | 'today';
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "EmailElement".
 */
export type EmailElement = FieldBase & {
  type: 'email';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "PhoneElement".
 */
export type PhoneElement = FieldBase & {
  type: 'phone';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "SelectElement".
 */
export type SelectElement = FieldBase & {
  type: 'select';
  options: Options;
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
};
/**
 * @minItems 1
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Options".
 */
export type Options = Option[];
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "RadioElement".
 */
export type RadioElement = FieldBase & {
  type: 'radio';
  options: Options;
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
};
/**
 * One yes/no box. `required` means it must be ticked (a declaration or consent).
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "CheckboxElement".
 */
export type CheckboxElement = FieldBase & {
  type: 'checkbox';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: boolean;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "CheckboxesElement".
 */
export type CheckboxesElement = FieldBase & {
  type: 'checkboxes';
  options: Options;
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string[];
  /**
   * Fewest options to tick.
   */
  minItems?: number;
  /**
   * Most options to tick.
   */
  maxItems?: number;
};
/**
 * Căn cước / CCCD: 12 digits.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "CitizenIdElement".
 */
export type CitizenIdElement = FieldBase & {
  type: 'citizen-id';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
};
/**
 * Mã số thuế: 10 digits, 10-3 for branches, or a 12-digit personal ID number.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "TaxCodeElement".
 */
export type TaxCodeElement = FieldBase & {
  type: 'tax-code';
  /**
   * Initial answer shown in the form (never applied on the server).
   */
  default?: string;
};
/**
 * Province → commune → street address; the value is `{ province, commune, street }`.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "AddressElement".
 */
export type AddressElement = FieldBase & {
  type: 'address';
  /**
   * The administrative-units data set, e.g. `vn-2025-07` (34 provinces, two tiers).
   */
  units?: string;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "FileElement".
 */
export type FileElement = FieldBase & {
  type: 'file';
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  document?: string;
  accept?: Accept1;
  /**
   * Largest size of one file, in bytes.
   */
  maxSizeBytes?: number;
  /**
   * Most files (10 when not set).
   */
  maxFiles?: number;
};
/**
 * Accepted media types, e.g. `application/pdf`, `image/jpeg`.
 *
 * @minItems 1
 */
export type Accept1 = string[];
/**
 * Fields shown together; their values nest under the group's key.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "GroupElement".
 */
export type GroupElement = ElementBase & {
  type: 'group';
  label?: LocalizedText;
  hint?: LocalizedText;
  enabledWhen?: Rule;
  elements: Elements;
};
/**
 * A list of items, each with the same fields. Inside an item, `$item.<key>` names the item's own values.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "RepeaterElement".
 */
export type RepeaterElement = ElementBase & {
  type: 'repeater';
  label: LocalizedText;
  hint?: LocalizedText;
  itemLabel?: LocalizedText5;
  enabledWhen?: Rule;
  /**
   * Fewest items.
   */
  minItems?: number;
  /**
   * Most items (100 when not set).
   */
  maxItems?: number;
  elements: Elements;
  messages?: Messages;
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "ContentElement".
 */
export type ContentElement = ElementBase & {
  type: 'content';
  text: LocalizedText6;
};
/**
 * A read-only value computed from other values; never taken from the client.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "ComputedElement".
 */
export type ComputedElement = ElementBase & {
  type: 'computed';
  label: LocalizedText;
  hint?: LocalizedText;
  rule: Rule;
  valueType: 'text' | 'number' | 'money' | 'boolean';
};
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Elements".
 */
export type Elements = Element[];
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Slug".
 */
export type Slug = string;
/**
 * An ISO 8601 date, or `today` (the date in Asia/Ho_Chi_Minh when the data is validated).
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "IsoDateOrToday".
 */
export type IsoDateOrToday = string | 'today';

/**
 * A Hoso procedure definition: one online public-service procedure (thủ tục hành chính) as data.
 */
export interface ProcedureDefinition {
  $schema?: string;
  /**
   * Version of the definition format itself.
   */
  formatVersion: 1;
  /**
   * Stable identifier of the procedure, e.g. `dang-ky-ket-hon`.
   */
  id: string;
  version: SemVer;
  /**
   * National procedure code from the national database of administrative procedures, e.g. `1.000894`.
   */
  code: string;
  title: LocalizedText;
  description?: LocalizedText;
  sector?: LocalizedText1;
  agency: Agency;
  legalBasis?: LegalDocument[];
  /**
   * `full` = toàn trình (submit, pay and receive online); `partial` = một phần.
   */
  serviceLevel: 'full' | 'partial';
  processingTime: ProcessingTime;
  fees?: Fee[];
  documents?: Document[];
  /**
   * How the result may be delivered; the citizen chooses one (`$delivery` in the data).
   *
   * @minItems 1
   */
  delivery?: DeliveryMethod[];
  /**
   * @minItems 1
   */
  steps: Step[];
  flow: Flow;
}
/**
 * Text in Vietnamese (required) and English.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  vi: string;
  en?: string;
}
/**
 * Text in Vietnamese (required) and English.
 */
export interface LocalizedText1 {
  vi: string;
  en?: string;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Agency".
 */
export interface Agency {
  name: LocalizedText;
  /**
   * Level of government that decides: ministry, province or commune (two tiers of local government since July 2025).
   */
  level: 'ministry' | 'province' | 'commune';
  /**
   * Agency code in the national catalogue, when it has one.
   */
  code?: string;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "LegalDocument".
 */
export interface LegalDocument {
  /**
   * e.g. `123/2015/NĐ-CP`.
   */
  number: string;
  title: LocalizedText;
  issuedOn?: string;
  url?: string;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "ProcessingTime".
 */
export interface ProcessingTime {
  /**
   * Legal processing time in working days (halves allowed).
   */
  workingDays: number;
  note?: LocalizedText;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Fee".
 */
export interface Fee {
  /**
   * Stable key of the fee.
   */
  key: string;
  title: LocalizedText;
  /**
   * `fee` = lệ phí, `charge` = phí.
   */
  kind: 'fee' | 'charge';
  /**
   * Fixed in whole đồng, or computed by a rule over the data.
   */
  amount:
    | Money
    | {
        rule: Rule;
      };
  note?: LocalizedText;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Document".
 */
export interface Document {
  key: Key;
  title: LocalizedText;
  hint?: LocalizedText;
  /**
   * bản chính, bản sao chứng thực, bản sao, bản điện tử.
   */
  form: 'original' | 'certified-copy' | 'copy' | 'electronic';
  /**
   * Number of paper copies when submitted at the counter.
   */
  copies?: number;
  accept?: Accept;
  /**
   * Largest size of one file, in bytes.
   */
  maxSizeBytes?: number;
  /**
   * Most files for this document (10 when not set).
   */
  maxFiles?: number;
  /**
   * Every dossier must attach it.
   */
  required?: boolean;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  requiredWhen?: unknown;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Step".
 */
export interface Step {
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  visibleWhen?: unknown;
  elements: Elements;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "ElementBase".
 */
export interface ElementBase {
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  key: string;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  visibleWhen?: unknown;
}
/**
 * Text in Vietnamese (required) and English.
 */
export interface LocalizedText2 {
  vi: string;
  en?: string;
}
/**
 * Text in Vietnamese (required) and English.
 */
export interface LocalizedText3 {
  vi: string;
  en?: string;
}
/**
 * Text in Vietnamese (required) and English.
 */
export interface LocalizedText4 {
  vi: string;
  en?: string;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Check".
 */
export interface Check {
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  key: string;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  rule: unknown;
  message: LocalizedText;
}
/**
 * Messages per constraint, overriding the built-in ones.
 *
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Messages".
 */
export interface Messages {
  required?: LocalizedText;
  type?: LocalizedText;
  format?: LocalizedText;
  minLength?: LocalizedText;
  maxLength?: LocalizedText;
  pattern?: LocalizedText;
  minimum?: LocalizedText;
  maximum?: LocalizedText;
  minItems?: LocalizedText;
  maxItems?: LocalizedText;
  enum?: LocalizedText;
  accept?: LocalizedText;
  maxSizeBytes?: LocalizedText;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "StringConstraints".
 */
export interface StringConstraints {
  /**
   * Fewest characters (after trimming).
   */
  minLength?: number;
  /**
   * Most characters; 500 for text and 10,000 for textarea when not set.
   */
  maxLength?: number;
  /**
   * A safe regular expression (checked by `checkDefinition`).
   */
  pattern?: string;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Option".
 */
export interface Option {
  /**
   * The value stored in the data.
   */
  value: string;
  label: LocalizedText;
  /**
   * A JSON Logic expression, evaluated by Hoso's safe evaluator.
   */
  visibleWhen?: unknown;
}
/**
 * Text in Vietnamese (required) and English.
 */
export interface LocalizedText5 {
  vi: string;
  en?: string;
}
/**
 * Text in Vietnamese (required) and English.
 */
export interface LocalizedText6 {
  vi: string;
  en?: string;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Flow".
 */
export interface Flow {
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  start: string;
  /**
   * @minItems 1
   */
  roles: Role[];
  /**
   * @minItems 1
   */
  stages: Stage[];
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Role".
 */
export interface Role {
  key: Key;
  title: LocalizedText;
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Stage".
 */
export interface Stage {
  key: Key;
  title: LocalizedText;
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  role?: string;
  /**
   * Time allowed for the stage, in working days.
   */
  durationDays?: number;
  /**
   * Set on end stages only: the dossier's final state.
   */
  outcome?: 'completed' | 'rejected' | 'withdrawn';
  /**
   * Where a dossier may go from this stage, and by which action.
   */
  transitions?: Transition[];
}
/**
 * This interface was referenced by `ProcedureDefinition`'s JSON-Schema
 * via the `definition` "Transition".
 */
export interface Transition {
  action:
    | 'receive'
    | 'assign'
    | 'forward'
    | 'request-supplement'
    | 'supplement'
    | 'approve'
    | 'reject'
    | 'return-result';
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  to: string;
  label?: LocalizedText;
  /**
   * A stable key: an identifier, so that rules (`{"var": "applicant.fullName"}`) and generated types can name it.
   */
  role?: string;
  /**
   * A reason must be written (rejection, supplement request).
   */
  requiresNote?: boolean;
}
