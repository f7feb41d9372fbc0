import { useEffect, useState } from 'react';
import type { DossierReceipt } from '@hoso/elements';
import { HosoProcedure } from './generated/hoso-elements.js';
import { TEXT, type Lang } from './text.js';

const PROCEDURE = '/api/procedures/dang-ky-ket-hon';

// Read from the national population database when the citizen signed in.
const KNOWN_VALUES = {
  bride: { residence: { province: '01', commune: '00004', street: 'Số 12 ngõ 45 phố Quán Thánh' } },
  groom: { residence: { province: '01', commune: '00004', street: 'Số 3 phố Phan Đình Phùng' } },
  registrationOffice: { province: '01', commune: '00004' },
};

export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [receipt, setReceipt] = useState<DossierReceipt>();
  const [failed, setFailed] = useState(false);
  const text = TEXT[lang];
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <main>
      <header>
        <h1>{text.title}</h1>
        <button type="button" className="language" lang={other} onClick={() => setLang(other)}>
          {text.otherLanguage}
        </button>
      </header>
      <HosoProcedure
        src={PROCEDURE}
        action={`${PROCEDURE}/dossiers`}
        lang={lang}
        values={KNOWN_VALUES}
        onHosoSubmitted={(event) => {
          setFailed(false);
          setReceipt(event.detail.receipt);
        }}
        onHosoSubmitError={() => setFailed(true)}
      />
      <p role="status">
        {receipt && (
          <>
            {text.submitted} <strong className="dossier-code">{receipt.code}</strong> — {text.due}{' '}
            {receipt.dueOn.split('-').reverse().join('/')}
          </>
        )}
        {failed && text.failed}
      </p>
    </main>
  );
}
