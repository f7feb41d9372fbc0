import { html, type TemplateResult } from 'lit';
import type { ValidationError } from '@hoso/core/precompiled';
import { msg, type Lang, type MessageId } from '../../../internal/i18n.js';
import '../../choice-field/choice-field.js';

const DELIVERY_LABELS: Record<string, MessageId> = {
  counter: 'delivery.counter',
  post: 'delivery.post',
  online: 'delivery.online',
};

export interface DeliveryOption {
  value: string;
  label: { vi: string; en: string };
}

/** The definition's ways of receiving the result, labelled in both languages. */
export function deliveryOptions(delivery: readonly string[]): DeliveryOption[] {
  return delivery.map((value) => ({
    value,
    label: { vi: msg(DELIVERY_LABELS[value]!, 'vi'), en: msg(DELIVERY_LABELS[value]!, 'en') },
  }));
}

export interface DeliveryInput {
  idPrefix: string;
  lang: Lang;
  options: DeliveryOption[];
  value: string | undefined;
  errors: ValidationError[];
  onChoose: (value: unknown) => void;
}

/** The delivery page's content: one required radio choice of how to receive the result. */
export function renderDelivery(input: DeliveryInput): TemplateResult {
  return html`<hoso-choice-field
    id="${input.idPrefix}-$delivery"
    name="$delivery"
    kind="radio"
    lang=${input.lang}
    required
    .element=${{
      type: 'radio',
      key: '$delivery',
      label: { vi: msg('delivery.label', 'vi'), en: msg('delivery.label', 'en') },
      options: input.options,
    }}
    .value=${input.value}
    .errors=${input.errors}
    @input=${(event: Event) =>
      input.onChoose((event.currentTarget as unknown as { value?: unknown }).value)}
  ></hoso-choice-field>`;
}
