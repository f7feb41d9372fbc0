import { expect } from '@open-wc/testing';
import {
  carryDraftOver,
  compile,
  type CompiledProcedure,
  type SchemaValidator,
} from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';
import { noticeItems } from '../components/procedure/draft-attention.js';
import { clearDrafts, draftKey, loadDraft, saveDraft, withoutFiles } from './drafts.js';

let household: CompiledProcedure;

before(async () => {
  const definition: unknown = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  const schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
  household = compile(definition, { schemaValidator, checkDefinition });
});

const draft = (version: string, savedAt: string, values: Record<string, unknown> = {}) => ({
  version,
  savedAt,
  values,
  errors: [],
});

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keeps no files: $documents and file answers are left out', () => {
    const values = {
      fullName: 'An',
      $documents: { idCard: [{ name: 'a.pdf', type: 'application/pdf', size: 1 }] },
    };
    expect(withoutFiles(household, values)).to.deep.equal({ fullName: 'An' });
  });

  it("loads this version's draft first, else the newest of another version", () => {
    saveDraft(localStorage, 'p', draft('1.0.0', '2026-01-01T00:00:00Z', { a: 1 }));
    saveDraft(localStorage, 'p', draft('1.1.0', '2026-02-01T00:00:00Z', { a: 2 }));
    localStorage.setItem(draftKey('p', '0.9.0'), '{not json');
    expect(loadDraft(localStorage, 'p', '2.0.0')!.values).to.deep.equal({ a: 2 });
    saveDraft(localStorage, 'p', draft('2.0.0', '2025-01-01T00:00:00Z', { a: 3 }));
    expect(loadDraft(localStorage, 'p', '2.0.0')!.values).to.deep.equal({ a: 3 });
    expect(loadDraft(localStorage, 'other', '2.0.0')).to.equal(undefined);
    clearDrafts(localStorage, 'p');
    expect(localStorage.length).to.equal(0);
  });

  it('reads the hidden paths a draft was saved with, and drafts saved without them', () => {
    saveDraft(localStorage, 'p', { ...draft('1.0.0', '2026-01-01T00:00:00Z'), hidden: ['a'] });
    expect(loadDraft(localStorage, 'p', '1.0.0')!.hidden).to.deep.equal(['a']);
    localStorage.setItem(
      draftKey('p', '0.9.0'),
      JSON.stringify({ version: '0.9.0', savedAt: '2025-01-01T00:00:00Z', values: {}, errors: [] }),
    );
    expect(loadDraft(localStorage, 'p', '0.9.0')).to.deep.equal({
      version: '0.9.0',
      savedAt: '2025-01-01T00:00:00Z',
      values: {},
      errors: [],
    });
  });

  it('carries a draft over with core and lists what needs attention', () => {
    const values = {
      fullName: 'An',
      idNumber: '123',
      oldQuestion: 'x',
      address: { residence: { province: '01', commune: '00004', street: 'a' }, floor: 3 },
      $delivery: 'online',
    };
    const { data, findings } = carryDraftOver(household, values, {
      knownErrors: ['birthDate|required'],
    });
    expect(data).to.deep.equal({
      fullName: 'An',
      idNumber: '123',
      address: { residence: { province: '01', commune: '00004', street: 'a' } },
    });
    const items = noticeItems(findings, values);
    const byPath = new Map(items.map((a) => [a.path, a]));
    expect(byPath.get('oldQuestion')?.code).to.equal('removed');
    expect(byPath.get('oldQuestion')?.message.en).to.equal(
      'The new version of the procedure no longer asks a question you answered; that answer was removed.',
    );
    expect(
      byPath.has('address.floor'),
      'a second unlabelled removed answer is not repeated word for word',
    ).to.equal(false);
    expect(byPath.get('$delivery')?.code, 'a delivery method no longer offered').to.equal(
      'removed',
    );
    expect(byPath.get('$delivery')?.message.vi).to.contain('“nhận bản điện tử trực tuyến”');
    expect(byPath.get('$delivery')?.message.en).to.contain('“online, as an electronic result”');
    expect(byPath.get('idNumber')?.code).to.equal('invalid');
    expect(byPath.get('idNumber')?.message.vi).to.contain(
      'Câu trả lời cho “Số định danh” không còn hợp lệ ở phiên bản mới: ',
    );
    for (const { message } of items) {
      for (const text of [message.vi, message.en]) {
        expect(text, 'no data keys or paths for citizens').to.not.match(
          /\$delivery|oldQuestion|address\.floor|idNumber/,
        );
      }
    }
    expect(byPath.has('birthDate'), 'an error the draft already had').to.equal(false);
    expect(byPath.get('maritalStatus')?.code).to.equal('newly-required');
    expect(
      [...byPath.keys()].some((path) => path.startsWith('$documents')),
      'drafts keep no files, so missing documents are not news',
    ).to.equal(false);
  });

  it('lists a newly hidden answer with the sentence that names its field', () => {
    const values = { fullName: 'An', maritalStatus: 'single', divorceDate: '2020-01-01' };
    const newly = carryDraftOver(household, values, { knownHidden: [] });
    const hidden = noticeItems(newly.findings, values).find((a) => a.code === 'hidden');
    expect(hidden?.path).to.equal('divorceDate');
    expect(hidden?.message?.vi).to.contain('“Ngày ly hôn” không còn hiện');
    expect(hidden?.message?.en).to.contain('“Divorce date” is no longer shown');
    const already = carryDraftOver(household, values, { knownHidden: ['divorceDate'] });
    expect(noticeItems(already.findings, values).some((a) => a.code === 'hidden')).to.equal(false);
  });
});
