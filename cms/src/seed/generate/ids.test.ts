import { describe, expect, it } from 'vitest'
import { objectIdFrom, uuidFrom } from './ids.ts'

describe('generated ids', () => {
  it('are UUIDs of version 4, as the SQLite adapter makes them, the same for the same key', () => {
    const id = uuidFrom('anfa:news:0')
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(uuidFrom('anfa:news:0')).toBe(id)
    expect(uuidFrom('anfa:news:1')).not.toBe(id)
    expect(uuidFrom('maarif:news:0')).not.toBe(id)
  })

  it('give block rows 24 hex digits, as Payload does', () => {
    expect(objectIdFrom('anfa:pages:3')).toMatch(/^[0-9a-f]{24}$/)
    expect(objectIdFrom('anfa:pages:3')).not.toBe(objectIdFrom('anfa:pages:4'))
  })

  it('do not repeat over thousands of keys', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `site-${i % 17}:news:${i}`)
    expect(new Set(keys.map(uuidFrom)).size).toBe(keys.length)
  })
})
