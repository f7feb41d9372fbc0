import { createContext } from '@lit/context';

/**
 * Whether an ancestor makes the fields inside it read-only: `<hoso-form readonly>` showing a
 * submitted dossier back, or a read-only group or repeater. A context rather than a DOM lookup,
 * because the fields live in the shadow roots of the elements around them and must re-render
 * when the ancestor changes its mind.
 */
export const readOnlyContext = createContext<boolean>(Symbol.for('hoso.read-only-context'));
