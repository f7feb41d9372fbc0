import { problem, type Segments } from '../checks/problem-builder.js';
import { toPointer, type Problem } from '../problem.js';
import { isObject } from '../walk.js';
import {
  ITEM_KEY,
  ITEM_KINDS,
  KEYED_LIST_POINTERS,
  POSITIONS,
  type ItemKind,
  type OverlayTarget,
  type Position,
  type TargetKind,
} from './format.js';
import { kindName, targetKind } from './target.js';

/**
 * Checks of meaning the schema cannot express: a target names exactly one thing, an added item
 * has its key, a position suits the item, a JSON Patch stays out of keyed lists. Runs on each
 * change that is an object, whatever else is wrong with it.
 */
export function changeProblems(change: Record<string, unknown>, at: Segments): Problem[] {
  const problems: Problem[] = [];
  const op = change['op'];
  if (op === 'set' || op === 'remove' || op === 'move') {
    const kind = checkTarget(change['target'], [...at, 'target'], problems);
    if (op === 'set' && kind && kind !== 'procedure' && 'value' in change) {
      if (!isObject(change['value'])) {
        problems.push(
          problem(
            [...at, 'value'],
            'overlay.value-not-object',
            `Với ${kindName(kind).vi}, "value" phải là một đối tượng gồm các thuộc tính cần đặt.`,
            `For a target of kind ${kindName(kind).en}, "value" must be an object of the properties to set.`,
          ),
        );
      }
    }
    if (op === 'move' && kind === 'procedure') {
      problems.push(
        problem(
          [...at, 'target'],
          'overlay.move-procedure',
          'Không thể di chuyển một thuộc tính của thủ tục.',
          'A procedure property cannot be moved.',
        ),
      );
    } else if (op === 'move' && kind) {
      problems.push(...positionProblems(change, kind, at));
    }
  } else if (op === 'add') {
    problems.push(...addProblems(change, at));
  } else if (op === 'json-patch' && Array.isArray(change['patch'])) {
    change['patch'].forEach((operation: unknown, i) => {
      if (isObject(operation)) problems.push(...jsonPatchProblems(operation, [...at, 'patch', i]));
    });
  }
  return problems;
}

function checkTarget(target: unknown, at: Segments, problems: Problem[]): TargetKind | undefined {
  if (!isObject(target)) return undefined;
  const kind = targetKind(target as OverlayTarget);
  if (typeof kind === 'string') return kind;
  problems.push({ pointer: toPointer(at), code: 'overlay.target', message: kind });
  return undefined;
}

function addProblems(change: Record<string, unknown>, at: Segments): Problem[] {
  const problems: Problem[] = [];
  const items = ITEM_KINDS.filter((kind) => change[kind] !== undefined);
  if (items.length !== 1) {
    problems.push(
      problem(
        at,
        'overlay.add-item',
        `Thao tác "add" phải có đúng một mục cần thêm: ${ITEM_KINDS.join(', ')} (đang có ${items.length}).`,
        `An "add" must carry exactly one item: ${ITEM_KINDS.join(', ')} (it has ${items.length}).`,
      ),
    );
    return problems;
  }
  const kind = items[0]!;
  const item = change[kind];
  const keyName = ITEM_KEY[kind];
  if (isObject(item) && typeof item[keyName] !== 'string') {
    problems.push(
      problem(
        [...at, kind],
        'overlay.item-key-missing',
        `Mục được thêm phải có khóa "${keyName}" để các thay đổi sau có thể nêu tên nó.`,
        `The added item needs its "${keyName}", so that later changes can name it.`,
      ),
    );
  }
  problems.push(...positionProblems(change, kind, at));
  return problems;
}

/** Where an item of this kind can go: next to a sibling of the same kind, or into its container. */
function positionProblems(
  change: Record<string, unknown>,
  kind: TargetKind,
  at: Segments,
): Problem[] {
  const problems: Problem[] = [];
  const given = POSITIONS.filter((p) => change[p] !== undefined);
  if (given.length > 1) {
    problems.push(
      problem(
        at,
        'overlay.position-ambiguous',
        `Chỉ được nêu một vị trí trong "before", "after", "into" (đang có ${given.join(', ')}).`,
        `Give only one position of "before", "after", "into" (it gives ${given.join(', ')}).`,
      ),
    );
    return problems;
  }
  const position: Position | undefined = given[0];
  if (position === undefined) {
    if (kind === 'element' || kind === 'option' || kind === 'check') {
      problems.push(
        problem(
          at,
          'overlay.position-missing',
          `Cần nêu vị trí cho ${kindName(kind).vi}: "before", "after" hoặc "into".`,
          `An added or moved item of kind ${kindName(kind).en} needs a position: "before", "after" or "into".`,
        ),
      );
    }
    return problems;
  }
  const target = change[position];
  const placeKind = checkTarget(target, [...at, position], problems);
  if (!placeKind) return problems;
  const allowed = allowedPlaces(kind as ItemKind, position);
  if (!allowed.includes(placeKind)) {
    const names = allowed.map((k) => kindName(k));
    problems.push(
      problem(
        [...at, position],
        'overlay.position-kind',
        allowed.length === 0
          ? `${capitalise(kindName(kind).vi)} không dùng "${position}"; bỏ vị trí để thêm vào cuối danh sách.`
          : `Vị trí "${position}" của ${kindName(kind).vi} phải là: ${names.map((n) => n.vi).join(' hoặc ')}.`,
        allowed.length === 0
          ? `An item of kind ${kindName(kind).en} takes no "${position}"; leave the position out to put it at the end.`
          : `For an item of kind ${kindName(kind).en}, "${position}" must name: ${names.map((n) => n.en).join(' or ')}.`,
      ),
    );
  }
  return problems;
}

function allowedPlaces(kind: ItemKind, position: Position): TargetKind[] {
  if (position !== 'into') return [kind];
  if (kind === 'element') return ['step', 'element'];
  if (kind === 'option' || kind === 'check') return ['element'];
  return [];
}

function jsonPatchProblems(operation: Record<string, unknown>, at: Segments): Problem[] {
  const problems: Problem[] = [];
  for (const member of ['path', 'from'] as const) {
    const pointer = operation[member];
    if (typeof pointer !== 'string') continue;
    if (pointer !== '' && !pointer.startsWith('/')) {
      problems.push(
        problem(
          [...at, member],
          'overlay.json-patch-pointer',
          `"${pointer}" không phải là JSON pointer (phải rỗng hoặc bắt đầu bằng "/").`,
          `"${pointer}" is not a JSON pointer (it must be empty or start with "/").`,
        ),
      );
    } else if (entersKeyedList(pointer)) {
      problems.push(
        problem(
          [...at, member],
          'overlay.json-patch-keyed-list',
          `JSON Patch không được sửa bên trong danh sách có khóa (${pointer}): vị trí trong mảng thay đổi khi bản gốc thay đổi. Hãy dùng "set", "add", "remove" hoặc "move" theo khóa.`,
          `A JSON Patch may not reach into a keyed list (${pointer}): array positions shift when the base changes. Use "set", "add", "remove" or "move" by key.`,
        ),
      );
    }
  }
  return problems;
}

/** True for the root, a keyed list itself or anything inside one (`/steps/0/…`, `/fees`). */
function entersKeyedList(pointer: string): boolean {
  if (pointer === '' || pointer === '/flow') return true;
  return KEYED_LIST_POINTERS.some((list) => pointer === list || pointer.startsWith(list + '/'));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
