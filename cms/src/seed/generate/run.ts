import { getBawabaPayload } from '../../lib/payload.ts'
import { generateCity, type Writer } from './index.ts'

/**
 * `tsx cms/src/seed/generate/run.ts`: adds the city-scale synthetic content to a seeded
 * database (`BENCH_SCALE`, default 1; `BENCH_GENERATE_WRITER=local-api` writes news, events and
 * pages through `payload.create`, as on MongoDB, to compare). Prints its figures as JSON on the
 * last line.
 */
const scale = Number(process.env.BENCH_SCALE || 1)
if (!(scale > 0))
  throw new Error(`BENCH_SCALE must be a positive number, not '${process.env.BENCH_SCALE}'`)

const writer = process.env.BENCH_GENERATE_WRITER as Writer | undefined
if (writer && writer !== 'rows' && writer !== 'local-api')
  throw new Error(`BENCH_GENERATE_WRITER must be 'rows' or 'local-api', not '${writer}'`)

const payload = await getBawabaPayload()
try {
  const figures = await generateCity(payload, {
    scale,
    writer,
    log: process.argv.includes('--quiet') ? undefined : (line) => console.error(line),
  })
  console.log(JSON.stringify(figures))
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
