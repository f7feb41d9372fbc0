// Registers the elements, gives the wizard what the portal already knows about the couple, and
// follows the dossier: `<hoso-procedure>` loads the definition and its precompiled validator,
// posts the dossier to the intake server and shows the receipt itself.
import '@hoso/elements';

const TEXT = {
  vi: { submitted: 'Hồ sơ đã nộp:', failed: 'Chưa nộp được hồ sơ.' },
  en: { submitted: 'Application submitted:', failed: 'The application was not submitted.' },
};
const text = TEXT[document.documentElement.lang.startsWith('en') ? 'en' : 'vi'];

const procedure = document.querySelector('hoso-procedure');
const status = document.querySelector('#submitted');

// Read from the national population database when the citizen signed in.
procedure.values = {
  bride: { residence: { province: '01', commune: '00004', street: 'Số 12 ngõ 45 phố Quán Thánh' } },
  groom: { residence: { province: '01', commune: '00004', street: 'Số 3 phố Phan Đình Phùng' } },
  registrationOffice: { province: '01', commune: '00004' },
};

procedure.addEventListener('hoso-submitted', (event) => {
  const code = document.createElement('strong');
  code.className = 'dossier-code';
  code.textContent = event.detail.receipt.code;
  status.replaceChildren(`${text.submitted} `, code);
});

procedure.addEventListener('hoso-submit-error', () => {
  status.textContent = text.failed;
});
