import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'
import type { Role } from '../access/roles.ts'

/**
 * A real Payload on a fresh SQLite file in a temporary folder, migrated like production (or,
 * when DATABASE_URI is a MongoDB, on a fresh database of that server).
 * Must be called before anything imports the Payload config (it reads the data folder).
 */
export async function startTestPayload(): Promise<Payload> {
  process.env.BAWABA_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'bawaba-int-'))
  const uri = process.env.DATABASE_URI ?? ''
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    // The same server, a database of this test file's own (the CI's MongoDB job).
    const url = new URL(uri)
    url.pathname = `/bawaba_int_${path.basename(process.env.BAWABA_DATA_DIR).replace(/\W/g, '_')}`
    process.env.DATABASE_URI = url.toString()
  } else delete process.env.DATABASE_URI
  const { getBawabaPayload } = await import('../lib/payload.ts')
  return getBawabaPayload()
}

export interface TestWorld {
  payload: Payload
  sites: Record<'casablanca' | 'anfa' | 'maarif', string>
  users: Record<'admin' | 'central' | 'anfaPublisher' | 'anfaEditor' | 'maarifPublisher', TypedUser>
}

/** Three sites and one user per role, created with the Local API's full access. */
export async function buildWorld(payload: Payload): Promise<TestWorld> {
  const site = async (slug: string, code: string, kind: 'central' | 'arrondissement') =>
    (
      await payload.create({
        collection: 'sites',
        data: {
          slug,
          code,
          kind,
          name: slug,
          domain: `${slug}.test`,
          accentColor: '#0b5a6b',
        } as never,
      })
    ).id as string
  const sites = {
    casablanca: await site('casablanca', 'CAS', 'central'),
    anfa: await site('anfa', 'ANF', 'arrondissement'),
    maarif: await site('maarif', 'MAA', 'arrondissement'),
  }
  const user = async (email: string, role: Role, siteIds: string[]) => {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email,
        password: 'test-password-1',
        name: email,
        role,
        sites: siteIds.map((id) => ({ site: id })),
      } as never,
    })
    return { ...doc, collection: 'users' } as unknown as TypedUser
  }
  return {
    payload,
    sites,
    users: {
      admin: await user('admin@test.ma', 'admin', []),
      central: await user('central@test.ma', 'central-editor', [sites.casablanca]),
      anfaPublisher: await user('pub@anfa.test.ma', 'district-publisher', [sites.anfa]),
      anfaEditor: await user('ed@anfa.test.ma', 'district-editor', [sites.anfa]),
      maarifPublisher: await user('pub@maarif.test.ma', 'district-publisher', [sites.maarif]),
    },
  }
}
