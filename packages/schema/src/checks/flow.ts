import type { ProcedureDefinition, Stage } from '../generated/definition.js';
import type { Problem } from '../problem.js';
import { isObject } from '../walk.js';
import { problem } from './problem-builder.js';

/**
 * The back-office flow must be a usable state machine: transitions lead to stages that exist,
 * roles exist, every stage is reachable from the start, end stages (with an `outcome`) have no
 * way out, every other stage has one, and from every stage some end can be reached.
 */
export function flowProblems(definition: ProcedureDefinition): Problem[] {
  const flow = definition.flow;
  if (!isObject(flow) || !Array.isArray(flow.stages)) return [];
  const problems: Problem[] = [];
  const stages = new Map<string, { stage: Stage; index: number }>();
  flow.stages.forEach((stage, index) => {
    if (isObject(stage) && typeof stage.key === 'string' && !stages.has(stage.key)) {
      stages.set(stage.key, { stage, index });
    }
  });
  const roles = new Set(
    (Array.isArray(flow.roles) ? flow.roles : []).filter(isObject).map((r) => r.key),
  );

  if (typeof flow.start === 'string' && !stages.has(flow.start)) {
    problems.push(
      problem(
        ['flow', 'start'],
        'unknown-stage',
        `Giai đoạn bắt đầu "${flow.start}" không tồn tại.`,
        `The start stage "${flow.start}" does not exist.`,
      ),
    );
  }

  for (const { stage, index } of stages.values()) {
    const at = ['flow', 'stages', index];
    if (typeof stage.role === 'string' && !roles.has(stage.role)) {
      problems.push(unknownRole([...at, 'role'], stage.role));
    }
    const transitions = Array.isArray(stage.transitions) ? stage.transitions : [];
    if (stage.outcome !== undefined && transitions.length > 0) {
      problems.push(
        problem(
          [...at, 'transitions'],
          'end-stage-has-transitions',
          `Giai đoạn kết thúc "${stage.key}" không được có bước chuyển tiếp.`,
          `The end stage "${stage.key}" must not have transitions.`,
        ),
      );
    }
    if (stage.outcome === undefined && transitions.length === 0) {
      problems.push(
        problem(
          at,
          'dead-end-stage',
          `Giai đoạn "${stage.key}" không có bước chuyển tiếp nào và cũng không phải giai đoạn kết thúc (thiếu "outcome").`,
          `The stage "${stage.key}" has no transitions and is not an end stage (no "outcome").`,
        ),
      );
    }
    transitions.forEach((t, i) => {
      if (!isObject(t)) return;
      if (typeof t.to === 'string' && !stages.has(t.to)) {
        problems.push(
          problem(
            [...at, 'transitions', i, 'to'],
            'unknown-stage',
            `Bước chuyển tiếp dẫn tới giai đoạn "${t.to}" không tồn tại.`,
            `The transition leads to the stage "${t.to}", which does not exist.`,
          ),
        );
      }
      if (typeof t.role === 'string' && !roles.has(t.role)) {
        problems.push(unknownRole([...at, 'transitions', i, 'role'], t.role));
      }
    });
  }

  if (typeof flow.start === 'string' && stages.has(flow.start)) {
    problems.push(...reachabilityProblems(flow.start, stages));
  }
  return problems;
}

function reachabilityProblems(
  start: string,
  stages: Map<string, { stage: Stage; index: number }>,
): Problem[] {
  const next = (key: string): string[] =>
    (stages.get(key)?.stage.transitions ?? []).map((t) => t.to).filter((to) => stages.has(to));
  const reachable = closure([start], next);
  const problems: Problem[] = [];
  for (const [key, { index }] of stages) {
    if (!reachable.has(key)) {
      problems.push(
        problem(
          ['flow', 'stages', index],
          'unreachable-stage',
          `Không thể tới giai đoạn "${key}" từ giai đoạn bắt đầu.`,
          `The stage "${key}" cannot be reached from the start stage.`,
        ),
      );
    }
  }
  // Walk backwards from the end stages: a reachable stage that no end can be reached from
  // would trap a dossier forever.
  const previous = new Map<string, string[]>();
  for (const key of stages.keys()) {
    for (const to of next(key)) previous.set(to, [...(previous.get(to) ?? []), key]);
  }
  const ends = [...stages.values()].filter(({ stage }) => stage.outcome !== undefined);
  const canFinish = closure(
    ends.map(({ stage }) => stage.key),
    (key) => previous.get(key) ?? [],
  );
  if (ends.length === 0) {
    problems.push(
      problem(
        ['flow', 'stages'],
        'flow-without-end',
        'Quy trình không có giai đoạn kết thúc nào (giai đoạn có "outcome").',
        'The flow has no end stage (a stage with an "outcome").',
      ),
    );
    return problems;
  }
  for (const [key, { stage, index }] of stages) {
    if (reachable.has(key) && !canFinish.has(key) && (stage.transitions?.length ?? 0) > 0) {
      problems.push(
        problem(
          ['flow', 'stages', index],
          'stage-cannot-finish',
          `Từ giai đoạn "${key}" không thể đi tới giai đoạn kết thúc nào.`,
          `No end stage can be reached from the stage "${key}".`,
        ),
      );
    }
  }
  return problems;
}

function closure(from: string[], next: (key: string) => string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length > 0) {
    for (const to of next(queue.shift()!)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

function unknownRole(at: (string | number)[], role: string): Problem {
  return problem(
    at,
    'unknown-role',
    `Vai trò "${role}" chưa được khai báo trong flow.roles.`,
    `The role "${role}" is not declared in flow.roles.`,
  );
}
