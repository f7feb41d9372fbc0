import { msg, type Lang } from '../../internal/i18n.js';

/** A file as the data carries it: the bytes travel in their own multipart part. */
export interface FileReference {
  name: string;
  type: string;
  size: number;
  sha256?: string;
  id?: string;
}

/** The limits of one upload slot, from a document or a `file` field of the definition. */
export interface FileLimits {
  accept?: readonly string[] | undefined;
  maxSizeBytes?: number | undefined;
  maxFiles?: number | undefined;
}

/** The most files a slot takes when the definition sets no limit (as in the data schema). */
export const DEFAULT_MAX_FILES = 10;

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/zip': 'ZIP',
};

export function toReference(file: File): FileReference {
  return { name: file.name, type: file.type, size: file.size };
}

/** True when `file` is the file `ref` describes (the data keeps no other link to the bytes). */
export function sameFile(ref: FileReference, file: File): boolean {
  return ref.name === file.name && ref.size === file.size && ref.type === file.type;
}

/** A media type as citizens know it: `PDF`, `JPEG`, … */
export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** A size in bytes as `850 KB` or `1,5 MB` in the citizen's language. */
export function formatSize(bytes: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/** Why a picked file cannot be attached, in the citizen's language; undefined when it can. */
export function rejectionOf(file: File, limits: FileLimits, lang: Lang): string | undefined {
  if (file.size === 0) return msg('file.empty', lang, { name: file.name });
  const accept = limits.accept;
  if (accept && accept.length > 0 && !accept.includes(file.type))
    return msg('file.type', lang, {
      name: file.name,
      types: accept.map(typeName).join(', '),
    });
  if (limits.maxSizeBytes !== undefined && file.size > limits.maxSizeBytes)
    return msg('file.size', lang, {
      name: file.name,
      max: formatSize(limits.maxSizeBytes, lang),
    });
  return undefined;
}
