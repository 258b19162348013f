import { describe, expect, it } from 'vitest'
import { sites } from '@bawaba/registry'
import { newTrackingCode, normalizeTrackingCode, trackingAlphabet } from './tracking.ts'

describe('newTrackingCode', () => {
  it('is the site code and two groups of four from the unambiguous alphabet', () => {
    const code = newTrackingCode('ANF')
    expect(code).toMatch(
      /^ANF-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/,
    )
    expect(trackingAlphabet).toHaveLength(30)
    expect(trackingAlphabet).not.toMatch(/[01OILU]/)
  })

  it('works with every site of the registry and reads back as itself', () => {
    for (const site of sites) {
      const code = newTrackingCode(site.code)
      expect(normalizeTrackingCode(code)).toBe(code)
    }
  })

  it('gives 10,000 distinct codes with every symbol drawn about as often', () => {
    const codes = new Set<string>()
    const counts = new Map<string, number>()
    for (let i = 0; i < 10_000; i++) {
      const code = newTrackingCode('CAS')
      codes.add(code)
      for (const c of code.slice(4).replace('-', '')) counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    expect(codes.size).toBe(10_000)
    expect(counts.size).toBe(30)
    // 80,000 draws over 30 symbols: ≈ 2,667 each, σ ≈ 51; a modulo bias would be far off.
    for (const n of counts.values()) expect(Math.abs(n - 80_000 / 30)).toBeLessThan(400)
  })

  it('uses the injected random source and refuses a broken one', () => {
    expect(newTrackingCode('ANF', () => 0)).toBe('ANF-2222-2222')
    expect(newTrackingCode('ANF', () => 29)).toBe('ANF-ZZZZ-ZZZZ')
    expect(() => newTrackingCode('ANF', () => 30)).toThrow(/random source/)
    expect(() => newTrackingCode('ANF', () => 0.5)).toThrow(/random source/)
  })

  it('refuses a site code that is not three capital letters', () => {
    for (const bad of ['', 'an', 'anf', 'ANFA', 'A1F', 'ÀNF']) {
      expect(() => newTrackingCode(bad)).toThrow(/site code/)
    }
  })
})

describe('normalizeTrackingCode', () => {
  it('forgives case, spaces and missing or extra dashes', () => {
    expect(normalizeTrackingCode('anf 7k3p9qxm')).toBe('ANF-7K3P-9QXM')
    expect(normalizeTrackingCode('  ANF7K3P9QXM\n')).toBe('ANF-7K3P-9QXM')
    expect(normalizeTrackingCode('ANF--7K3P--9QXM')).toBe('ANF-7K3P-9QXM')
    expect(normalizeTrackingCode('a-n-f-7-k-3-p 9 q x m')).toBe('ANF-7K3P-9QXM')
    expect(normalizeTrackingCode('SOT-2222-ZZZZ')).toBe('SOT-2222-ZZZZ')
  })

  it('refuses look-alikes that are not in the alphabet', () => {
    expect(normalizeTrackingCode('ANF-7K3P-9QXO')).toBeNull()
    expect(normalizeTrackingCode('ANF-7K3P-9QX0')).toBeNull()
    expect(normalizeTrackingCode('ANF-7K3P-9QX1')).toBeNull()
    expect(normalizeTrackingCode('ANF-7K3P-9QXI')).toBeNull()
    expect(normalizeTrackingCode('ANF-7K3P-9QXL')).toBeNull()
    expect(normalizeTrackingCode('ANF-7K3P-9QXU')).toBeNull()
  })

  it('refuses wrong lengths, other separators and junk', () => {
    for (const bad of [
      '',
      'ANF',
      'ANF-7K3P-9QX',
      'ANF-7K3P-9QXMM',
      'AN1-7K3P-9QXM',
      'ANF_7K3P_9QXM',
      'ANF.7K3P.9QXM',
      'ANF-7K3P-9QXM;DROP',
      'ANF-7K3P-9QXM'.repeat(10),
    ]) {
      expect(normalizeTrackingCode(bad), bad).toBeNull()
    }
  })

  it('refuses any non-ASCII character, even one that uppercases to ASCII', () => {
    for (const bad of [
      'ANF-7K3P-9QXM\u00a0',
      'ÀNF-7K3P-9QXM',
      'ANF\u20117K3P-9QXM', // non-breaking hyphen
      'ANF-７K3P-9QXM', // fullwidth digit
      'ANF-7K3P-9QXM\u200b',
      'anf-7k3p-9q\ufb00', // the ligature ﬀ uppercases to FF
      'anf-7k3p-9qx\u017f', // long s uppercases to S
      'ANF-\u202e7K3P-9QXM',
      'ANF-7K3P-٩QXM',
    ]) {
      expect(normalizeTrackingCode(bad), JSON.stringify(bad)).toBeNull()
    }
  })
})
