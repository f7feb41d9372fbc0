import type { LocalizedMessage } from '../problem.js';
import type { OverlayTarget, TargetKind } from './format.js';

const PRIMARY: readonly TargetKind[] = [
  'step',
  'element',
  'fee',
  'document',
  'legalBasis',
  'role',
  'stage',
  'procedure',
];

/**
 * The kind of item a target names, or a reason it names none: exactly one primary selector,
 * with `option` or `check` only next to `element`.
 */
export function targetKind(target: OverlayTarget): TargetKind | LocalizedMessage {
  const primaries = PRIMARY.filter((kind) => target[kind] !== undefined);
  if (primaries.length !== 1) {
    return {
      vi: `Đích phải nêu đúng một trong: ${PRIMARY.join(', ')} (đang có ${primaries.length}).`,
      en: `A target must name exactly one of: ${PRIMARY.join(', ')} (it names ${primaries.length}).`,
    };
  }
  const kind = primaries[0]!;
  const hasOption = target.option !== undefined;
  const hasCheck = target.check !== undefined;
  if ((hasOption || hasCheck) && kind !== 'element') {
    return {
      vi: '"option" và "check" chỉ dùng kèm "element".',
      en: '"option" and "check" go only with "element".',
    };
  }
  if (hasOption && hasCheck) {
    return {
      vi: 'Một đích không thể nêu cả "option" và "check".',
      en: 'A target cannot name both "option" and "check".',
    };
  }
  return hasOption ? 'option' : hasCheck ? 'check' : kind;
}

const KIND_NAMES: Readonly<Record<TargetKind, readonly [vi: string, en: string]>> = {
  step: ['bước', 'step'],
  element: ['phần tử', 'element'],
  option: ['lựa chọn', 'option'],
  check: ['kiểm tra', 'check'],
  fee: ['khoản phí, lệ phí', 'fee'],
  document: ['thành phần hồ sơ', 'document'],
  legalBasis: ['văn bản căn cứ pháp lý', 'legal document'],
  role: ['vai trò', 'role'],
  stage: ['bước xử lý', 'stage'],
  procedure: ['thuộc tính của thủ tục', 'procedure property'],
};

/** The kind's name in both languages: `bước` / `step`. */
export function kindName(kind: TargetKind): LocalizedMessage {
  const [vi, en] = KIND_NAMES[kind];
  return { vi, en };
}

/** A target for messages: `phần tử "applicant.fullName"` / `element "applicant.fullName"`. */
export function describeTarget(target: OverlayTarget): LocalizedMessage {
  const kind = targetKind(target);
  if (typeof kind !== 'string') return { vi: JSON.stringify(target), en: JSON.stringify(target) };
  const name = kindName(kind);
  if (kind === 'option' || kind === 'check') {
    const key = kind === 'option' ? target.option : target.check;
    return {
      vi: `${name.vi} "${key}" của phần tử "${target.element}"`,
      en: `${name.en} "${key}" of element "${target.element}"`,
    };
  }
  const key = String(target[kind]);
  return { vi: `${name.vi} "${key}"`, en: `${name.en} "${key}"` };
}
