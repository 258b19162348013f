import { describe, expect, it } from 'vitest'
import { onDemandPath } from './urls.ts'

describe('onDemandPath', () => {
  it.each(['/ar/preview/', '/fr/preview', '/zgh/preview/', '/en/e-services/track/'])(
    'sends %s to the server bundle',
    (path) => expect(onDemandPath.test(path)).toBe(true),
  )

  it.each(['/ar/previews/', '/ar/news/preview/', '/de/preview/', '/preview/', '/ar/e-services/'])(
    'leaves %s to the static files',
    (path) => expect(onDemandPath.test(path)).toBe(false),
  )
})
