import type { Flow, Stage, Transition } from '@hoso/schema';

/** The back-office flow as a state machine: stages by key and the transitions out of each. */
export interface FlowModel {
  start: string;
  stage(key: string): Stage | undefined;
  /** Transitions a dossier in `stage` may take; with `role`, only those that role may take. */
  transitionsFrom(stage: string, role?: string): Transition[];
  /** Whether `stage` is an end stage (it has an outcome). */
  isEnd(stage: string): boolean;
  /** The total of the stage durations along the longest path from start to an end, in working days. */
  plannedWorkingDays: number;
}

export function buildFlowModel(flow: Flow): FlowModel {
  const stages = new Map(flow.stages.map((s) => [s.key, s]));
  return {
    start: flow.start,
    stage: (key) => stages.get(key),
    transitionsFrom(key, role) {
      const stage = stages.get(key);
      const all = stage?.transitions ?? [];
      if (role === undefined) return all;
      return all.filter((t) => (t.role ?? stage?.role) === role);
    },
    isEnd: (key) => stages.get(key)?.outcome !== undefined,
    plannedWorkingDays: longestPath(flow.start, stages),
  };
}

/** Longest duration to an end without revisiting a stage (supplement loops count once). */
function longestPath(start: string, stages: Map<string, Stage>): number {
  const walk = (key: string, seen: Set<string>): number => {
    const stage = stages.get(key);
    if (!stage || seen.has(key)) return 0;
    const next = new Set(seen).add(key);
    const onward = (stage.transitions ?? []).map((t) => walk(t.to, next));
    return (stage.durationDays ?? 0) + Math.max(0, ...onward);
  };
  return walk(start, new Set());
}
