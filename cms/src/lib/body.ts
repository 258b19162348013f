/**
 * A request's JSON body, read with a size limit: a body declared larger is refused before any
 * byte is read, and one that grows past the limit while streaming (chunked, or lying about its
 * length) is cut off there, so the server never holds more than the limit.
 */
export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'json' }

export async function readJson(request: Request, limit: number): Promise<JsonBody> {
  const text = await readText(request, limit)
  if (text === null) return { ok: false, reason: 'too-large' }
  if (text === undefined) return { ok: false, reason: 'json' }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, reason: 'json' }
  }
}

/** The body as text within `limit` bytes: null when larger, undefined when there is none. */
export async function readText(
  request: Request,
  limit: number,
): Promise<string | null | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {})
    return null
  }
  if (!request.body) return undefined
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size).toString('utf8')
}
