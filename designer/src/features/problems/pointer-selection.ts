import type { Selection } from '../../app/selection.js';
import { parsePointer, toPointer } from '../modeling/json-path.js';

/**
 * Maps a problem's JSON pointer to the place in the designer that shows it: the deepest
 * element for anything inside a step, the item for documents, fees and flow stages, the
 * procedure details otherwise.
 */
export function selectionForPointer(pointer: string): Selection {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return { section: 'metadata', step: 0 };
  }
  const [head, second, third] = segments;
  const index = Number(second);
  if (head === 'steps' && Number.isInteger(index)) {
    let end = 2;
    while (segments[end] === 'elements' && Number.isInteger(Number(segments[end + 1]))) end += 2;
    const element = end > 2 ? toPointer(segments.slice(0, end)) : undefined;
    return { section: 'step', step: index, element };
  }
  if (head === 'documents' || head === 'fees') {
    return {
      section: head,
      step: 0,
      item: Number.isInteger(index) ? toPointer([head, index]) : undefined,
    };
  }
  if (head === 'flow') {
    const stage = Number(third);
    return {
      section: 'flow',
      step: 0,
      item:
        (second === 'stages' || second === 'roles') && Number.isInteger(stage)
          ? toPointer(['flow', second, stage])
          : undefined,
    };
  }
  return { section: 'metadata', step: 0, item: head ? toPointer([head]) : undefined };
}
