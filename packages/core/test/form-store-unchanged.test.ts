import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compile, createFormStore } from '../src/index.js';

const definition = JSON.parse(
  readFileSync(new URL('../../test/fixtures/household.json', import.meta.url), 'utf8'),
);
const procedure = compile(definition);
const options = { today: '2026-11-22' };

describe('form store on a change: fields that did not change keep their view', () => {
  it('keeps the view object of every field the change left alone', () => {
    const store = createFormStore(procedure, options);
    const before = store.getState().fields;
    store.setValue('fullName', 'Lê Thị Mai');
    const after = store.getState().fields;
    assert.notEqual(after, before, 'a new map for the new snapshot');
    assert.equal(after.get('idNumber'), before.get('idNumber'));
    assert.equal(after.get('birthDate'), before.get('birthDate'));
    assert.notEqual(after.get('fullName'), before.get('fullName'), 'its required error is gone');
    assert.deepEqual(
      after.get('fullName')?.errors.map((e) => e.code),
      [],
    );
  });

  it('gives a field a new view when its visibility or shown errors change', () => {
    const store = createFormStore(procedure, options);
    const hidden = store.getState().fields.get('divorceDate');
    store.setValue('maritalStatus', 'divorced');
    const shownNow = store.getState().fields.get('divorceDate');
    assert.notEqual(shownNow, hidden);
    assert.equal(shownNow?.visible, true);
    const untouched = store.getState().fields.get('idNumber');
    store.setValue('idNumber', '12');
    store.touch('idNumber');
    const touched = store.getState().fields.get('idNumber');
    assert.notEqual(touched, untouched);
    assert.deepEqual(
      touched?.shownErrors.map((e) => e.code),
      ['format.citizen-id'],
    );
  });

  it('touching a field keeps the verdict and every other field as they were', () => {
    const store = createFormStore(procedure, options);
    const before = store.getState();
    store.touch('fullName');
    const after = store.getState();
    assert.equal(after.result, before.result, 'the pipeline did not run again');
    assert.deepEqual(
      after.fields.get('fullName')?.shownErrors.map((e) => e.code),
      ['required'],
    );
    for (const [id, view] of before.fields)
      if (id !== 'fullName') assert.equal(after.fields.get(id), view, id);
  });

  it('calls no subscriber when nothing drawn changed, and does when something did', () => {
    const store = createFormStore(procedure, options);
    store.setValue('fullName', 'Lê Thị Mai');
    const calls: number[] = [];
    store.subscribe(() => calls.push(calls.length));
    const before = store.getState();
    store.touch('fullName'); // answered and valid: leaving it shows nothing new
    assert.equal(store.getState(), before, 'the same snapshot');
    assert.deepEqual(calls, []);
    store.touch('idNumber'); // unanswered and required: its error now shows
    assert.notEqual(store.getState(), before);
    assert.equal(calls.length, 1);
    store.setValue('fullName', 'Lê Thị Mai'); // the same answer again is still a change
    assert.equal(calls.length, 2);
  });

  it('gives every field its own errors and those inside it, as before', () => {
    const store = createFormStore(procedure, options);
    store.setValue('address.residence.province', '01');
    const state = store.getState();
    for (const [id, view] of state.fields)
      assert.deepEqual(
        view.errors,
        state.result.errors.filter((e) => e.path === id || e.path.startsWith(id + '.')),
        id,
      );
  });
});
