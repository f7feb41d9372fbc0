import type { AdministrativeUnits } from './units.js';

/** A small sample in the data-set format, for tests only: not a reference list. */
export const TEST_UNITS: AdministrativeUnits = {
  id: 'vn-2025-07',
  provinces: [
    { code: '01', name: 'Thành phố Hà Nội' },
    { code: '79', name: 'Thành phố Hồ Chí Minh' },
  ],
  communes: {
    '01': [
      { code: '00004', name: 'Phường Ba Đình' },
      { code: '00008', name: 'Phường Ngọc Hà' },
    ],
    '79': [{ code: '26734', name: 'Phường Sài Gòn' }],
  },
};

/** The sample served as a JSON file, for `units-src`. */
export function testUnitsUrl(json: unknown = TEST_UNITS): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}
