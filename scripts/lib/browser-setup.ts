import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The browser tests need Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH). `npm test`
 * installs it where it can (root with apt, as on CI and these machines), as `npm start` sets up
 * what it needs; otherwise it stops at once with the one command to run, rather than after a
 * long run with a wall of failed browser tests.
 */
export const installCommand = 'sudo apt-get install -y chromium fonts-noto-core'

export function ensureBrowser(log: (line: string) => void): void {
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(browser)) return
  const root = process.getuid?.() === 0
  if (!root || process.env.CHROMIUM_PATH || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `the browser tests need Chromium at ${browser}; install it with:\n\n  ${installCommand}\n`,
    )
  log("installing Debian's chromium for the browser tests (apt-get)…")
  const apt = {
    stdio: 'inherit' as const,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }
  execFileSync('apt-get', ['update', '-qq'], apt)
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], apt)
  if (!existsSync(browser)) throw new Error(`apt-get ran but ${browser} is still missing`)
}
