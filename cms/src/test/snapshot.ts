import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from 'node:fs'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'

/**
 * A copy of the test stack's data (the database copied online, the secrets, the accounts and,
 * with `files`, the uploaded files) in a folder of its own under the stack's, for a test that
 * starts CMS instances of its own: what they do (files in a bucket that is gone afterwards, an
 * instance killed mid-write) stays out of the database the other tests share. Removed with the
 * stack's folder, or by the test.
 */
export interface StackSnapshot {
  data: string
  secrets: Record<string, string>
  /** For the processes started on the copy: its data folder, the stack's secrets, no mail. */
  env: Record<string, string | undefined>
}

/** `KEY=value` lines (a secrets file) as an object. */
export function readEnvFile(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  )
}

/**
 * Hard links, not copies: instant, and safe because Payload never rewrites an upload in place
 * (a new upload is a new file; a deletion unlinks the copy's name only).
 */
function linkTree(from: string, to: string) {
  if (!existsSync(from)) return
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isDirectory()) linkTree(source, target)
    else if (entry.isFile()) linkSync(source, target)
  }
}

export async function snapshotStack(
  name: string,
  options: { files?: boolean } = {},
): Promise<StackSnapshot> {
  const stack = process.env.BAWABA_DATA_DIR
  if (!stack) throw new Error('BAWABA_DATA_DIR must point at the test stack (run `npm test`)')
  const data = mkdtempSync(path.join(path.resolve(stack), `${name}-`))
  // On MongoDB (the CI's replica-set job) the processes share the stack's database: copying
  // one needs mongodump, and what the copy protects (the backup test) is SQLite's only.
  const mongo = /^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URI ?? '')
  if (!mongo) {
    const source = new DatabaseSync(path.join(stack, 'bawaba.db'), { readOnly: true })
    try {
      await backup(source, path.join(data, 'bawaba.db'), { rate: -1 })
    } finally {
      source.close()
    }
  }
  for (const file of ['secrets.env', 'accounts.json', 'seed-version'])
    if (existsSync(path.join(stack, file)))
      copyFileSync(path.join(stack, file), path.join(data, file))
  if (options.files)
    for (const folder of ['media', 'documents', 'submission-files'])
      linkTree(path.join(stack, folder), path.join(data, folder))
  const secrets = readEnvFile(path.join(data, 'secrets.env'))
  return {
    data,
    secrets,
    // `undefined` keeps a variable out of a child's environment (the stack's mail sink, say).
    env: {
      ...process.env,
      ...secrets,
      BAWABA_DATA_DIR: data,
      // The copy's own intake (on MongoDB, the shared one): an edge started in this process must
      // write where the copy's CMS drains, not into the stack's intake that the stack's CMS drains.
      INTAKE_URI: mongo ? process.env.INTAKE_URI : `file:${path.join(data, 'intake.db')}`,
      SMTP_URL: undefined,
      DATABASE_URI: mongo ? process.env.DATABASE_URI : undefined,
    },
  }
}
