import { getBawabaPayload } from '../lib/payload.ts'
import { seed } from './index.ts'

/** `npm run seed [-- --reset]`: idempotent; `--reset` empties the database first. */
const reset = process.argv.includes('--reset')
const quiet = process.argv.includes('--quiet')

const payload = await getBawabaPayload()
try {
  const summary = await seed(payload, {
    reset,
    log: quiet ? () => {} : (line) => console.log(line),
  })
  console.log(summary.text)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
