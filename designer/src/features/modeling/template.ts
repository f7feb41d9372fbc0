import type { ProcedureDefinition } from '@hoso/schema';

/** A new procedure: the smallest definition that passes `checkDefinition`. */
export function newDefinition(): ProcedureDefinition {
  return {
    formatVersion: 1,
    id: 'thu-tuc-moi',
    version: '0.1.0',
    code: '0.000000',
    title: { vi: 'Thủ tục mới', en: 'New procedure' },
    agency: {
      name: { vi: 'Ủy ban nhân dân cấp xã', en: "Commune People's Committee" },
      level: 'commune',
    },
    serviceLevel: 'full',
    processingTime: { workingDays: 5 },
    delivery: ['online'],
    steps: [{ key: 'step1', title: { vi: 'Thông tin chung', en: 'General' }, elements: [] }],
    flow: {
      start: 'receive',
      roles: [{ key: 'officer', title: { vi: 'Cán bộ một cửa', en: 'One-stop officer' } }],
      stages: [
        {
          key: 'receive',
          title: { vi: 'Tiếp nhận', en: 'Receive' },
          role: 'officer',
          durationDays: 1,
          transitions: [{ action: 'approve', to: 'done' }],
        },
        { key: 'done', title: { vi: 'Hoàn thành', en: 'Completed' }, outcome: 'completed' },
      ],
    },
  };
}
