import { describe, expect, it } from 'vitest'
import { onDemandPath } from './urls.ts'

describe('onDemandPath', () => {
  it.each(['/ar/preview/', '/fr/preview', '/zgh/preview/', '/en/e-services/track/', '/ar/search/'])(
    'sends %s to the server bundle',
    (path) => expect(onDemandPath.test(path)).toBe(true),
  )

  it.each([
    '/ar/previews/',
    '/ar/news/preview/',
    '/de/preview/',
    '/preview/',
    '/ar/e-services/',
    '/ar/search/results/',
  ])('leaves %s to the static files', (path) => expect(onDemandPath.test(path)).toBe(false))
})
