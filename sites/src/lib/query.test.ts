import { ContentSnapshot } from '@bawaba/content/store'
import { describe, expect, it } from 'vitest'
import { withRenderContext, type Dependency, type RenderContext } from './context.ts'
import { evaluate, query, timedQuery } from './query.ts'

const store = () => new ContentSnapshot({ absolute: (url) => url })
const context = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  site: 'anfa',
  origin: 'http://anfa.localhost',
  now: new Date('2026-12-01T10:00:00Z'),
  store: store(),
  dependencies: new Map<string, Dependency>(),
  ...overrides,
})

let items = ['a', 'b', 'c', 'd']
const all = query('test.all', () => [...items])
const firstTwo = query('test.firstTwo', () => all().slice(0, 2))
const at = query('test.at', (index: number) => all()[index] ?? null)
const open = timedQuery('test.open', (now) => ({
  value: now.getTime() < Date.parse('2026-12-01T12:00:00Z'),
  until: Date.parse('2026-12-01T12:00:00Z'),
}))
const summary = query('test.summary', () => ({ open: open(), count: all().length }))

describe('queries a page asks', () => {
  it('are recorded with a digest of their answer, and only those the page asked itself', () => {
    const render = context()
    withRenderContext(render, () => {
      expect(firstTwo()).toEqual(['a', 'b'])
      expect(at(3)).toBe('d')
    })
    // `test.all`, asked inside them, is theirs to know: not the page's.
    expect([...render.dependencies!.keys()]).toEqual(['test.firstTwo:[]', 'test.at:[3]'])
  })

  it('answer the same when asked again, and otherwise when what they show changed', () => {
    const render = context()
    withRenderContext(render, () => firstTwo())
    const recorded = render.dependencies!.get('test.firstTwo:[]')!
    const again = (snapshot = store()) =>
      evaluate(context({ store: snapshot, dependencies: undefined }), 'test.firstTwo:[]')
    expect(again().digest).toBe(recorded.digest)
    items = ['a', 'b', 'c', 'x']
    // A change beyond the first two does not change this answer…
    expect(again().digest).toBe(recorded.digest)
    items = ['z', 'a', 'b', 'c']
    // …pushing an item onto the list does.
    expect(again().digest).not.toBe(recorded.digest)
    items = ['a', 'b', 'c', 'd']
  })

  it('say until when a time-dependent answer holds, also through a query that uses it', () => {
    const render = context()
    withRenderContext(render, () => summary())
    expect(render.dependencies!.get('test.summary:[]')).toMatchObject({
      until: Date.parse('2026-12-01T12:00:00Z'),
    })
    const later = evaluate(
      context({ now: new Date('2026-12-01T12:00:00Z'), dependencies: undefined }),
      'test.summary:[]',
    )
    expect(later.digest).not.toBe(render.dependencies!.get('test.summary:[]')!.digest)
  })
})
