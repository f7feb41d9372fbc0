// Every command: <do>, <undo>, <redo> (form-js Modeling.spec style). Pure TypeScript, fast.
import { expect } from '@open-wc/testing';
import { getAt } from './json-path.js';
import { COMMANDS, Modeling } from './modeling.js';
import { newDefinition } from './template.js';

type Setup = {
  name: string;
  given?: (m: Modeling) => void;
  when: (m: Modeling) => void;
  then: (m: Modeling) => void;
};

function fixture(): Modeling {
  const m = new Modeling(newDefinition());
  m.addElement('/steps/0/elements', 0, 'text');
  m.addElement('/steps/0/elements', 1, 'group');
  m.addElement('/steps/0/elements', 2, 'select');
  m.addStep();
  m.reset(m.definition);
  return m;
}

const cases: Setup[] = [
  {
    name: COMMANDS.propertySet,
    when: (m) => m.setProperty('/steps/0/elements/0/label/vi', 'Họ và tên'),
    then: (m) => expect(getAt(m.definition, '/steps/0/elements/0/label/vi')).to.equal('Họ và tên'),
  },
  {
    name: `${COMMANDS.propertySet} (remove)`,
    given: (m) => {
      m.setProperty('/steps/0/elements/0/required', true);
      m.reset(m.definition);
    },
    when: (m) => m.setProperty('/steps/0/elements/0/required', undefined),
    then: (m) =>
      expect(getAt(m.definition, '/steps/0/elements/0')).not.to.have.property('required'),
  },
  {
    name: COMMANDS.elementAdd,
    when: (m) => m.addElement('/steps/1/elements', 0, 'date'),
    then: (m) => expect(getAt(m.definition, '/steps/1/elements/0/type')).to.equal('date'),
  },
  {
    name: `${COMMANDS.elementAdd} (duplicate)`,
    when: (m) => m.duplicateElement('/steps/0/elements/0'),
    then: (m) => {
      expect(getAt(m.definition, '/steps/0/elements/1/type')).to.equal('text');
      expect(getAt(m.definition, '/steps/0/elements/1/key')).not.to.equal(
        getAt(m.definition, '/steps/0/elements/0/key'),
      );
    },
  },
  {
    name: COMMANDS.elementRemove,
    when: (m) => m.removeElement('/steps/0/elements/0'),
    then: (m) => expect(getAt(m.definition, '/steps/0/elements/0/type')).to.equal('group'),
  },
  {
    name: COMMANDS.elementMove,
    when: (m) => m.moveElementBy('/steps/0/elements/0', 2),
    then: (m) =>
      expect(m.definition.steps[0]!.elements.map((e) => e.type)).to.deep.equal([
        'group',
        'select',
        'text',
      ]),
  },
  {
    name: `${COMMANDS.elementMove} (into a later group)`,
    when: (m) => m.moveElement('/steps/0/elements/0', '/steps/0/elements/1/elements', 0),
    then: (m) => {
      expect(m.definition.steps[0]!.elements.map((e) => e.type)).to.deep.equal(['group', 'select']);
      expect(getAt(m.definition, '/steps/0/elements/0/elements/0/type')).to.equal('text');
    },
  },
  {
    name: `${COMMANDS.elementMove} (to another step)`,
    when: (m) => m.moveElement('/steps/0/elements/2', '/steps/1/elements', 0),
    then: (m) => expect(getAt(m.definition, '/steps/1/elements/0/type')).to.equal('select'),
  },
  {
    name: COMMANDS.stepAdd,
    when: (m) => m.addStep(0),
    then: (m) => {
      expect(m.definition.steps).to.have.length(3);
      expect(m.definition.steps[0]!.elements).to.deep.equal([]);
    },
  },
  {
    name: COMMANDS.stepRemove,
    when: (m) => m.removeStep(0),
    then: (m) => expect(m.definition.steps).to.have.length(1),
  },
  {
    name: COMMANDS.stepMove,
    when: (m) => m.moveStep(0, 1),
    then: (m) => expect(m.definition.steps[1]!.key).to.equal('step1'),
  },
  {
    name: COMMANDS.itemAdd,
    when: (m) =>
      m.addItem('/documents', {
        key: 'idCard',
        title: { vi: 'CCCD' },
        form: 'copy',
      }),
    then: (m) => expect(getAt(m.definition, '/documents/0/key')).to.equal('idCard'),
  },
  {
    name: COMMANDS.itemRemove,
    when: (m) => m.removeItem('/flow/stages/0'),
    then: (m) => expect(m.definition.flow.stages.map((s) => s.key)).to.deep.equal(['done']),
  },
  {
    name: COMMANDS.itemMove,
    when: (m) => m.moveItem('/flow/stages/0', 1),
    then: (m) =>
      expect(m.definition.flow.stages.map((s) => s.key)).to.deep.equal(['done', 'receive']),
  },
  {
    name: COMMANDS.definitionReplace,
    when: (m) => m.replace({ ...m.definition, code: '1.000894' }),
    then: (m) => expect(m.definition.code).to.equal('1.000894'),
  },
  {
    name: COMMANDS.composite,
    when: (m) =>
      m.stack.execute(COMMANDS.composite, {
        commands: [
          { name: COMMANDS.propertySet, context: { pointer: '/code', value: '2.000001' } },
          { name: COMMANDS.stepRemove, context: { list: '/steps', index: 1 } },
        ],
      }),
    then: (m) => {
      expect(m.definition.code).to.equal('2.000001');
      expect(m.definition.steps).to.have.length(1);
    },
  },
];

describe('modeling commands', () => {
  for (const c of cases) {
    describe(c.name, () => {
      let m: Modeling;
      let before: string;
      beforeEach(() => {
        m = fixture();
        c.given?.(m);
        before = JSON.stringify(m.definition);
      });

      it('<do>', () => {
        c.when(m);
        expect(m.stack.canUndo()).to.equal(true);
        c.then(m);
      });

      it('<undo>', () => {
        c.when(m);
        m.undo();
        expect(JSON.stringify(m.definition)).to.equal(before);
        expect(m.stack.canRedo()).to.equal(true);
      });

      it('<redo>', () => {
        c.when(m);
        const after = JSON.stringify(m.definition);
        m.undo();
        m.redo();
        expect(JSON.stringify(m.definition)).to.equal(after);
        c.then(m);
      });
    });
  }

  it('a new edit clears the redo history', () => {
    const m = fixture();
    m.setProperty('/code', '1.1');
    m.undo();
    m.setProperty('/code', '1.2');
    expect(m.stack.canRedo()).to.equal(false);
  });

  it('does not record an edit that changes nothing', () => {
    const m = fixture();
    m.setProperty('/code', m.definition.code);
    expect(m.stack.canUndo()).to.equal(false);
  });

  it('copies only the objects along the edited path', () => {
    const m = fixture();
    const steps1 = m.definition.steps[1];
    m.setProperty('/steps/0/title/vi', 'Mới');
    expect(m.definition.steps[1]).to.equal(steps1);
  });

  it('refuses to move a group into itself', () => {
    const m = fixture();
    expect(m.moveElement('/steps/0/elements/1', '/steps/0/elements/1/elements', 0)).to.equal(
      undefined,
    );
    expect(m.stack.canUndo()).to.equal(false);
  });
});
