/** The records of a document that is one record (an object) or an array of records. */
export function oneOrMany(document: unknown): readonly unknown[] {
  if (Array.isArray(document)) return document;
  return document !== null && typeof document === 'object' ? [document] : [];
}
