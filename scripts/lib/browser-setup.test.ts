import { describe, expect, it } from 'vitest'
import { browserPlan, installCommand } from './browser-setup.ts'

/** `npm test` and the browser: what it does on a machine, from the facts it checks. */
const on = (files: string[], root: boolean, chromiumPath?: string) =>
  browserPlan({ chromiumPath, root, exists: (file) => files.includes(file) })

describe('the browser tests’ Chromium', () => {
  it('is used as it is when installed', () => {
    expect(on(['/usr/bin/chromium'], false)).toEqual({
      do: 'nothing',
      browser: '/usr/bin/chromium',
    })
    expect(on(['/opt/chrome'], false, '/opt/chrome')).toEqual({
      do: 'nothing',
      browser: '/opt/chrome',
    })
  })

  it('is installed with apt by root on Debian', () => {
    expect(on(['/usr/bin/apt-get'], true)).toEqual({ do: 'install', browser: '/usr/bin/chromium' })
  })

  it('stops at once with the one command otherwise', () => {
    for (const plan of [on(['/usr/bin/apt-get'], false), on([], true)]) {
      expect(plan.do).toBe('stop')
      expect(plan.do === 'stop' && plan.message).toContain(installCommand)
    }
  })

  it('never installs over a CHROMIUM_PATH that is missing: it says which path', () => {
    const plan = on(['/usr/bin/apt-get'], true, '/opt/chrome')
    expect(plan).toMatchObject({ do: 'stop', message: expect.stringContaining('/opt/chrome') })
  })
})
