import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  renderProcedure,
  type ProcedureArgs,
} from '../../../../../.storybook/procedure-stories.js';
import './procedure.js';

// One story per folder of examples/procedures/ (packages/elements/scripts/stories.test.mjs
// checks that none is missing): the wizard with that definition and its precompiled validator.
const meta: Meta<ProcedureArgs> = {
  title: 'Example procedures',
  component: 'hoso-procedure',
  render: renderProcedure,
};
export default meta;

type Story = StoryObj<ProcedureArgs>;
const run = (folder: string): Story => ({ args: { folder, values: undefined } });

export const MarriageRegistration = run('1.000894-dang-ky-ket-hon');
export const BirthRegistration = run('1.001193-dang-ky-khai-sinh');
export const MaritalStatusCertificate = run('1.004873-cap-giay-xac-nhan-tinh-trang-hon-nhan');
export const HouseConstructionPermit = run('1.009972-cap-giay-phep-xay-dung-nha-o-rieng-le');
export const CivilStatusExtractCopies = run('2.000635-cap-ban-sao-trich-luc-ho-tich');
export const MarriageReRegistration = run('0.000001.local-dang-ky-lai-ket-hon');
export const GuardianshipRegistration = run('0.000002.local-dang-ky-giam-ho');
export const EndOfGuardianship = run('0.000003.local-dang-ky-cham-dut-giam-ho');
export const TemporarySidewalkUse = run(
  '0.000004.local-cap-giay-phep-su-dung-tam-thoi-mot-phan-he-pho',
);
export const GamingVenueCertificate = run(
  '0.000005.local-cap-giay-chung-nhan-du-dieu-kien-diem-tro-choi-dien-tu-cong-cong',
);
export const PermanentResidence = run('0.000006.local-dang-ky-thuong-tru');
export const HouseholdBusiness = run('0.000007.local-dang-ky-ho-kinh-doanh');
