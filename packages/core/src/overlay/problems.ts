import {
  describeTarget,
  kindName,
  toPointer,
  type OverlayTarget,
  type Problem,
  type TargetKind,
} from '@hoso/schema/model';

/** A problem of resolving an overlay; `source` says which document `pointer` points into. */
export interface OverlayProblem extends Problem {
  source: 'overlay' | 'base' | 'resolved';
  /** The index of the change the problem comes from, when it comes from one. */
  change?: number;
}

type At = readonly (string | number)[];

function overlayProblem(at: At, code: string, vi: string, en: string): OverlayProblem {
  const change = at[0] === 'changes' && typeof at[1] === 'number' ? at[1] : undefined;
  return {
    pointer: toPointer(at),
    code,
    message: { vi, en },
    source: 'overlay',
    ...(change !== undefined ? { change } : {}),
  };
}

export function targetNotFound(at: At, target: OverlayTarget, base: string): OverlayProblem {
  const what = describeTarget(target);
  return overlayProblem(
    at,
    'overlay.target-not-found',
    `Không áp dụng được thay đổi: bản gốc ${base} không có ${what.vi} (có thể đã bị xóa hoặc đổi khóa). Hãy xem các thay đổi của bản gốc (hoso diff) rồi sửa hoặc bỏ thay đổi này.`,
    `This change cannot apply: the base ${base} has no ${what.en} (it may have been removed or renamed there). Look at the base's changes (hoso diff), then update or drop this change.`,
  );
}

export function anchorNotFound(
  at: At,
  position: string,
  target: OverlayTarget,
  base: string,
): OverlayProblem {
  const what = describeTarget(target);
  return overlayProblem(
    at,
    'overlay.anchor-not-found',
    `Không đặt được mục "${position}" ${what.vi}: bản gốc ${base} không có ${what.vi} (có thể đã bị xóa hoặc đổi khóa). Hãy chọn một vị trí khác.`,
    `Cannot place the item "${position}" ${what.en}: the base ${base} has no ${what.en} (it may have been removed or renamed there). Choose another position.`,
  );
}

export function notAContainer(at: At, target: OverlayTarget, holds: string): OverlayProblem {
  const what = describeTarget(target);
  return overlayProblem(
    at,
    'overlay.not-a-container',
    `${capitalise(what.vi)} không chứa được ${holds === 'elements' ? 'phần tử con (chỉ nhóm hoặc danh sách lặp mới chứa được)' : 'lựa chọn'}.`,
    `The ${what.en} cannot hold ${holds === 'elements' ? 'child elements (only a group or a repeater can)' : 'options'}.`,
  );
}

export function duplicateKey(at: At, kind: TargetKind, key: string, base: string): OverlayProblem {
  const name = kindName(kind);
  return overlayProblem(
    at,
    'overlay.duplicate-key',
    `Không thêm được ${name.vi} "${key}": khóa này đã có ở đây trong bản gốc ${base} (có thể bản gốc vừa bổ sung nó). Hãy bỏ thay đổi này, chuyển nó thành "set", hoặc chọn khóa khác.`,
    `Cannot add the ${name.en} "${key}": the key is already used here in the base ${base} (the base may have added it since). Drop this change, turn it into a "set", or choose another key.`,
  );
}

export function keyChange(at: At, property: string): OverlayProblem {
  return overlayProblem(
    at,
    'overlay.key-change',
    `"set" không được đổi khóa "${property}": các quy tắc, dữ liệu và thay đổi khác dựa vào nó. Hãy xóa mục cũ và thêm mục mới.`,
    `A "set" may not change the key "${property}": rules, data and other changes depend on it. Remove the item and add a new one instead.`,
  );
}

export function moveRelativeToItself(at: At): OverlayProblem {
  return overlayProblem(
    at,
    'overlay.move-relative-to-itself',
    'Không thể di chuyển một mục tới vị trí cạnh chính nó hoặc vào bên trong nó.',
    'An item cannot be moved next to or into itself.',
  );
}

export function baseIdMismatch(expected: string, actual: unknown): OverlayProblem {
  return overlayProblem(
    ['base', 'id'],
    'overlay.base-id',
    `Lớp phủ này dành cho thủ tục "${expected}", nhưng bản gốc là "${String(actual)}".`,
    `This overlay is for the procedure "${expected}", but the base is "${String(actual)}".`,
  );
}

export function baseVersionMismatch(range: string, actual: string): OverlayProblem {
  return overlayProblem(
    ['base', 'version'],
    'overlay.base-version',
    `Lớp phủ này dành cho phiên bản "${range}" của bản gốc, nhưng bản gốc là ${actual}. Hãy xem các thay đổi (hoso diff), kiểm tra lại từng thay đổi của lớp phủ rồi cập nhật "base.version".`,
    `This overlay is for versions "${range}" of the base, but the base is ${actual}. Look at the base's changes (hoso diff), review each change of the overlay, then update "base.version".`,
  );
}

export function badRange(range: string): OverlayProblem {
  return overlayProblem(
    ['base', 'version'],
    'overlay.base-version-range',
    `"${range}" không phải là một khoảng phiên bản (ví dụ ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x).`,
    `"${range}" is not a version range (e.g. ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x).`,
  );
}

export function jsonPatchFailed(at: At, code: string, detail: string): OverlayProblem {
  return overlayProblem(
    at,
    `overlay.json-patch.${code}`,
    `Không áp dụng được JSON Patch: ${detail}.`,
    `The JSON Patch cannot apply: ${detail}.`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
