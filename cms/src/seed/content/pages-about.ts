import type { SiteEntry } from '@bawaba/registry'
import { zgh } from './amazigh.ts'
import type { DistrictFacts } from './facts.ts'
import { cap, image, listAr, listFr, names } from './helpers.ts'
import type { Loc, Paras, SeedPage } from './types.ts'

/** What an arrondissement does, under the organic law on communes (113-14). */
export const missions: Paras = {
  ar: [
    'تتولى المقاطعة، في إطار الاختصاصات التي يخولها لها القانون التنظيمي رقم 113.14 المتعلق بالجماعات، تدبير مرافق القرب كالحدائق العمومية وملاعب القرب ودور الشباب والأسواق، إلى جانب خدمات الحالة المدنية والإشهاد على صحة الإمضاء ومطابقة النسخ لأصولها.',
  ],
  fr: [
    "Dans le cadre des compétences que lui confère la loi organique n° 113-14 relative aux communes, l'arrondissement gère les équipements de proximité — jardins publics, terrains de sport, maisons de jeunes, marchés — et assure l'état civil, la légalisation des signatures et la certification des copies conformes.",
  ],
  en: [
    'Under the powers granted by Organic Law 113-14 on communes, the arrondissement runs local facilities — public gardens, sports grounds, youth centres, markets — and provides civil-status services, signature legalisation and the certification of true copies.',
  ],
}

/** The about page, in Arabic, French and English, with an Amazigh title and summary. */
export function districtAbout(site: SiteEntry, f: DistrictFacts): SeedPage {
  const n = names(site)
  const img = (key: string, i: number) => image(site.slug, `about:${key}`, f.motifs[i]!, true)
  const caption: Loc = {
    ar: `مشهد من ${n.ar} (رسم توضيحي)`,
    fr: `Vue de ${n.frIn} (illustration)`,
    en: `A view of ${n.en} (illustration)`,
  }
  return {
    slug: 'about',
    title: {
      ar: `تقديم ${n.ar}`,
      fr: `Présentation de ${n.frIn}`,
      en: `About ${n.en}`,
      zgh: zgh.hello,
    },
    summary: {
      ar: `${n.ar}: الموقع والأحياء ولمحة تاريخية ومهام المقاطعة.`,
      fr: `${cap(n.frIn)} : situation, quartiers, repères historiques et missions.`,
      en: `${cap(n.en)}: location, neighbourhoods, a short history and its role.`,
      zgh: zgh.welcomeCity,
    },
    blocks: [
      {
        type: 'richText',
        heading: {
          ar: 'الموقع والمجال',
          fr: 'Situation et territoire',
          en: 'Location and territory',
        },
        paragraphs: {
          ar: [f.geography.ar, `ومن أبرز مجالاتها: ${listAr(f.spots.map((s) => s.ar))}.`],
          fr: [
            f.geography.fr,
            `Parmi ses principaux secteurs : ${listFr(f.spots.map((s) => s.fr))}.`,
          ],
          en: [f.geography.en],
        },
      },
      { type: 'imageWithCaption', image: img('main', 0), caption },
      {
        type: 'richText',
        heading: { ar: 'لمحة تاريخية', fr: 'Repères historiques', en: 'A short history' },
        paragraphs: { ar: [f.history.ar], fr: [f.history.fr], en: [f.history.en] },
      },
      {
        type: 'richText',
        heading: {
          ar: 'مهام المقاطعة',
          fr: "Les missions de l'arrondissement",
          en: 'What the arrondissement does',
        },
        paragraphs: missions,
      },
      {
        type: 'gallery',
        title: {
          ar: 'صور من المقاطعة',
          fr: "Images de l'arrondissement",
          en: 'Images of the arrondissement',
        },
        images: [img('gallery-1', 0), img('gallery-2', 1), img('gallery-3', 2)],
      },
    ],
  }
}

/** The child page of `about`: the neighbourhoods and what is close to them. */
export function districtNeighbourhoods(site: SiteEntry, f: DistrictFacts): SeedPage {
  const n = names(site)
  return {
    slug: 'neighbourhoods',
    parentSlug: 'about',
    title: { ar: 'الأحياء والمجالات', fr: 'Quartiers et secteurs' },
    summary: {
      ar: `أحياء ${n.ar} ومجالاتها ومرافق القرب بها.`,
      fr: `Les quartiers et secteurs de ${n.frIn} et leurs équipements de proximité.`,
    },
    blocks: [
      {
        type: 'richText',
        paragraphs: {
          ar: [
            `تمتد ${n.ar} على مجالات متنوعة، من بينها ${listAr(f.spots.map((s) => s.ar))}.`,
            'ويتوفر كل حي على مرافق للقرب تسيرها المقاطعة أو تساهم في تدبيرها، من حدائق وملاعب وفضاءات ثقافية واجتماعية، وتنشر في هذا الموقع أخبار الأشغال والأنشطة الخاصة بها.',
            'ولتتبع الأشغال الجارية في حيكم أو التبليغ عن عطب في أحد المرافق، يمكنكم التوجه إلى مكتب الاستقبال أو استعمال البوابة الوطنية للشكايات.',
          ],
          fr: [
            `${cap(n.frIn)} couvre des secteurs variés, parmi lesquels ${listFr(f.spots.map((s) => s.fr))}.`,
            "Chaque quartier dispose d'équipements de proximité — jardins, terrains de sport, espaces culturels et sociaux — que l'arrondissement gère ou contribue à gérer ; ce site publie les travaux et les activités qui les concernent.",
            "Pour suivre les travaux en cours dans votre quartier ou signaler une panne, adressez-vous au bureau d'accueil ou utilisez le portail national des réclamations.",
          ],
        },
      },
      {
        type: 'imageWithCaption',
        image: image(site.slug, 'neighbourhoods:main', f.motifs[1]),
        caption: {
          ar: `أحياء ${n.ar} (رسم توضيحي)`,
          fr: `Les quartiers de ${n.frIn} (illustration)`,
        },
      },
    ],
  }
}
