import { describe, expect, it } from 'vitest'
import { admissionFromEnv, createAdmission } from './admission.ts'

describe('admission of form posts', () => {
  it('admits up to the bound, refuses one more at once, and admits again once one leaves', () => {
    const admission = createAdmission({ maxInFlight: 2, random: () => 0 })
    const a = admission.enter()
    const b = admission.enter()
    const c = admission.enter()
    expect([a.admitted, b.admitted, c.admitted]).toEqual([true, true, false])
    expect(c.retryAfter).toBe(2)
    expect(admission.refused).toBe(1)
    a.leave()
    a.leave() // twice is once
    expect(admission.inFlight).toBe(1)
    c.leave() // a refused ticket holds no place
    expect(admission.enter().admitted).toBe(true)
    expect(admission.enter().admitted).toBe(false)
  })

  it('spreads the retries between the shortest wait and twice it', () => {
    const low = createAdmission({ maxInFlight: 1, retryAfterSeconds: 3, random: () => 0 })
    const high = createAdmission({ maxInFlight: 1, retryAfterSeconds: 3, random: () => 0.999 })
    expect(low.enter().retryAfter).toBe(3)
    expect(high.enter().retryAfter).toBe(6)
  })

  it('refuses a bound that is not a positive whole number', () => {
    expect(() => createAdmission({ maxInFlight: 0 })).toThrow(/positive integer/)
    expect(() => admissionFromEnv({ EDGE_MAX_IN_FLIGHT: 'many' })).toThrow(/positive integer/)
    expect(admissionFromEnv({}).enter().admitted).toBe(true)
  })
})
