import { arrondissements, type SiteEntry } from '@bawaba/registry'
import { zgh } from './amazigh.ts'
import { cap, image, listAr, listFr, names, urlLink } from './helpers.ts'
import type { Loc, SeedPage } from './types.ts'

export const centralLocation = { lat: 33.5731, lng: -7.5898 }
export const centralPhone = '+212 5 22 22 30 00'

/** Arrondissements grouped by prefecture, in registry order. */
function byPrefecture(): { prefecture: Loc; sites: SiteEntry[] }[] {
  const groups: { prefecture: Loc; sites: SiteEntry[] }[] = []
  for (const site of arrondissements) {
    const p = site.prefecture!
    const last = groups[groups.length - 1]
    if (last && last.prefecture.fr === p.fr) last.sites.push(site)
    else groups.push({ prefecture: { ar: p.ar, fr: p.fr }, sites: [site] })
  }
  return groups
}

export function centralAbout(site: SiteEntry): SeedPage {
  const n = names(site)
  const count = arrondissements.length
  const prefectures = byPrefecture().length
  const img = (key: string, motif: 'skyline' | 'arches' | 'waves' | 'zellige') =>
    image(site.slug, `about:${key}`, motif, true)
  return {
    slug: 'about',
    title: {
      ar: `تقديم ${n.ar}`,
      fr: `Présentation de ${n.frIn}`,
      en: `About ${n.en}`,
      zgh: zgh.hello,
    },
    summary: {
      ar: 'المدينة ومقاطعاتها، لمحة تاريخية ومهام الجماعة.',
      fr: 'La ville et ses arrondissements, repères historiques et missions de la commune.',
      en: 'The city and its arrondissements, a short history and the role of the commune.',
      zgh: zgh.welcomeCity,
    },
    blocks: [
      {
        type: 'richText',
        heading: {
          ar: 'المدينة ومقاطعاتها',
          fr: 'La ville et ses arrondissements',
          en: 'The city and its arrondissements',
        },
        paragraphs: {
          ar: [
            `الدار البيضاء أكبر مدن المملكة وقطبها الاقتصادي الأول، وتقع على ساحل المحيط الأطلسي. وتضم ${n.ar} ${count} مقاطعة موزعة على ${prefectures} عمالات مقاطعات.`,
          ],
          fr: [
            `Casablanca, première ville du Royaume et sa capitale économique, s'étend sur la côte atlantique. ${cap(n.frIn)} compte ${count} arrondissements, répartis entre ${prefectures} préfectures d'arrondissements.`,
          ],
          en: [
            `Casablanca, Morocco's largest city and its economic capital, lies on the Atlantic coast. ${cap(n.en)} is made up of ${count} arrondissements, grouped into ${prefectures} prefectures of arrondissements.`,
          ],
        },
      },
      {
        type: 'imageWithCaption',
        image: img('main', 'skyline'),
        caption: {
          ar: 'الدار البيضاء على ساحل الأطلسي (رسم توضيحي)',
          fr: 'Casablanca, sur la côte atlantique (illustration)',
          en: 'Casablanca on the Atlantic coast (illustration)',
        },
      },
      {
        type: 'richText',
        heading: { ar: 'لمحة تاريخية', fr: 'Repères historiques', en: 'A short history' },
        paragraphs: {
          ar: [
            'عرفت المدينة قديما باسم أنفا، ثم شهدت نموا سريعا خلال القرن العشرين مع إنشاء مينائها الحديث، لتصبح القطب الاقتصادي الأول في المغرب.',
            'ويشهد وسطها على هذا التاريخ من خلال رصيد معماري غني يمزج بين الطابع المغربي وفن الآرت ديكو.',
          ],
          fr: [
            "Connue autrefois sous le nom d'Anfa, la ville a connu une croissance rapide au XXe siècle avec la construction de son port moderne, jusqu'à devenir le premier pôle économique du Maroc.",
            'Son centre en garde la trace, avec un riche patrimoine architectural qui mêle inspirations marocaines et Art déco.',
          ],
          en: [
            'Once known as Anfa, the city grew rapidly in the twentieth century with the building of its modern port, becoming the leading economic centre of Morocco.',
            'Its centre bears witness to that history, with a rich architectural heritage that blends Moroccan influences and Art Deco.',
          ],
        },
      },
      {
        type: 'richText',
        heading: {
          ar: 'مهام الجماعة',
          fr: 'Les missions de la commune',
          en: 'What the commune does',
        },
        paragraphs: {
          ar: [
            'تتولى الجماعة، في إطار القانون التنظيمي رقم 113.14 المتعلق بالجماعات، تدبير المرافق والتجهيزات العمومية الكبرى للمدينة، كالنقل الحضري والإنارة العمومية والنظافة والطرق والتشوير، وتنسق مع المقاطعات التي تدبر مرافق القرب.',
          ],
          fr: [
            'Dans le cadre de la loi organique n° 113-14 relative aux communes, la commune gère les grands services et équipements publics de la ville — transport urbain, éclairage public, propreté, voirie, signalisation — en coordination avec les arrondissements, qui gèrent les équipements de proximité.',
          ],
          en: [
            "Under Organic Law 113-14 on communes, the commune runs the city's main public services and facilities — urban transport, street lighting, cleaning, roads and signage — in coordination with the arrondissements, which run local facilities.",
          ],
        },
      },
      {
        type: 'gallery',
        title: { ar: 'صور من المدينة', fr: 'Images de la ville', en: 'Images of the city' },
        images: [
          img('gallery-1', 'arches'),
          img('gallery-2', 'waves'),
          img('gallery-3', 'zellige'),
        ],
      },
    ],
  }
}

/** The child page of `about`: the sixteen arrondissements and their sites. */
export function centralArrondissements(site: SiteEntry): SeedPage {
  const n = names(site)
  const groups = byPrefecture()
  return {
    slug: 'arrondissements',
    parentSlug: 'about',
    title: { ar: 'المقاطعات', fr: 'Les arrondissements' },
    summary: {
      ar: `مقاطعات ${n.ar} حسب العمالات، وروابط مواقعها.`,
      fr: `Les arrondissements de ${n.frIn} par préfecture, et leurs sites.`,
    },
    blocks: [
      {
        type: 'richText',
        paragraphs: {
          ar: [
            `تتوزع مقاطعات ${n.ar} على عمالات المقاطعات على النحو التالي:`,
            ...groups.map((g) => `${g.prefecture.ar}: ${listAr(g.sites.map((s) => s.name.ar))}.`),
          ],
          fr: [
            `Les arrondissements de ${n.frIn} se répartissent ainsi entre les préfectures d'arrondissements :`,
            ...groups.map((g) => `${g.prefecture.fr} : ${listFr(g.sites.map((s) => s.name.fr))}.`),
          ],
        },
      },
      {
        type: 'linkList',
        title: { ar: 'مواقع المقاطعات', fr: 'Les sites des arrondissements' },
        links: arrondissements.map((s) =>
          urlLink(`https://${s.domain}`, { ar: s.name.ar, fr: s.name.fr }),
        ),
      },
    ],
  }
}
