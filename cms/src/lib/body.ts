/**
 * A request's JSON body, read with a size limit: a body declared larger is refused before any
 * byte is read, and one that grows past the limit while streaming (chunked, or lying about its
 * length) is cut off there, so the server never holds more than the limit.
 */
export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'json' }

export async function readJson(request: Request, limit: number): Promise<JsonBody> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {})
    return { ok: false, reason: 'too-large' }
  }
  if (!request.body) return { ok: false, reason: 'json' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return { ok: false, reason: 'too-large' }
    }
    chunks.push(value)
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks, size).toString('utf8')) }
  } catch {
    return { ok: false, reason: 'json' }
  }
}
