/**
 * A real SMTP server on loopback for the tests: the CMS sends through it exactly as it would
 * through the city's relay, and each message lands in `<folder>/<n>.eml` for tests to read.
 * No authentication, no TLS, loopback only.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export async function startMailSink(
  folder: string,
  /** 0: any free port. */
  port = 0,
): Promise<{ url: string; close(): Promise<void> }> {
  mkdirSync(folder, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        writeFileSync(
          path.join(folder, `${String(++count).padStart(4, '0')}.eml`),
          Buffer.concat(chunks),
        )
        done()
      })
    },
  })
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()))
  const actual = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${actual}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  }
}
