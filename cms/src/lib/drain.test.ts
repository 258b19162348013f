import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import {
  drain,
  drainState,
  finishBeforeExit,
  isDraining,
  onDrained,
  trackRequests,
} from './drain.ts'

/** The drain's order on a real HTTP server: not ready, stop accepting, finish, close, answer. */
describe('drain', () => {
  it('answers what is in flight and the work it outlives, refuses new connections, then closes', async () => {
    let release!: () => void
    const held = new Promise<void>((ok) => (release = ok))
    const server = createServer(async (_req, res) => {
      await held
      res.end('done')
    })
    trackRequests(server)
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()))
    const port = (server.address() as AddressInfo).port
    const answer = new Promise<{ text: string; connection?: string }>((ok, fail) =>
      request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => ok({ text, connection: res.headers.connection }))
      })
        .on('error', fail)
        .end(),
    )
    while (drainState().inFlight === 0) await new Promise((ok) => setTimeout(ok, 5))
    let mailSent = false
    void finishBeforeExit(new Promise((ok) => setTimeout(ok, 100)).then(() => (mailSent = true)))
    let closed = false
    onDrained(() => {
      closed = true
    })

    const drained = drain(server, { delayMs: 50, timeoutMs: 5_000 })
    expect(isDraining()).toBe(true)
    await new Promise((ok) => setTimeout(ok, 100))
    // The listener is closed: a new connection is refused.
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
    expect(closed).toBe(false)
    release()
    expect(await answer).toEqual({ text: 'done', connection: 'close' })
    expect(await drained).toBe(true)
    expect(mailSent).toBe(true)
    expect(closed).toBe(true)
  })
})
