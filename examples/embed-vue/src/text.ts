/** The page's own words; the wizard brings its own in both languages. */
export const TEXT = {
  vi: {
    title: 'Đăng ký kết hôn',
    otherLanguage: 'English',
    submitted: 'Hồ sơ đã nộp:',
    due: 'hẹn trả kết quả ngày',
    failed: 'Chưa nộp được hồ sơ. Vui lòng thử lại.',
  },
  en: {
    title: 'Marriage registration',
    otherLanguage: 'Tiếng Việt',
    submitted: 'Application submitted:',
    due: 'result due on',
    failed: 'The application was not submitted. Please try again.',
  },
} as const;

export type Lang = keyof typeof TEXT;
