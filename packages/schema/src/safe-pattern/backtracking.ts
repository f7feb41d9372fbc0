import { charSetsOverlap } from './char-sets.js';
import type { CharSetNode, RegexNode, RepeatNode } from './regex-ast.js';

export type BacktrackingRisk =
  'nested-quantifier' | 'ambiguous-alternation' | 'adjacent-quantifiers';

/** A bounded repeat this wide counts as unbounded for the adjacency rule. */
const WIDE_REPEAT = 100;

/**
 * Finds the shapes that make a backtracking engine (V8, Java, .NET, Python) take exponential or
 * high-polynomial time. Conservative: a pattern it accepts is linear or close to it; some safe
 * patterns are refused too, and the message suggests a rewrite.
 */
export function findBacktrackingRisk(root: RegexNode): BacktrackingRisk | undefined {
  for (const node of allNodes(root)) {
    if (node.kind === 'repeat' && node.max > 1) {
      const risk = repeatedChoice(node);
      if (risk !== undefined) return risk;
    }
    if (node.kind === 'sequence' && hasOverlappingNeighbours(node.items)) {
      return 'adjacent-quantifiers';
    }
  }
  return undefined;
}

/**
 * Rule 1: a repeated body must not itself choose how much to match — a variable-length repeat
 * (`(a+)+`, `(\w+\s?)*`) or an alternation (`(a|ab)*`) — unless every iteration is delimited:
 * the body starts or ends with one mandatory character that nothing else in the body can match
 * (`(?:-[a-z0-9]+)*`, `(?:\d{1,3}\.){3}`), so iterations cannot trade characters.
 * An alternation of single, pairwise disjoint characters is a character class and is allowed.
 */
function repeatedChoice(repeat: RepeatNode): BacktrackingRisk | undefined {
  const inner = allNodes(repeat.body);
  const hasAlternation = inner.some((n) => n.kind === 'alternation' && !isDisjointCharChoice(n));
  const hasVariableRepeat = inner.some((n) => n.kind === 'repeat' && n.min !== n.max);
  if (!hasAlternation && !hasVariableRepeat) return undefined;
  if (isDelimited(repeat.body)) return undefined;
  return hasAlternation ? 'ambiguous-alternation' : 'nested-quantifier';
}

function isDisjointCharChoice(node: RegexNode): boolean {
  if (node.kind !== 'alternation') return false;
  const branches = node.branches;
  if (!branches.every((b) => b.kind === 'chars')) return false;
  const sets = branches as CharSetNode[];
  return sets.every((a, i) => sets.slice(i + 1).every((b) => !charSetsOverlap(a, b)));
}

function isDelimited(body: RegexNode): boolean {
  if (body.kind !== 'sequence') return false;
  const atoms = charSetsIn(body);
  return [body.items[0], body.items[body.items.length - 1]].some(
    (edge) =>
      edge?.kind === 'chars' &&
      atoms.filter((atom) => atom !== edge).every((atom) => !charSetsOverlap(atom, edge)),
  );
}

/**
 * Rule 2: in a sequence, an item containing an unbounded repeat must not be followed by another
 * unbounded repeat that can start with one of its characters (`\d*\d*`, `a+a+`, `.*x.*`) unless
 * a mandatory item that cannot start with those characters separates them (`\d+-\d+`). An
 * optional item in between (`[a-z]+(?:-[a-z]+)*`) does not separate, but is not a conflict
 * itself when it starts with a character the first one cannot match. A mandatory character
 * that the later repeat cannot match fences it (`[^@]+\.[a-z]{2,}`): the later repeat stops at
 * the next such character, so trying every split costs linear time in total.
 */
function hasOverlappingNeighbours(items: RegexNode[]): boolean {
  return items.some((item, index) => {
    if (!containsUnboundedRepeat(item)) return false;
    const chars = charSetsIn(item);
    const canContinue = (node: RegexNode) =>
      firstCharSets(node).some((first) => chars.some((c) => charSetsOverlap(c, first)));
    const fences: CharSetNode[] = [];
    for (const follower of items.slice(index + 1)) {
      const overlaps = canContinue(follower);
      if (overlaps && containsUnboundedRepeat(follower) && !isFenced(follower, fences)) return true;
      if (!overlaps && !isNullable(follower)) return false;
      if (follower.kind === 'chars') fences.push(follower);
    }
    return false;
  });
}

function isFenced(follower: RegexNode, fences: CharSetNode[]): boolean {
  const chars = charSetsIn(follower);
  return fences.some((fence) => chars.every((c) => !charSetsOverlap(c, fence)));
}

function containsUnboundedRepeat(node: RegexNode): boolean {
  return allNodes(node).some(
    (n) => n.kind === 'repeat' && n.min !== n.max && n.max - n.min >= WIDE_REPEAT,
  );
}

function allNodes(node: RegexNode): RegexNode[] {
  switch (node.kind) {
    case 'sequence':
      return [node, ...node.items.flatMap(allNodes)];
    case 'alternation':
      return [node, ...node.branches.flatMap(allNodes)];
    case 'repeat':
      return [node, ...allNodes(node.body)];
    default:
      return [node];
  }
}

function charSetsIn(node: RegexNode): CharSetNode[] {
  return allNodes(node).filter((n): n is CharSetNode => n.kind === 'chars');
}

function isNullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'anchor':
      return true;
    case 'sequence':
      return node.items.every(isNullable);
    case 'alternation':
      return node.branches.some(isNullable);
    case 'repeat':
      return node.min === 0 || isNullable(node.body);
  }
}

/** The character sets a match of `node` can start with. */
function firstCharSets(node: RegexNode): CharSetNode[] {
  switch (node.kind) {
    case 'chars':
      return [node];
    case 'anchor':
      return [];
    case 'alternation':
      return node.branches.flatMap(firstCharSets);
    case 'repeat':
      return firstCharSets(node.body);
    case 'sequence': {
      const firsts: CharSetNode[] = [];
      for (const item of node.items) {
        firsts.push(...firstCharSets(item));
        if (!isNullable(item)) break;
      }
      return firsts;
    }
  }
}
