/** The id of a relationship value, whether Payload gave the id itself or the populated document. */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value ? (value as { id?: string }).id : (value as string | undefined)
