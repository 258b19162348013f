/**
 * `npm test`: every layer, in order, on a stack of its own (never the data of `npm start`):
 *   1. unit tests;
 *   2. a fresh seeded database in `.data/test`, the admin built, the CMS on :3100;
 *   3. integration tests (Local API on temporary SQLite files, REST and GraphQL over HTTP);
 *   4. all 17 sites built from that CMS into `.data/test/dist`, served on :4400;
 *   5. build tests, then browser tests in Chromium.
 * Ends with one line `N passed, N failed` (N skipped where any).
 *
 *   npm test -- int                          one layer (unit, int, build, e2e; repeatable)
 *   npm test -- int cms/src/access           …only the files whose path contains a filter
 *   npm test -- --reuse build                keep the seeded stack of the last run and rebuild
 *                                            only the sites whose code or content changed
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ensureBrowser } from './lib/browser-setup.ts'
import { ensureCmsBuild, ensureSeeded, root, startCms, startSites } from './lib/cms.ts'
import { startMailSink } from './lib/mail-sink.ts'
import { run, seconds } from './lib/processes.ts'

const started = Date.now()
const log = (line: string) => console.log(`\n■ ${line}`)
// Overridable so that two stacks (say, two working copies) can run side by side.
const testData = path.resolve(root, process.env.BAWABA_TEST_DATA || path.join('.data', 'test'))
const reports = path.join(testData, 'reports')
const cmsPort = Number(process.env.TEST_CMS_PORT || 3100)
const sitesPort = Number(process.env.TEST_SITES_PORT || 4400)
const layers = ['unit', 'int', 'build', 'e2e']
const args = process.argv.slice(2)
const only = args.filter((a) => layers.includes(a))
/** Anything else that is not a flag narrows the run to test files whose path contains it. */
const filters = args.filter((a) => !a.startsWith('-') && !layers.includes(a))
const reuse = args.includes('--reuse')
const wants = (layer: string) => only.length === 0 || only.includes(layer)

const env: NodeJS.ProcessEnv = {
  ...process.env,
  BAWABA_DATA_DIR: testData,
  BAWABA_DIST: path.join(testData, 'dist'),
  CMS_URL: `http://localhost:${cmsPort}`,
  CMS_PORT: String(cmsPort),
  SITES_PORT: String(sitesPort),
}
// The embedded SQLite file of the stack, unless a MongoDB is given (the CI's replica-set job):
// the integration suite runs against either.
if (!/^mongodb(\+srv)?:\/\//.test(env.DATABASE_URI ?? '')) delete env.DATABASE_URI
Object.assign(process.env, env)

const totals = { passed: 0, failed: 0, skipped: 0 }
const failures: string[] = []
/** Each failed test, one line, repeated at the very end where a CI log's tail shows it. */
const failedTests: string[] = []

async function vitest(project: string) {
  const report = path.join(reports, `${project}.json`)
  const begun = Date.now()
  try {
    await run(
      path.join(root, 'node_modules/.bin/vitest'),
      [
        'run',
        '--project',
        project,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...(filters.length ? ['--passWithNoTests', ...filters] : []),
      ],
      { cwd: root, env },
    )
  } catch {
    failures.push(project)
  }
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numPendingTests: number
      numTodoTests: number
      numTotalTestSuites: number
      testResults: {
        name: string
        message?: string
        assertionResults: { status: string; fullName: string; failureMessages: string[] }[]
      }[]
    }
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests
    totals.skipped += result.numPendingTests + result.numTodoTests
    for (const file of result.testResults) {
      const where = `${project} ${path.relative(root, file.name)}`
      const failed = file.assertionResults.filter((a) => a.status === 'failed')
      for (const test of failed)
        failedTests.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`)
      // A file that failed outside its tests (a hook, an import) has a message of its own.
      if (!failed.length && file.message) failedTests.push(`${where}: ${firstLine(file.message)}`)
    }
    console.log(
      `■ ${project}: ${result.numPassedTests} passed, ${result.numFailedTests} failed in ${seconds(begun)}`,
    )
  } else if (!failures.includes(project)) {
    failures.push(project)
  }
}

function firstLine(message = ''): string {
  const plain = message.replace(/\x1b\[[0-9;]*m/g, '').trim()
  return plain.split('\n')[0]!.slice(0, 300)
}

// Before anything long: the browser tests' Chromium, installed here or asked for.
if (wants('build') || wants('e2e')) {
  try {
    ensureBrowser(log)
  } catch (error) {
    console.error(`\n■ ${(error as Error).message}`)
    process.exit(1)
  }
}

if (!reuse) rmSync(testData, { recursive: true, force: true })
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

try {
  if (wants('unit')) {
    log('unit tests')
    await vitest('unit')
  }
  if (wants('int') || wants('build') || wants('e2e')) {
    log('test stack: seeded database, admin build, CMS')
    await ensureSeeded(log, !reuse)
    await ensureCmsBuild(log)
    // Mail from the CMS goes through a real SMTP server on loopback into .data/test/mail/.
    const mail = await startMailSink(path.join(testData, 'mail'))
    env.SMTP_URL = mail.url
    await startCms(cmsPort, env)
    if (wants('int')) {
      log('integration tests')
      await vitest('int')
    }
    if (wants('build') || wants('e2e')) {
      log('building the 17 sites from the test CMS')
      try {
        const buildArgs = ['scripts/build-sites.ts', ...(reuse ? ['--if-changed'] : [])]
        await run(path.join(root, 'node_modules/.bin/tsx'), buildArgs, {
          cwd: root,
          env,
        })
      } catch (error) {
        failures.push('build:sites')
        console.error(error instanceof Error ? error.message : error)
      }
      // As behind the production proxy: tests speak for many citizens with X-Forwarded-For.
      await startSites(sitesPort, { ...env, TRUST_PROXY: '1' })
      if (wants('build')) {
        log('build tests')
        await vitest('build')
      }
      if (wants('e2e')) {
        log('browser tests')
        await vitest('e2e')
      }
    }
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error))
}

if (failedTests.length) console.log(`\n■ failed tests:\n${failedTests.join('\n')}`)
console.log(
  `\n■ done in ${seconds(started)}${failures.length ? ` — failed: ${failures.join('; ')}` : ''}`,
)
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(failures.length || totals.failed ? 1 : 0)
