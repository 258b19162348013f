import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Local settings that must never be committed. On a developer machine the secrets are
 * generated once into `.data/secrets.env`; in production every value comes from the
 * environment (see `.env.example`), and the generated file is never consulted.
 */

/** The repository root: the nearest folder whose package.json declares workspaces. */
export function repoRoot(from = process.cwd()): string {
  let dir = path.resolve(from)
  for (;;) {
    const pkg = path.join(dir, 'package.json')
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).workspaces) return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`no workspace root above ${from}`)
    dir = parent
  }
}

export function dataDir(): string {
  return process.env.BAWABA_DATA_DIR
    ? path.resolve(process.env.BAWABA_DATA_DIR)
    : path.join(repoRoot(), '.data')
}

const generated = {
  PAYLOAD_SECRET: () => randomBytes(32).toString('hex'),
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
  /** Keys the hashes that let a citizen prove a submission is theirs (email or phone). */
  SUBMISSION_PEPPER: () => randomBytes(32).toString('hex'),
  /** The forms service's API key (the e-services endpoints store submissions with it). */
  FORMS_API_KEY: () => randomBytes(24).toString('hex'),
  /** Signs what the e-services edge hands out: form tokens, receipts, ALTCHA challenges. */
  FORMS_SECRET: () => randomBytes(32).toString('hex'),
} as const

/** Reads `.data/secrets.env` (creating it on first run) into `process.env` where unset. */
export function loadLocalEnv(): void {
  const file = path.join(dataDir(), 'secrets.env')
  const values: Record<string, string> = {}
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim())
      if (match) values[match[1]!] = match[2]!
    }
  }
  let changed = false
  for (const [key, make] of Object.entries(generated)) {
    if (process.env[key] || values[key]) continue
    values[key] = make()
    changed = true
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true })
    const body = Object.entries(values).map(([k, v]) => `${k}=${v}`)
    writeFileSync(
      file,
      `# Generated on first run; local only, never commit.\n${body.join('\n')}\n`,
      {
        mode: 0o600,
      },
    )
  }
  for (const [key, value] of Object.entries(values)) process.env[key] ??= value
}

export function databaseUri(): string {
  return process.env.DATABASE_URI || `file:${path.join(dataDir(), 'bawaba.db')}`
}

/**
 * Where the e-services intake lives (@bawaba/eservices/intake): `INTAKE_URI`, else the
 * MongoDB database itself in production (collections beside the CMS's), else a SQLite file
 * of its own beside the CMS's database (see the intake's SQLite store for why not the same).
 */
export function intakeUri(): string {
  if (process.env.INTAKE_URI) return process.env.INTAKE_URI
  const database = process.env.DATABASE_URI ?? ''
  if (/^mongodb(\+srv)?:\/\//.test(database)) return database
  return `file:${path.join(dataDir(), 'intake.db')}`
}

export function serverUrl(): string {
  return process.env.PAYLOAD_PUBLIC_SERVER_URL || `http://localhost:${process.env.CMS_PORT ?? 3000}`
}
