/**
 * The repository's national bases with their province overlays
 * (`examples/overlays/<procedure>/definition.json` and `<province>.overlay.json`), bundled by
 * Vite. Outside Vite (tests on tsc output) there are none.
 */

export interface OverlayExample {
  /** `<procedure>/<province>`. */
  name: string;
  base: unknown;
  overlay: unknown;
}

export function loadOverlayExamples(): OverlayExample[] {
  let modules: Record<string, unknown> = {};
  try {
    modules = import.meta.glob('../../../../examples/overlays/*/*.json', {
      eager: true,
      import: 'default',
    });
  } catch {
    return [];
  }
  const bases = new Map<string, unknown>();
  const overlays: { folder: string; province: string; overlay: unknown }[] = [];
  for (const [path, json] of Object.entries(modules)) {
    const [folder = '', file = ''] = path.split('/').slice(-2);
    if (file === 'definition.json') bases.set(folder, json);
    else if (file.endsWith('.overlay.json')) {
      overlays.push({ folder, province: file.slice(0, -'.overlay.json'.length), overlay: json });
    }
  }
  return overlays
    .filter((o) => bases.has(o.folder))
    .map((o) => ({
      name: `${o.folder}/${o.province}`,
      base: bases.get(o.folder),
      overlay: o.overlay,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
