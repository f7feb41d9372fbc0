import { aTimeout, expect } from '@open-wc/testing';
import { draftKey } from '../../internal/drafts.js';
import { clickContinue, field, heading, settle, wizard } from './test/wizard.js';

const KEY = draftKey('test-household', '1.2.0');
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown>;

describe('<hoso-procedure> drafts', () => {
  beforeEach(() => localStorage.clear());

  it('saves the answers, without files, once typing pauses', async () => {
    const el = await wizard({ drafts: true });
    el.formStore!.setValue('fullName', 'Trần Thị Bình');
    el.formStore!.setValue('$documents', {
      idCard: [{ name: 'cccd.pdf', type: 'application/pdf', size: 10 }],
    });
    expect(localStorage.getItem(KEY), 'not before the pause').to.equal(null);
    await aTimeout(60);
    const draft = stored();
    expect(draft['version']).to.equal('1.2.0');
    expect((draft['values'] as Record<string, unknown>)['fullName']).to.equal('Trần Thị Bình');
    expect(draft['values']).to.not.have.property('$documents');
  });

  it('restores a draft with a dismissible notice that files must be attached again', async () => {
    const first = await wizard({ drafts: true });
    first.formStore!.setValue('fullName', 'Trần Thị Bình');
    await aTimeout(60);
    first.remove();

    const el = await wizard({ drafts: true });
    expect(field(el, 'fullName').value).to.equal('Trần Thị Bình');
    const notice = el.shadowRoot!.querySelector('[part="draft-notice"]')!;
    expect(notice.textContent).to.contain('Chúng tôi đã khôi phục các câu trả lời');
    expect(notice.textContent).to.contain('hãy đính kèm lại');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="draft-notice"]')).to.equal(null);
    expect(field(el, 'fullName').value).to.equal('Trần Thị Bình');
  });

  it('"start again" forgets the draft and the answers', async () => {
    const first = await wizard({ drafts: true });
    first.formStore!.setValue('fullName', 'Trần Thị Bình');
    await aTimeout(60);
    first.remove();

    const el = await wizard({ drafts: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.start-again')!.click();
    await settle(el);
    expect(field(el, 'fullName').value).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
  });

  it('migrates a draft of an older version and says which answers need attention', async () => {
    localStorage.setItem(
      draftKey('test-household', '1.1.0'),
      JSON.stringify({
        version: '1.1.0',
        savedAt: '2026-11-20T03:00:00.000Z',
        values: { fullName: 'Lê Văn Cường', nickname: 'Cường', copyCount: 40 },
        errors: ['birthDate|required'],
      }),
    );
    const el = await wizard({ drafts: true });
    expect(field(el, 'fullName').value).to.equal('Lê Văn Cường');
    const notice = el.shadowRoot!.querySelector('[part="draft-notice"]')!;
    expect(notice.textContent).to.contain('phiên bản 1.1.0 → 1.2.0');
    const items = [...notice.querySelectorAll('.attention li')].map((li) => li.textContent!);
    expect(items).to.include(
      'Phiên bản mới của thủ tục không còn một câu hỏi bạn đã trả lời; câu trả lời đó đã được bỏ.',
    );
    expect(
      items.some((t) => t.includes('nickname')),
      'a data key means nothing to a citizen',
    ).to.equal(false);
    expect(items.some((t) => t.includes('“Số bản sao”'))).to.equal(true);
    expect(
      items.some((t) => t.includes('Ngày sinh')),
      'known errors are not repeated',
    ).to.equal(false);
    expect(el.formStore!.getState().values).to.not.have.property('nickname');
    expect(localStorage.getItem(draftKey('test-household', '1.1.0'))).to.equal(null);
    expect(localStorage.getItem(KEY)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells of an answer the new version hides, when the draft knew what was hidden', async () => {
    localStorage.setItem(
      draftKey('test-household', '1.1.0'),
      JSON.stringify({
        version: '1.1.0',
        savedAt: '2026-11-20T03:00:00.000Z',
        values: { fullName: 'Lê Văn Cường', maritalStatus: 'single', divorceDate: '2020-01-01' },
        errors: [],
        hidden: [],
      }),
    );
    const el = await wizard({ drafts: true });
    const notice = el.shadowRoot!.querySelector('[part="draft-notice"]')!;
    const items = [...notice.querySelectorAll('.attention li')].map((li) => li.textContent!);
    expect(items).to.include(
      'Câu hỏi “Ngày ly hôn” không còn hiện với các câu trả lời hiện tại, nên câu trả lời của nó sẽ không được nộp.',
    );
    expect(stored()['hidden'], 'the migrated draft remembers what is hidden now').to.deep.equal([
      'divorceDate',
    ]);
    await expect(el).to.be.accessible();
  });

  it('saves nothing with no-drafts, and forgets the draft once submitted', async () => {
    const off = await wizard();
    off.formStore!.setValue('fullName', 'An');
    await aTimeout(60);
    expect(localStorage.length).to.equal(0);

    const el = await wizard({ drafts: true, values: { copyCount: 1 } });
    const store = el.formStore!;
    store.setValue('fullName', 'An');
    store.setValue('birthDate', '1990-05-01');
    store.setValue('idNumber', '001090012345');
    store.setValue('maritalStatus', 'single');
    store.setValue('address', { residence: { province: '01', commune: '00004', street: 'x' } });
    store.setValue('declaration', true);
    store.setValue('$documents', {
      idCard: [{ name: 'cccd.pdf', type: 'application/pdf', size: 10 }],
    });
    store.setValue('$delivery', 'counter');
    await aTimeout(60);
    expect(localStorage.getItem(KEY)).to.not.equal(null);
    for (let page = 0; page < 4; page++) await clickContinue(el);
    expect(heading(el)).to.contain('Kiểm tra thông tin');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    await settle(el);
    expect(heading(el)).to.contain('Đã nộp hồ sơ');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });
});
