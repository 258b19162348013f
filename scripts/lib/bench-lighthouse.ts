import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, chromiumPath } from '../../tests/support/browser.ts'

export const lighthouseCategories = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const

export type LighthouseScores = Record<(typeof lighthouseCategories)[number], number>

const chromeFlags = ['--headless=new', ...chromiumArgs]

/**
 * Lighthouse's default (mobile) run of each URL in one Chromium with a fresh profile: the
 * four category scores, 0–100, and the metrics that make the performance score.
 */
export async function runLighthouse(
  urls: Record<string, string>,
  log: (line: string) => void,
): Promise<Record<string, LighthouseScores & { metrics: Record<string, number> }>> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bawaba-lighthouse-'))
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags,
    userDataDir: profile,
    logLevel: 'silent',
  })
  const results: Record<string, LighthouseScores & { metrics: Record<string, number> }> = {}
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...lighthouseCategories],
      })
      if (!result) throw new Error(`lighthouse: no result for ${url}`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`)
      const scores = Object.fromEntries(
        lighthouseCategories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as LighthouseScores
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0)
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs)
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id)
      results[name] = {
        ...scores,
        metrics: {
          firstContentfulPaintMs: metric('first-contentful-paint'),
          largestContentfulPaintMs: metric('largest-contentful-paint'),
          totalBlockingTimeMs: metric('total-blocking-time'),
          cumulativeLayoutShift1000: Math.round(
            (lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000,
          ),
          speedIndexMs: metric('speed-index'),
        },
        ...(failing.length ? { failingAudits: failing } : {}),
      }
      log(
        `lighthouse ${name}: ${lighthouseCategories.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? ` (short of 100: ${failing.join(', ')})` : ''}`,
      )
    }
  } finally {
    chrome.kill()
    rmSync(profile, { recursive: true, force: true })
  }
  return results
}
