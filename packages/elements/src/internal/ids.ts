let counter = 0;

/** A document-unique id prefix, so two procedures (or two fields) on a page never share ids. */
export function uniqueId(prefix = 'hoso'): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
