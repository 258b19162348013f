/**
 * A stand-in for Algolia's servers in tests: the client's own `requester` option, answering
 * every call from memory and keeping each request (method, path, query, JSON body) to assert.
 * Write calls get a task id; task status calls answer `published`.
 */
export interface SeenRequest {
  method: string
  host: string
  path: string
  query: URLSearchParams
  body: any
}

export function memoryRequester() {
  const seen: SeenRequest[] = []
  let task = 0
  const requester = {
    async send(request: { method: string; url: string; data?: string | Uint8Array }) {
      const url = new URL(request.url)
      const text =
        typeof request.data === 'string'
          ? request.data
          : request.data
            ? new TextDecoder().decode(request.data)
            : ''
      seen.push({
        method: request.method,
        host: url.host,
        path: url.pathname,
        query: url.searchParams,
        body: text ? JSON.parse(text) : undefined,
      })
      const now = new Date().toISOString()
      let content: object
      if (/\/task\/\d+$/.test(url.pathname)) content = { status: 'published', pendingTask: false }
      else if (url.pathname.endsWith('/batch'))
        content = { taskID: ++task, objectIDs: [] as string[] }
      else content = { taskID: ++task, updatedAt: now, createdAt: now }
      return { status: 200, content: JSON.stringify(content), isTimedOut: false }
    },
  }
  return { requester, seen }
}
