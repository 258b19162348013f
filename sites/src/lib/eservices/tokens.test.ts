import { describe, expect, it } from 'vitest'
import {
  checkFormToken,
  formTokenLifetimeMs,
  maskEmail,
  minimumFillMs,
  newFormToken,
  readReceipt,
  receiptToken,
  sign,
  verify,
} from './tokens.ts'

const secret = 'x'.repeat(64)

describe('signed tokens', () => {
  it('reads back what it signed, for the same purpose only', () => {
    const token = sign(secret, 'a', { n: 1 })
    expect(verify(secret, 'a', token)).toEqual({ n: 1 })
    expect(verify(secret, 'b', token)).toBeNull()
    expect(verify('y'.repeat(64), 'a', token)).toBeNull()
  })

  it('refuses tampering, garbage and oversized input', () => {
    const token = sign(secret, 'a', { n: 1 })
    const [body, mac] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ n: 2 })).toString('base64url')
    expect(verify(secret, 'a', `${forged}.${mac}`)).toBeNull()
    expect(verify(secret, 'a', `${body}.${mac}.x`)).toBeNull()
    expect(verify(secret, 'a', `${body}`)).toBeNull()
    expect(verify(secret, 'a', 'x'.repeat(5000))).toBeNull()
    expect(verify(secret, 'a', 42)).toBeNull()
    expect(verify(secret, 'a', undefined)).toBeNull()
  })
})

describe('form tokens', () => {
  const now = Date.UTC(2026, 10, 23, 10)

  it('carry a fresh idempotency key per render', () => {
    const a = checkFormToken(
      secret,
      newFormToken(secret, 'anfa', 'complaint', now),
      'anfa',
      'complaint',
      { now },
    )
    const b = checkFormToken(
      secret,
      newFormToken(secret, 'anfa', 'complaint', now),
      'anfa',
      'complaint',
      { now },
    )
    expect(a.ok && b.ok).toBe(true)
    if (a.ok && b.ok) {
      expect(a.token.k).toMatch(/^[A-Za-z0-9_-]{24}$/)
      expect(a.token.k).not.toBe(b.token.k)
    }
  })

  it('belong to one site and one service', () => {
    const token = newFormToken(secret, 'anfa', 'complaint', now)
    expect(checkFormToken(secret, token, 'maarif', 'complaint', { now })).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(checkFormToken(secret, token, 'anfa', 'feedback', { now })).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('expire, and are refused when posted too fast without proof of work', () => {
    const token = newFormToken(secret, 'anfa', 'complaint', now)
    const at = (ms: number, requireFillTime = true) =>
      checkFormToken(secret, token, 'anfa', 'complaint', { now: now + ms, requireFillTime })
    expect(at(minimumFillMs - 1)).toEqual({ ok: false, reason: 'too-fast' })
    expect(at(minimumFillMs - 1, false).ok).toBe(true)
    expect(at(minimumFillMs).ok).toBe(true)
    expect(at(formTokenLifetimeMs).ok).toBe(true)
    expect(at(formTokenLifetimeMs + 1)).toEqual({ ok: false, reason: 'expired' })
  })
})

describe('receipts', () => {
  it('cannot be crafted, and never spell out the address', () => {
    const receipt = {
      code: 'ANF-7K3P-9QXM',
      service: 'complaint',
      site: 'anfa',
      dueAt: null,
      mailedTo: maskEmail('nadia.bennani@example.ma'),
      at: 1,
    }
    expect(receipt.mailedTo).toBe('n•••@example.ma')
    expect(readReceipt(secret, receiptToken(secret, receipt))).toEqual(receipt)
    expect(readReceipt(secret, sign(secret, 'form', receipt))).toBeNull()
  })
})
