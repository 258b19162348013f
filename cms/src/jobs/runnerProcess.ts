/**
 * Whether this process is the job runner: the build worker says so when it starts
 * (`markJobRunner`). Every other process (the CMS's web instances, scripts) never runs jobs.
 */
const key = Symbol.for('bawaba.jobRunner')

export function markJobRunner(): void {
  ;(globalThis as { [key]?: boolean })[key] = true
}

export function isJobRunner(): boolean {
  return (globalThis as { [key]?: boolean })[key] === true
}
