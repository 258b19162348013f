import { describe, expect, it } from 'vitest'
import {
  arrondissements,
  centralSite,
  dirOf,
  fallbackChain,
  getSite,
  siteFromHost,
  siteOrigin,
  siteSlugs,
  sites,
} from './index.ts'

describe('the 17 sites', () => {
  it('are the central portal and the 16 arrondissements, with unique slugs and codes', () => {
    expect(sites).toHaveLength(17)
    expect(arrondissements).toHaveLength(16)
    expect(sites[0]).toBe(centralSite)
    expect(new Set(siteSlugs).size).toBe(17)
    expect(new Set(sites.map((s) => s.code)).size).toBe(17)
  })

  it('keep the official names in Arabic and French', () => {
    expect(getSite('anfa').name).toEqual({ ar: 'مقاطعة أنفا', fr: "Arrondissement d'Anfa" })
    expect(getSite('casablanca').name.ar).toBe('جماعة الدار البيضاء')
    for (const site of arrondissements) {
      expect(site.name.ar).toMatch(/^مقاطعة /)
      expect(site.prefecture?.fr).toMatch(/^Préfecture d'arrondissements/)
    }
  })

  it('have their own domain under the commune’s', () => {
    expect(getSite('casablanca').domain).toBe('casablancacity.ma')
    expect(getSite('sidi-belyout').domain).toBe('sidi-belyout.casablancacity.ma')
    expect(siteOrigin('anfa', 'production')).toBe('https://anfa.casablancacity.ma')
    expect(siteOrigin('anfa', 'local')).toMatch(/^http:\/\/anfa\.localhost:\d+$/)
  })

  it('name the unknown site in the error', () => {
    expect(() => getSite('atlantis')).toThrow(/unknown site 'atlantis'/)
  })
})

describe('host names', () => {
  it('map each local host to its site and the bare host to the portal', () => {
    expect(siteFromHost('anfa.localhost:4321', siteSlugs)).toBe('anfa')
    expect(siteFromHost('ANFA.localhost', siteSlugs)).toBe('anfa')
    expect(siteFromHost('localhost:4321', siteSlugs)).toBe('casablanca')
    expect(siteFromHost('127.0.0.1:4321', siteSlugs)).toBe('casablanca')
  })

  it('refuse unknown or forged hosts', () => {
    expect(siteFromHost('evil.localhost', siteSlugs)).toBeNull()
    expect(siteFromHost('anfa.localhost.evil.com', siteSlugs)).toBeNull()
    expect(siteFromHost('../anfa.localhost', siteSlugs)).toBeNull()
    expect(siteFromHost(undefined, siteSlugs)).toBeNull()
    // Production: each site's own domain.
    expect(siteFromHost('anfa.casablancacity.ma', siteSlugs)).toBe('anfa')
    expect(siteFromHost('casablancacity.ma:443', siteSlugs)).toBe('casablanca')
    expect(siteFromHost('anfa.casablancacity.ma.evil.com', siteSlugs)).toBeNull()
  })
})

describe('locales', () => {
  it('put Arabic right-to-left and the others left-to-right', () => {
    expect(dirOf('ar')).toBe('rtl')
    expect(dirOf('fr')).toBe('ltr')
    expect(dirOf('zgh')).toBe('ltr')
  })

  it('fall back English → French → Arabic, Amazigh → Arabic', () => {
    expect(fallbackChain('en')).toEqual(['en', 'fr', 'ar'])
    expect(fallbackChain('zgh')).toEqual(['zgh', 'ar'])
    expect(fallbackChain('ar')).toEqual(['ar'])
  })
})
