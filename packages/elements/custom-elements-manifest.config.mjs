// Custom Elements Manifest of @hoso/elements (`pnpm run build:manifest`), read from the JSDoc of
// the element classes. IDEs, Storybook's docs tables and docs/reference/elements.md use it.

/** Members a portal never touches: Lit and form-association plumbing. */
const PLUMBING = new Set(['formAssociated', 'shadowRootOptions', 'styles', 'internals']);

/**
 * Keeps the public API only: events documented in JSDoc (the analyzer also reports
 * `new Event(type)` calls by their variable name), public members, no Lit/form plumbing.
 */
function publicApiOnly() {
  return {
    name: 'hoso-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events)
            declaration.events = declaration.events.filter((e) => e.description);
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (m) => !PLUMBING.has(m.name) && (m.privacy ?? 'public') === 'public',
            );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/hoso-field-element.ts', 'src/events/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/test/**'],
  outdir: 'dist',
  litelement: true,
  // The `customElements` field of package.json is written by hand, not by the analyzer.
  packagejson: false,
  plugins: [publicApiOnly()],
};
