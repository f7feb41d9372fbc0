import { expect } from '@open-wc/testing';
import { FileRegistry } from './context.js';

function named(name: string): File {
  return new File(['x'], name, { type: 'application/pdf' });
}

function paths(registry: FileRegistry): Record<string, string[]> {
  return Object.fromEntries(
    registry.entries().map(([path, files]) => [path, files.map((f) => f.name)]),
  );
}

/** Three children, the second with a nested list; plus paths that only look alike. */
function registry(): FileRegistry {
  const files = new FileRegistry();
  files.set('kids.0.cert', [named('a.pdf')]);
  files.set('kids.1.cert', [named('b.pdf')]);
  files.set('kids.1.visits.0.note', [named('b-visit.pdf')]);
  files.set('kids.2.cert', [named('c.pdf')]);
  files.set('kidsNote', [named('note.pdf')]);
  files.set('$documents.idCard', [named('cccd.pdf')]);
  return files;
}

describe('FileRegistry.followItems', () => {
  it('drops the removed item and moves the later items up, nested lists included', () => {
    const files = registry();
    files.followItems('kids', { action: 'remove', index: 0 });
    expect(paths(files)).to.deep.equal({
      'kids.0.cert': ['b.pdf'],
      'kids.0.visits.0.note': ['b-visit.pdf'],
      'kids.1.cert': ['c.pdf'],
      kidsNote: ['note.pdf'],
      '$documents.idCard': ['cccd.pdf'],
    });
  });

  it('swaps the files of a moved item and its neighbour', () => {
    const files = registry();
    files.followItems('kids', { action: 'move', index: 2, from: 1 });
    expect(paths(files)).to.deep.include({
      'kids.0.cert': ['a.pdf'],
      'kids.1.cert': ['c.pdf'],
      'kids.2.cert': ['b.pdf'],
      'kids.2.visits.0.note': ['b-visit.pdf'],
    });
    expect(paths(files)).to.not.have.property('kids.1.visits.0.note');
  });

  it('follows an inner list by its full path', () => {
    const files = registry();
    files.followItems('kids.1.visits', { action: 'remove', index: 0 });
    expect(paths(files)).to.not.have.property('kids.1.visits.0.note');
    expect(paths(files)['kids.1.cert']).to.deep.equal(['b.pdf']);
  });

  it('leaves every file in place when an item is added', () => {
    const files = registry();
    files.followItems('kids', { action: 'add', index: 3 });
    expect(paths(files)).to.deep.equal(paths(registry()));
  });
});
