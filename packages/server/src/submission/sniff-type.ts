/**
 * The media type of a file from its first bytes — never from its name or the client's
 * Content-Type, which anyone can set. Returns undefined for types Hoso does not recognise.
 */
export function sniffMediaType(head: Uint8Array): string | undefined {
  const starts = (bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (text: string, offset = 0) =>
    starts(
      [...text].map((c) => c.charCodeAt(0)),
      offset,
    );
  if (ascii('%PDF-')) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii('GIF87a') || ascii('GIF89a')) return 'image/gif';
  if (ascii('RIFF') && ascii('WEBP', 8)) return 'image/webp';
  if (ascii('ftypheic', 4) || ascii('ftypheix', 4) || ascii('ftypmif1', 4)) return 'image/heic';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return zipFlavour(head);
  return undefined;
}

/** Office documents are ZIP archives; their part names tell which kind. */
function zipFlavour(head: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(head);
  if (text.includes('word/'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (text.includes('xl/'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.text'))
    return 'application/vnd.oasis.opendocument.text';
  return 'application/zip';
}

/** How many leading bytes `sniffMediaType` wants (office files name their parts early). */
export const SNIFF_BYTES = 64 * 1024;
