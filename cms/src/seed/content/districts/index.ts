import type { SiteEntry } from '@bawaba/registry'
import type { DistrictFacts, DistrictFactsOf } from '../facts.ts'
import { names } from '../helpers.ts'
import { ainChock, hayHassani } from './ain-chock-hay-hassani.ts'
import { ainSebaa, hayMohammadi, rochesNoires } from './ain-sebaa-hay-mohammadi-roches-noires.ts'
import { alFida, mersSultan } from './al-fida-mers-sultan.ts'
import { anfa, maarif, sidiBelyout } from './anfa-maarif-sidi-belyout.ts'
import { benMsick, sbata } from './ben-msick-sbata.ts'
import { moulayRachid, sidiOthmane } from './moulay-rachid-sidi-othmane.ts'
import { sidiBernoussi, sidiMoumen } from './sidi-bernoussi-sidi-moumen.ts'

const bySlug: Record<string, DistrictFactsOf> = {
  anfa,
  maarif,
  'sidi-belyout': sidiBelyout,
  'ain-chock': ainChock,
  'hay-hassani': hayHassani,
  'al-fida': alFida,
  'mers-sultan': mersSultan,
  'ben-msick': benMsick,
  sbata,
  'moulay-rachid': moulayRachid,
  'sidi-othmane': sidiOthmane,
  'ain-sebaa': ainSebaa,
  'hay-mohammadi': hayMohammadi,
  'roches-noires': rochesNoires,
  'sidi-bernoussi': sidiBernoussi,
  'sidi-moumen': sidiMoumen,
}

export function districtFacts(site: SiteEntry): DistrictFacts {
  const of = bySlug[site.slug]
  if (!of) throw new Error(`seed: no district facts for '${site.slug}'`)
  return of(names(site))
}
