import { describe, expect, it } from 'vitest'
import {
  normalizeContact,
  normalizeEmail,
  normalizePhone,
  verifierHash,
  verifierMatches,
} from './contact.ts'

const pepper = 'test-pepper-0123456789abcdef'

describe('normalizeEmail', () => {
  it('trims and lowercases, and writes the domain in ASCII', () => {
    expect(normalizeEmail('  Ahmed.Benali@Example.MA ')).toBe('ahmed.benali@example.ma')
    expect(normalizeEmail('a+tag@sub.example.co.ma')).toBe('a+tag@sub.example.co.ma')
    expect(normalizeEmail('user@bücher.ma')).toBe('user@xn--bcher-kva.ma')
  })

  it('refuses what is not an address', () => {
    for (const bad of [
      '',
      'ahmed',
      'ahmed@',
      '@example.ma',
      'a@b',
      'a@@example.ma',
      'a@b@example.ma',
      'a b@example.ma',
      '.a@example.ma',
      'a.@example.ma',
      'a..b@example.ma',
      'a@-example.ma',
      'a@example..ma',
      'a@1.2.3.4',
      'a@[127.0.0.1]',
      'أحمد@example.ma',
      'a\n@example.ma',
      '"a"@example.ma',
      `${'a'.repeat(65)}@example.ma`,
      `a@${'b'.repeat(64)}.ma`,
    ]) {
      expect(normalizeEmail(bad), bad).toBeNull()
    }
  })
})

describe('normalizePhone', () => {
  it('writes Moroccan numbers in E.164', () => {
    for (const input of [
      '+212 6 12 34 56 78',
      '+212612345678',
      '0612345678',
      '06 12 34 56 78',
      '06.12.34.56.78',
      '06-12-34-56-78',
      '00212612345678',
      '00 212 6 12 34 56 78',
      '+212 (0)6 12 34 56 78',
      '٠٦١٢٣٤٥٦٧٨',
      '۰۶۱۲۳۴۵۶۷۸',
    ]) {
      expect(normalizePhone(input), input).toBe('+212612345678')
    }
    expect(normalizePhone('0522 12 34 56')).toBe('+212522123456')
    expect(normalizePhone('07 00 00 00 00')).toBe('+212700000000')
  })

  it('refuses foreign, short, long and malformed numbers', () => {
    for (const bad of [
      '',
      '+33 6 12 34 56 78',
      '0033612345678',
      '0412345678',
      '0912345678',
      '061234567',
      '06123456789',
      '+2120612345678',
      '212612345678',
      '+212 612345678x',
      '+212 6 12 34 56 78 ext 2',
      '++212612345678',
      '06١٢٣٤٥٦٧٨x',
      '0'.repeat(50),
    ]) {
      expect(normalizePhone(bad), bad).toBeNull()
    }
  })
})

describe('contact verifier', () => {
  it('is a keyed hash of the normalized contact', () => {
    const hash = verifierHash('Ahmed@Example.ma', pepper)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(verifierHash('ahmed@example.ma ', pepper)).toBe(hash)
    expect(verifierHash('ahmed@example.ma', 'another-pepper-0123456789')).not.toBe(hash)
    expect(verifierHash('0612345678', pepper)).toBe(verifierHash('+212 6 12 34 56 78', pepper))
    expect(normalizeContact('00212612345678')).toBe('+212612345678')
  })

  it('matches the same contact written another way', () => {
    const email = verifierHash('ahmed@example.ma', pepper)
    const phone = verifierHash('0612345678', pepper)
    expect(verifierMatches('AHMED@example.MA', email, pepper)).toBe(true)
    expect(verifierMatches('+212612345678', phone, pepper)).toBe(true)
    expect(verifierMatches('06 12 34 56 78', phone.toUpperCase(), pepper)).toBe(true)
  })

  it('does not match another contact, another pepper or a malformed hash', () => {
    const phone = verifierHash('0612345678', pepper)
    expect(verifierMatches('0612345679', phone, pepper)).toBe(false)
    expect(verifierMatches('ahmed@example.ma', phone, pepper)).toBe(false)
    expect(verifierMatches('0612345678', phone, 'another-pepper-0123456789')).toBe(false)
    expect(verifierMatches('not a contact', phone, pepper)).toBe(false)
    expect(verifierMatches('0612345678', phone.slice(0, 62), pepper)).toBe(false)
    expect(verifierMatches('0612345678', '', pepper)).toBe(false)
    expect(verifierMatches('0612345678', `${phone}00`, pepper)).toBe(false)
    expect(verifierMatches('0612345678', 'z'.repeat(64), pepper)).toBe(false)
  })

  it('refuses an invalid contact or a missing or short pepper loudly', () => {
    expect(() => verifierHash('nobody', pepper)).toThrow(/not a valid/)
    expect(() => verifierHash('0612345678', '')).toThrow(/pepper/)
    expect(() => verifierHash('0612345678', 'short')).toThrow(/pepper/)
    expect(() => verifierMatches('0612345678', 'a'.repeat(64), '')).toThrow(/pepper/)
  })
})
