// Single Hoso fields inside a native form, next to a native input: they take part in
// FormData, constraint validation (`required`) and reset like built-in controls.
import '@hoso/elements';

// Labels, hints and options are definition elements: text in Vietnamese and English.
const FIELDS = {
  fullName: {
    type: 'text',
    key: 'fullName',
    label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
    autocomplete: 'name',
  },
  citizenId: {
    type: 'citizen-id',
    key: 'citizenId',
    label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
    hint: { vi: 'Gồm 12 chữ số, in trên thẻ căn cước.', en: '12 digits, printed on the ID card.' },
  },
  birthDate: {
    type: 'date',
    key: 'birthDate',
    label: { vi: 'Ngày sinh', en: 'Date of birth' },
    autocomplete: 'bday',
  },
  channel: {
    type: 'radio',
    key: 'channel',
    label: { vi: 'Nhận thông báo qua', en: 'Notify me by' },
    options: [
      { value: 'sms', label: { vi: 'Tin nhắn SMS', en: 'Text message' } },
      { value: 'zalo', label: { vi: 'Zalo', en: 'Zalo' } },
    ],
  },
  consent: {
    type: 'checkbox',
    key: 'consent',
    label: {
      vi: 'Tôi đồng ý nhận thông báo về tình trạng hồ sơ.',
      en: 'I agree to receive notices about my applications.',
    },
  },
};

const form = document.querySelector('#subscribe');
const sent = document.querySelector('#sent');

for (const field of form.querySelectorAll('[name]')) {
  const definition = FIELDS[field.getAttribute('name')];
  if (definition) field.element = definition;
}

// The browser runs constraint validation first: an empty required Hoso field stops the
// submission and is reported like a native one.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const list = document.createElement('dl');
  for (const [name, value] of new FormData(form)) {
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    detail.textContent = String(value);
    list.append(term, detail);
  }
  sent.replaceChildren(list);
});

form.addEventListener('reset', () => sent.replaceChildren());
