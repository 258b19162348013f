import { parentPort, workerData } from 'node:worker_threads'
import type { IntakeFile } from '@bawaba/schemas'
import { openSqliteIntake, type SqliteIntakeOptions } from './sqlite.ts'
import type { IntakeStore } from './store.ts'

/**
 * The SQLite intake's own thread (see thread.ts): opens the file and answers the calls posted to
 * it. Calls run concurrently: a write waiting for the file's lock waits on a timer, and the
 * reads posted meanwhile are answered in between.
 */
export interface Call {
  id: number
  method: keyof IntakeStore
  args: unknown[]
}
export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { message: string; name: string; errcode?: number } }

const { file, options } = workerData as { file: string; options: SqliteIntakeOptions }
const store = openSqliteIntake(file, options)
const port = parentPort!

/** Buffers arrive as plain Uint8Arrays: Buffers again, without copying. */
const filesOf = (files: Array<{ name: string; data: Uint8Array }>): IntakeFile[] =>
  files.map(({ name, data }) => ({
    name,
    data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  }))

async function answer({ method, args }: Call): Promise<unknown> {
  switch (method) {
    case 'accept': {
      // The codes were drawn by the caller (a function cannot cross threads), in order.
      const [record, files, codes] = args as [
        Parameters<IntakeStore['accept']>[0],
        Array<{ name: string; data: Uint8Array }>,
        string[],
      ]
      let draw = 0
      return store.accept(record, filesOf(files), () => codes[Math.min(draw++, codes.length - 1)]!)
    }
    case 'markDrained': {
      const [codes, at] = args as [string[], Date | undefined]
      return store.markDrained(codes, at)
    }
    default:
      return (store[method] as (...a: unknown[]) => Promise<unknown>)(...args)
  }
}

port.on('message', (call: Call) => {
  answer(call).then(
    (value) => port.postMessage({ id: call.id, ok: true, value } satisfies Reply),
    (error: Error & { errcode?: number }) =>
      port.postMessage({
        id: call.id,
        ok: false,
        error: {
          message: String(error?.message ?? error),
          name: error?.name,
          errcode: error?.errcode,
        },
      } satisfies Reply),
  )
  // Closed: nothing more to answer, the thread ends.
  if (call.method === 'close') port.unref()
})
