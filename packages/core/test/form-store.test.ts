import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compile, createFormStore, type FormSnapshot } from '../src/index.js';

const definition = JSON.parse(
  readFileSync(new URL('../../test/fixtures/household.json', import.meta.url), 'utf8'),
);
const procedure = compile(definition);
const options = { today: '2026-11-22' };

function shown(state: FormSnapshot, id: string): string[] {
  return (state.fields.get(id)?.shownErrors ?? []).map((e) => e.code);
}

describe('form store', () => {
  it('starts on the first step with the definition defaults', () => {
    const store = createFormStore(procedure, options);
    const state = store.getState();
    assert.equal(state.currentStep, 0);
    assert.equal(state.isFirstStep, true);
    assert.deepEqual(state.values, { copyCount: 1 });
    assert.equal(state.fields.get('copyFee')?.visible, true);
    assert.equal(state.result.data['copyFee'], 8000);
  });

  it('shows errors only after a field is left, the step is attempted, or on submit', () => {
    const store = createFormStore(procedure, options);
    store.setValue('idNumber', '12');
    assert.deepEqual(shown(store.getState(), 'idNumber'), []);
    assert.deepEqual(
      store
        .getState()
        .fields.get('idNumber')
        ?.errors.map((e) => e.code),
      ['format.citizen-id'],
    );
    store.touch('idNumber');
    assert.deepEqual(shown(store.getState(), 'idNumber'), ['format.citizen-id']);
    assert.deepEqual(shown(store.getState(), 'fullName'), []);
    assert.equal(store.next(), false);
    assert.deepEqual(shown(store.getState(), 'fullName'), ['required']);
    assert.equal(store.getState().currentStep, 0);
  });

  it('updates visibility and requiredness as answers change', () => {
    const store = createFormStore(procedure, options);
    assert.equal(store.getState().fields.get('divorceDate')?.visible, false);
    store.setValue('maritalStatus', 'divorced');
    const field = store.getState().fields.get('divorceDate');
    assert.equal(field?.visible, true);
    assert.equal(field?.required, true);
    assert.equal(store.getState().steps[1]?.visible, true);
  });

  it('skips steps whose condition is false, both ways', () => {
    const store = createFormStore(procedure, options);
    const fill = {
      fullName: 'Lê Thị Mai',
      birthDate: '1995-01-01',
      idNumber: '001195000001',
      maritalStatus: 'single',
      address: { residence: { province: '01', commune: '00004' } },
    };
    for (const [path, value] of Object.entries(fill)) store.setValue(path, value);
    assert.equal(store.next(), true);
    assert.equal(store.getState().currentStep, 2, 'the children step is skipped');
    assert.equal(store.getState().isLastStep, true);
    store.previous();
    assert.equal(store.getState().currentStep, 0);
    store.setValue('maritalStatus', 'divorced');
    store.setValue('divorceDate', '2020-02-02');
    store.next();
    assert.equal(store.getState().currentStep, 1);
  });

  it('sets nested values by path and notifies subscribers', () => {
    const store = createFormStore(procedure, options);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s.result.errors.length));
    store.setValue('address.residence.province', '01');
    store.setValue('kids.0.name', 'An');
    unsubscribe();
    store.setValue('fullName', 'X');
    assert.equal(seen.length, 2);
    assert.deepEqual(store.getState().values['address'], { residence: { province: '01' } });
    assert.deepEqual(store.getState().values['kids'], [{ name: 'An' }]);
  });

  it('submit shows every error and returns the same result the server computes', () => {
    const store = createFormStore(procedure, options);
    const result = store.submit();
    assert.equal(store.getState().submitted, true);
    assert.deepEqual(shown(store.getState(), 'fullName'), ['required']);
    assert.deepEqual(result, procedure.validate({ copyCount: 1 }, options));
  });

  it('reset clears answers, touched fields and the step', () => {
    const store = createFormStore(procedure, options);
    store.setValue('fullName', 'Y');
    store.touch('fullName');
    store.reset();
    assert.deepEqual(store.getState().values, { copyCount: 1 });
    assert.equal(store.getState().submitted, false);
  });
});
