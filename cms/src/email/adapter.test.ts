import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bawabaEmail } from './adapter.ts'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('email adapter without SMTP_URL (local)', () => {
  it('writes each message to .data/mail instead of sending it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bawaba-mail-'))
    process.env.BAWABA_DATA_DIR = dir
    delete process.env.SMTP_URL
    const adapter = bawabaEmail()({ payload: {} as never })
    expect(adapter.defaultFromAddress).toBe('no-reply@casablancacity.ma')
    await adapter.sendEmail({
      to: 'citoyen@example.ma',
      subject: 'Accusé ANF-7K3P-9QXM',
      text: 'Bonjour',
    })
    const files = readdirSync(path.join(dir, 'mail'))
    expect(files).toHaveLength(1)
    const eml = readFileSync(path.join(dir, 'mail', files[0]!), 'utf8')
    expect(eml).toMatch(/^To: citoyen@example\.ma/m)
    expect(eml).toMatch(/^From: Commune de Casablanca <no-reply@casablancacity\.ma>/m)
    expect(eml).toContain('ANF-7K3P-9QXM')
  })
})
