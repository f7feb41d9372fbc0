import type { Problem } from '@hoso/schema';

/** Thrown by `compile` for a definition with problems; carries all of them. */
export class DefinitionError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The definition has ${problems.length} problem(s): ` +
        problems
          .slice(0, 3)
          .map((p) => `${p.pointer || '/'} ${p.message.en}`)
          .join('; '),
    );
    this.name = 'DefinitionError';
  }
}
