import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The browser tests need Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH). `npm test`
 * installs it where it can (root with apt, as on CI and these machines), as `npm start` sets up
 * what it needs; otherwise it stops at once with the one command to run, rather than after a
 * long run with a wall of failed browser tests.
 */
export const installCommand = 'sudo apt-get install -y chromium fonts-noto-core'

export interface BrowserFacts {
  /** CHROMIUM_PATH, when set: a browser of the user's own, never replaced by apt. */
  chromiumPath?: string
  root: boolean
  exists: (file: string) => boolean
}

/** What to do about the browser: nothing, install it with apt, or stop with a message. */
export function browserPlan(
  facts: BrowserFacts,
): { do: 'nothing' | 'install'; browser: string } | { do: 'stop'; message: string } {
  const browser = facts.chromiumPath ?? '/usr/bin/chromium'
  if (facts.exists(browser)) return { do: 'nothing', browser }
  if (facts.root && !facts.chromiumPath && facts.exists('/usr/bin/apt-get'))
    return { do: 'install', browser }
  return {
    do: 'stop',
    message: facts.chromiumPath
      ? `the browser tests need Chromium at ${browser} (CHROMIUM_PATH), and it is not there`
      : `the browser tests need Chromium at ${browser}; install it with:\n\n  ${installCommand}\n`,
  }
}

export function ensureBrowser(log: (line: string) => void): void {
  const plan = browserPlan({
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    root: process.getuid?.() === 0,
    exists: existsSync,
  })
  if (plan.do === 'stop') throw new Error(plan.message)
  if (plan.do === 'nothing') return
  log("installing Debian's chromium for the browser tests (apt-get)…")
  const apt = {
    stdio: 'inherit' as const,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }
  execFileSync('apt-get', ['update', '-qq'], apt)
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], apt)
  if (!existsSync(plan.browser)) throw new Error(`apt-get ran but ${plan.browser} is still missing`)
}
