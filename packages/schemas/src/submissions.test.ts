import { describe, expect, it } from 'vitest'
import {
  complaintInput,
  correspondenceInput,
  feedbackInput,
  fieldErrors,
  trackingCode,
  urbanismInfoInput,
} from './submissions.ts'

const rules = (schema: { safeParse: (v: unknown) => any }, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? {} : fieldErrors(result.error)
}

const complaint = {
  site: 'anfa',
  category: 'lighting',
  description: 'Lampadaire éteint depuis une semaine devant le n° 12.',
  phone: '06 12 34 56 78',
}

describe('complaint input', () => {
  it('accepts the minimum: where, what, and a way to follow it', () => {
    expect(rules(complaintInput, complaint)).toEqual({})
    expect(complaintInput.parse({ ...complaint, email: '', name: '  ' }).email).toBeUndefined()
  })

  it('says which rule each field breaks, as ids the interface words', () => {
    expect(rules(complaintInput, {})).toMatchObject({
      site: 'required',
      category: 'required',
      description: 'required',
    })
    expect(rules(complaintInput, { ...complaint, category: 'bribes' })).toEqual({
      category: 'choice',
    })
    expect(rules(complaintInput, { ...complaint, description: 'court' })).toEqual({
      description: 'too-short',
    })
    expect(rules(complaintInput, { ...complaint, description: 'x'.repeat(4001) })).toEqual({
      description: 'too-long',
    })
    expect(rules(complaintInput, { ...complaint, phone: '' })).toEqual({ email: 'contact' })
    expect(rules(complaintInput, { ...complaint, phone: '+33 6 12 34 56 78' })).toEqual({
      phone: 'phone',
    })
    expect(rules(complaintInput, { ...complaint, email: 'not-an-email' })).toEqual({
      email: 'email',
    })
  })

  it('reports every problem at once, cross-field rules included', () => {
    expect(rules(complaintInput, { ...complaint, category: 'bribes', phone: '' })).toEqual({
      category: 'choice',
      email: 'contact',
    })
  })

  it('wants both coordinates or none, inside the Casablanca area', () => {
    expect(rules(complaintInput, { ...complaint, lat: '33.59', lng: '-7.61' })).toEqual({})
    expect(rules(complaintInput, { ...complaint, lat: '33.59' })).toEqual({ lat: 'coordinates' })
    expect(rules(complaintInput, { ...complaint, lat: '48.85', lng: '2.35' })).toMatchObject({
      lat: 'coordinates',
    })
    expect(rules(complaintInput, { ...complaint, lat: 'NaN', lng: '-7.6' })).toMatchObject({
      lat: 'coordinates',
    })
  })

  it('refuses wrong types instead of coercing them', () => {
    expect(rules(complaintInput, { ...complaint, description: ['a', 'b'] })).toEqual({
      description: 'required',
    })
    expect(rules(complaintInput, { ...complaint, category: 7 })).toEqual({ category: 'choice' })
  })
})

describe('other services', () => {
  it('correspondence needs a department, a subject and a message', () => {
    expect(
      rules(correspondenceInput, {
        site: 'casablanca',
        name: 'Amina Idrissi',
        email: 'amina@example.ma',
        department: 'urbanism',
        subject: 'Demande',
        message: 'Je souhaite obtenir un rendez-vous.',
      }),
    ).toEqual({})
    expect(rules(correspondenceInput, { site: 'casablanca', email: 'a@b.ma' })).toMatchObject({
      name: 'required',
      department: 'required',
      subject: 'required',
      message: 'required',
    })
  })

  it('urbanism information needs a land title or a parcel reference', () => {
    const base = {
      site: 'anfa',
      name: 'Karim Bennani',
      phone: '0522000000',
      location: 'Boulevard d’Anfa',
      capacity: 'owner',
      purpose: 'sale',
    }
    expect(rules(urbanismInfoInput, base)).toEqual({ landTitle: 'required' })
    expect(rules(urbanismInfoInput, { ...base, parcelRef: 'P-12' })).toEqual({})
  })

  it('feedback names a page of the site, not another URL', () => {
    const base = { site: 'anfa', message: 'Le lien est cassé.' }
    expect(rules(feedbackInput, { ...base, pageUrl: '/fr/offices/' })).toEqual({})
    expect(rules(feedbackInput, { ...base, pageUrl: 'https://evil.example/' })).toEqual({
      pageUrl: 'required',
    })
    // Paths to browsers, other sites to them: `//host` and `/\host` leave the site.
    for (const pageUrl of ['//evil.example', '//evil.example/fr/', '/\\evil.example', '/\x01x'])
      expect(rules(feedbackInput, { ...base, pageUrl }), pageUrl).toEqual({ pageUrl: 'required' })
  })

  it('names lose the characters that print as nothing', () => {
    const base = {
      site: 'casablanca',
      email: 'amina@example.ma',
      department: 'urbanism',
      subject: 'Demande',
      message: 'Je souhaite obtenir un rendez-vous.',
    }
    const parsed = correspondenceInput.parse({
      ...base,
      name: 'Am\u200bina\u2060 Idr\ufeffissi\u200d',
    })
    expect(parsed.name).toBe('Amina Idrissi')
    // A name of invisible characters only is no name.
    expect(rules(correspondenceInput, { ...base, name: '\u200b\u200c\u200b' })).toEqual({
      name: 'required',
    })
    const complaint = complaintInput.parse({
      site: 'anfa',
      category: 'lighting',
      description: 'Lampadaire éteint depuis une semaine.',
      email: 'a@b.ma',
      name: '\u200bعلي\u200c',
    })
    expect(complaint.name).toBe('علي')
  })
})

describe('tracking code', () => {
  it('has the site code and eight characters without look-alikes', () => {
    expect(trackingCode.safeParse('ANF-7K3P-9QXM').success).toBe(true)
    for (const bad of ['ANF-7K3P-9QX0', 'ANF-7K3P-9QXI', 'anf-7k3p-9qxm', 'ANF7K3P9QXM'])
      expect(trackingCode.safeParse(bad).success, bad).toBe(false)
  })
})
