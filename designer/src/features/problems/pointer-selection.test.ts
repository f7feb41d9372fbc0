import { expect } from '@open-wc/testing';
import { selectionForPointer } from './pointer-selection.js';

describe('problem pointer → selection', () => {
  it('selects the deepest element inside a step', () => {
    expect(selectionForPointer('/steps/1/elements/2/elements/0/pattern')).to.deep.equal({
      section: 'step',
      step: 1,
      element: '/steps/1/elements/2/elements/0',
    });
  });

  it('selects the step itself for step members', () => {
    expect(selectionForPointer('/steps/0/visibleWhen')).to.deep.equal({
      section: 'step',
      step: 0,
      element: undefined,
    });
  });

  it('selects documents, fees and stages', () => {
    expect(selectionForPointer('/documents/3/key').item).to.equal('/documents/3');
    expect(selectionForPointer('/fees/0/amount/rule').section).to.equal('fees');
    expect(selectionForPointer('/flow/stages/2/transitions/0/to')).to.deep.equal({
      section: 'flow',
      step: 0,
      item: '/flow/stages/2',
    });
  });

  it('falls back to the procedure details', () => {
    expect(selectionForPointer('').section).to.equal('metadata');
    expect(selectionForPointer('/code').item).to.equal('/code');
  });
});
