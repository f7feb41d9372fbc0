/**
 * A simple layered layout of the back-office flow: stages are placed left to right by their
 * distance (breadth first) from the start stage; stages the start cannot reach come last.
 * Edges to an earlier or the same layer (supplement loops) bend below the nodes.
 */

export interface FlowStageLike {
  key?: unknown;
  title?: unknown;
  role?: unknown;
  durationDays?: unknown;
  outcome?: unknown;
  transitions?: unknown;
}

export interface LaidNode {
  key: string;
  index: number;
  layer: number;
  x: number;
  y: number;
  stage: FlowStageLike;
  reachable: boolean;
}

export interface LaidEdge {
  from: string;
  to: string;
  action: string;
  path: string;
  labelX: number;
  labelY: number;
  back: boolean;
}

export interface FlowLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 60;
const LAYER_GAP = 96;
const ROW_GAP = 40;
const MARGIN = 24;

function transitionsOf(stage: FlowStageLike): { action: string; to: string }[] {
  if (!Array.isArray(stage.transitions)) return [];
  return stage.transitions
    .filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null)
    .map((t) => ({ action: String(t.action ?? ''), to: String(t.to ?? '') }));
}

export function layoutFlow(stages: unknown, start: unknown): FlowLayout {
  const list: FlowStageLike[] = Array.isArray(stages)
    ? stages.filter((s): s is FlowStageLike => typeof s === 'object' && s !== null)
    : [];
  const keys = list.map((s, i) => (typeof s.key === 'string' ? s.key : `#${i}`));
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const layer = new Map<string, number>();
  const startKey = typeof start === 'string' && indexOf.has(start) ? start : keys[0];
  if (startKey !== undefined) {
    layer.set(startKey, 0);
    const queue = [startKey];
    while (queue.length > 0) {
      const key = queue.shift()!;
      const stage = list[indexOf.get(key)!]!;
      for (const t of transitionsOf(stage)) {
        if (indexOf.has(t.to) && !layer.has(t.to)) {
          layer.set(t.to, layer.get(key)! + 1);
          queue.push(t.to);
        }
      }
    }
  }
  const lastLayer = Math.max(-1, ...layer.values());
  const rows = new Map<number, number>();
  const nodes: LaidNode[] = keys.map((key, index) => {
    const reachable = layer.has(key);
    const l = reachable ? layer.get(key)! : lastLayer + 1;
    const row = rows.get(l) ?? 0;
    rows.set(l, row + 1);
    return {
      key,
      index,
      layer: l,
      x: MARGIN + l * (NODE_WIDTH + LAYER_GAP),
      y: MARGIN + row * (NODE_HEIGHT + ROW_GAP),
      stage: list[index]!,
      reachable,
    };
  });
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const maxRows = Math.max(1, ...rows.values());
  const bottom = MARGIN + maxRows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
  const edges: LaidEdge[] = [];
  let backCount = 0;
  for (const node of nodes) {
    for (const t of transitionsOf(node.stage)) {
      const target = byKey.get(t.to);
      if (!target) continue;
      if (target.layer > node.layer) {
        const x1 = node.x + NODE_WIDTH;
        const y1 = node.y + NODE_HEIGHT / 2;
        const x2 = target.x;
        const y2 = target.y + NODE_HEIGHT / 2;
        const mid = (x1 + x2) / 2;
        edges.push({
          from: node.key,
          to: target.key,
          action: t.action,
          path: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
          labelX: mid,
          labelY: (y1 + y2) / 2 - 6,
          back: false,
        });
      } else {
        backCount++;
        const x1 = node.x + NODE_WIDTH / 2;
        const y1 = node.y + NODE_HEIGHT;
        const x2 = target.x + NODE_WIDTH / 2 + (target === node ? 30 : 0);
        const y2 = target.y + NODE_HEIGHT;
        const dip = bottom + 18 + backCount * 22;
        edges.push({
          from: node.key,
          to: target.key,
          action: t.action,
          path: `M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2}`,
          labelX: (x1 + x2) / 2,
          labelY: dip - 4,
          back: true,
        });
      }
    }
  }
  const layers = Math.max(1, ...nodes.map((n) => n.layer + 1));
  return {
    nodes,
    edges,
    width: MARGIN * 2 + layers * NODE_WIDTH + (layers - 1) * LAYER_GAP,
    height: bottom + MARGIN + 18 + backCount * 22 + (backCount ? 12 : 0),
  };
}
