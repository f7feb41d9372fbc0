import type { Problem } from '@hoso/schema';

/** The problem of a validator module built from another definition than the one given. */
export function validatorMismatch(): Problem {
  return {
    pointer: '',
    code: 'validator-mismatch',
    message: {
      vi: 'Mô-đun kiểm tra dữ liệu (validator.js) được tạo từ một định nghĩa khác với định nghĩa này. Hãy tạo lại nó từ đúng định nghĩa (hoso compile).',
      en: 'The data validator module (validator.js) was built from another definition than this one. Build it again from this definition (hoso compile).',
    },
  };
}
