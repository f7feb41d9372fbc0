/**
 * A Vite plugin for pages that register the elements with a bare `import '@hoso/elements'`.
 * The package's `sideEffects` list names its component modules but not its entry, so Vite 8
 * drops the bare import and every element with it. This marks the entry as having side effects.
 */
export function keepHosoElements() {
  return {
    name: 'keep-hoso-elements',
    transform(_code, id) {
      return /elements[\\/]dist[\\/]src[\\/]index\.js$/.test(id)
        ? { moduleSideEffects: true }
        : null;
    },
  };
}
