import type { FieldNode } from '../compile/field-tree.js';
import type { PathSegments } from './result.js';

/** What the rules decided about one field instance (one per repeater item). */
export interface FieldState {
  node: FieldNode;
  /** Data path of this instance, with repeater indexes. */
  path: PathSegments;
  /** Dotted form of `path`, the key renderers and errors use. */
  id: string;
  visible: boolean;
  enabled: boolean;
  required: boolean;
  /** Position in document order, for ordering errors. */
  order: number;
  /** The data the field's rules see: the root data, plus `$item`/`$index` inside repeaters. */
  scope: Record<string, unknown>;
}
