import { expect } from '@open-wc/testing';
import { layoutFlow } from './layout.js';

describe('flow layout', () => {
  it('places stages in layers from the start, with loops as back edges', () => {
    const layout = layoutFlow(
      [
        { key: 'receive', transitions: [{ action: 'forward', to: 'review' }] },
        {
          key: 'review',
          transitions: [
            { action: 'approve', to: 'done' },
            { action: 'request-supplement', to: 'receive' },
          ],
        },
        { key: 'done', outcome: 'completed' },
        { key: 'orphan' },
      ],
      'receive',
    );
    expect(layout.nodes.map((n) => [n.key, n.layer, n.reachable])).to.deep.equal([
      ['receive', 0, true],
      ['review', 1, true],
      ['done', 2, true],
      ['orphan', 3, false],
    ]);
    expect(layout.edges.map((e) => e.back)).to.deep.equal([false, false, true]);
  });

  it('tolerates a malformed flow', () => {
    expect(layoutFlow(undefined, 3).nodes).to.deep.equal([]);
    expect(layoutFlow([null, { transitions: 'x' }], 'a').nodes).to.have.length(1);
  });
});
