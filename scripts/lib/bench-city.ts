import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'

/**
 * The city-scale database of `npm run bench`: the seed plus `cms/src/seed/generate` at
 * `BENCH_SCALE`, generated once and kept in `.data/bench/city/<key>/`, keyed by the scale and
 * a hash of what shapes its rows (seed, generator, collections, migrations). A later run
 * copies it into the bench stack instead of generating again.
 */
export interface CityFigures {
  scale: number
  /** Generation itself (cms/src/seed/generate), from the first document to the last. */
  seconds: number
  /** The generator's whole process: Payload's start and migrations check included. */
  processSeconds: number
  /** How news, events and pages were written: `rows` (SQLite) or `local-api`. */
  writer: string
  counts: Record<string, number>
  documentsPerSecond: number
  perCollectionSeconds: Record<string, number>
  perCollectionDocumentsPerSecond: Record<string, number>
  /** The machine's 1-minute load average as generation began and ended (it is shared). */
  loadAverage: { before: number; after: number }
  /** True when not generated in this run (stack or cache): the figures are from `generatedAt`. */
  cached: boolean
  generatedAt: string
  cacheKey: string
}

const stampName = 'city.json'

export function cityKey(root: string, scale: number): string {
  const hash = createHash('sha256').update(`scale=${scale}\n`)
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (!/\.test\.ts$/.test(name))
        hash.update(file.slice(root.length)).update(readFileSync(file))
    }
  }
  for (const dir of [
    'cms/src/seed',
    'cms/src/collections',
    'cms/src/migrations',
    'packages/registry/src',
  ])
    walk(path.join(root, dir))
  return hash.digest('hex').slice(0, 16)
}

/** The city figures of the stack, if it holds the city at this key. */
export function stackCity(stack: string, key: string): CityFigures | undefined {
  const file = path.join(stack, stampName)
  if (!existsSync(file)) return undefined
  const figures = JSON.parse(readFileSync(file, 'utf8')) as CityFigures
  return figures.cacheKey === key ? figures : undefined
}

/** Whether the city at this scale is in the stack or in the cache (then no seed is needed). */
export function cityAvailable(root: string, stack: string, scale: number): boolean {
  const key = cityKey(root, scale)
  return (
    Boolean(stackCity(stack, key)) ||
    existsSync(path.join(root, '.data', 'bench', 'city', key, stampName))
  )
}

/**
 * Makes the stack (seeded already) hold the city: copied from the cache when there is one
 * for this key and `fresh` is not asked, otherwise generated and then cached.
 */
export async function ensureCity(options: {
  root: string
  stack: string
  scale: number
  fresh: boolean
  env: NodeJS.ProcessEnv
  log: (line: string) => void
}): Promise<CityFigures> {
  const { root, stack, scale, env, log } = options
  const key = cityKey(root, scale)
  const cache = path.join(root, '.data', 'bench', 'city', key)
  const present = stackCity(stack, key)
  if (present && !options.fresh) return { ...present, cached: true }
  if (!options.fresh && existsSync(path.join(cache, stampName))) {
    log(`city: copying the generated database from .data/bench/city/${key}`)
    for (const name of readdirSync(stack))
      if (name !== 'dist') rmSync(path.join(stack, name), { recursive: true, force: true })
    cpSync(cache, stack, { recursive: true })
    const figures = JSON.parse(readFileSync(path.join(stack, stampName), 'utf8')) as CityFigures
    return { ...figures, cached: true }
  }
  log(`city: generating at scale ${scale} (cms/src/seed/generate)…`)
  const started = performance.now()
  const loadBefore = loadavg()[0]!
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      ['cms/src/seed/generate/run.ts'],
      {
        cwd: root,
        env: { ...env, BENCH_SCALE: String(scale) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk))
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`city generator exited ${code}`)),
    )
  })
  const lastLine = output.trim().split('\n').at(-1)!
  const figures: CityFigures = {
    ...(JSON.parse(lastLine) as Omit<
      CityFigures,
      'cached' | 'generatedAt' | 'cacheKey' | 'processSeconds' | 'loadAverage'
    >),
    processSeconds: Math.round((performance.now() - started) / 100) / 10,
    loadAverage: { before: loadBefore, after: loadavg()[0]! },
    cached: false,
    generatedAt: new Date().toISOString(),
    cacheKey: key,
  }
  writeFileSync(path.join(stack, stampName), JSON.stringify(figures, null, 2) + '\n')
  rmSync(cache, { recursive: true, force: true })
  mkdirSync(cache, { recursive: true })
  cpSync(stack, cache, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(stack, 'dist')),
  })
  log(`city: cached in .data/bench/city/${key}`)
  return figures
}
