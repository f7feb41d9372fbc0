import { hasMessage, message, type LocalizedMessage } from '@hoso/schema/model';
import type { FieldNode } from '../compile/field-tree.js';
import { toDataPointer, toDottedPath, type PathSegments, type ValidationError } from './result.js';

/** An error with its ordering key, before the pipeline sorts and strips it. */
export interface PendingError extends ValidationError {
  order: number;
}

/**
 * Builds an error for a field: the definition's own message for that constraint when it has
 * one (`messages.pattern`), else the built-in message for the code, with the field's label.
 */
export function fieldError(
  node: FieldNode | undefined,
  path: PathSegments,
  order: number,
  code: string,
  params: Record<string, unknown> = {},
): PendingError {
  const custom = customMessage(node, code);
  const label = (node?.element as { label?: LocalizedMessage } | undefined)?.label;
  const text =
    custom ?? message(hasMessage(code) ? code : code.split('.')[0]!, { label, ...params });
  return {
    path: toDottedPath(path),
    pointer: toDataPointer(path),
    code,
    message: { vi: text.vi, en: text.en ?? text.vi },
    ...(Object.keys(params).length > 0 ? { params } : {}),
    order,
  };
}

function customMessage(node: FieldNode | undefined, code: string): LocalizedMessage | undefined {
  const messages = (
    node?.element as { messages?: Record<string, { vi: string; en?: string }> } | undefined
  )?.messages;
  const own = messages?.[code] ?? messages?.[code.split('.')[0]!];
  return own ? { vi: own.vi, en: own.en ?? own.vi } : undefined;
}
