import { describe, expect, it } from 'vitest'
import { fileSize, fileType } from './filesize.ts'

describe('file info of a download link', () => {
  it('names the type from the MIME type', () => {
    expect(fileType('application/pdf')).toBe('PDF')
  })

  it('gives kilobytes under a megabyte, never zero', () => {
    expect(fileSize('fr', 12_800)).toBe('13 Ko')
    expect(fileSize('en', 100)).toBe('1 KB')
    expect(fileSize('ar', 512_000)).toBe('500 ك.ب')
  })

  it('gives megabytes with one decimal written per locale', () => {
    const bytes = 1.25 * 1024 * 1024
    expect(fileSize('fr', bytes)).toMatch(/^1,[23] Mo$/)
    expect(fileSize('en', bytes)).toMatch(/^1\.[23] MB$/)
    expect(fileSize('ar', 3 * 1024 * 1024)).toBe('3 م.ب')
  })
})
