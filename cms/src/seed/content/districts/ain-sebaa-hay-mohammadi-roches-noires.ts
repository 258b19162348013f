import type { DistrictFactsOf } from '../facts.ts'
import { cap } from '../helpers.ts'

export const ainSebaa: DistrictFactsOf = (n) => ({
  location: { lat: 33.6035, lng: -7.5405 },
  phone: '+212 5 22 35 57 20',
  spots: [
    { ar: 'المنطقة الصناعية', fr: 'la zone industrielle' },
    { ar: 'محيط حديقة الحيوانات', fr: 'les abords du jardin zoologique' },
    { ar: 'الشريط الساحلي', fr: 'le littoral' },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الشمالية الشرقية من الدار البيضاء على ساحل المحيط الأطلسي، وتحتضن إحدى أقدم المناطق الصناعية في المدينة إلى جانب أحياء سكنية وحديقة الحيوانات ${n.shortAr}.`,
    fr: `${cap(n.frIn)} s'étend au nord-est de Casablanca, sur le littoral atlantique. Il accueille l'une des plus anciennes zones industrielles de la ville, des quartiers résidentiels et le jardin zoologique ${n.shortFr}.`,
    en: `${cap(n.en)} lies in the north-east of Casablanca, on the Atlantic coast. It is home to one of the city's oldest industrial zones, residential neighbourhoods and the ${n.shortFr} zoo.`,
  },
  history: {
    ar: 'ارتبط تاريخ المنطقة بالنشاط الصناعي الذي تطور فيها خلال القرن العشرين، مما جعلها من الأقطاب الاقتصادية الرئيسية للمدينة.',
    fr: "L'histoire du secteur est liée à l'activité industrielle qui s'y est développée au XXe siècle et qui en a fait l'un des grands pôles économiques de la ville.",
    en: 'The history of the area is bound up with the industry that developed there in the twentieth century, making it one of the main economic hubs of the city.',
  },
  motifs: ['waves', 'garden', 'skyline'],
  outdoor: {
    venue: { ar: `حديقة الحيوانات ${n.shortAr}`, fr: `Jardin zoologique ${n.shortFr}` },
    address: { ar: `${n.ar}، الدار البيضاء`, fr: `${n.fr}, Casablanca` },
  },
})

export const hayMohammadi: DistrictFactsOf = (n) => ({
  location: { lat: 33.5905, lng: -7.5605 },
  phone: '+212 5 22 62 19 40',
  spots: [
    { ar: 'كاريان سنطرال', fr: 'les Carrières Centrales' },
    { ar: 'الأحياء السكنية العريقة', fr: 'les quartiers historiques' },
    { ar: 'الشوارع التجارية', fr: 'les artères commerçantes' },
  ],
  geography: {
    ar: `تقع ${n.ar} في الجهة الشرقية من الدار البيضاء، وتعد من أعرق الأحياء الشعبية في المدينة، بنسيجها السكني الكثيف وحياتها الجمعوية والثقافية النشيطة.`,
    fr: `${cap(n.frIn)} se situe dans l'est de Casablanca. C'est l'un des quartiers populaires les plus anciens de la ville, au tissu résidentiel dense et à la vie associative et culturelle très active.`,
    en: `${cap(n.en)} lies in the east of Casablanca. It is one of the city's oldest working-class districts, with a dense residential fabric and a very active community and cultural life.`,
  },
  history: {
    ar: 'يضم الحي موقع كاريان سنطرال، حيث أنجزت في خمسينيات القرن العشرين تجارب سكنية رائدة وفق الشبكة التي وضعها المهندس ميشيل إيكوشار، كما ارتبط اسمه بميلاد مجموعات غنائية شهيرة مثل ناس الغيوان.',
    fr: "Le quartier abrite le site des Carrières Centrales, où furent menées dans les années 1950 des expériences pionnières d'habitat sur la trame conçue par l'urbaniste Michel Écochard. Son nom est aussi associé à la naissance de groupes musicaux célèbres comme Nass El Ghiwane.",
    en: 'The district includes the Carrières Centrales, where pioneering housing experiments were carried out in the 1950s on the grid designed by the planner Michel Écochard. Its name is also linked to the birth of famous bands such as Nass El Ghiwane.',
  },
  motifs: ['crowd', 'arches', 'zellige'],
})

export const rochesNoires: DistrictFactsOf = (n) => ({
  location: { lat: 33.6005, lng: -7.5805 },
  phone: '+212 5 22 24 63 50',
  spots: [
    { ar: 'الواجهة البحرية', fr: 'le front de mer' },
    { ar: 'محيط الميناء', fr: 'les abords du port' },
    { ar: 'الأحياء السكنية للمقاطعة', fr: "les quartiers résidentiels de l'arrondissement" },
  ],
  geography: {
    ar: `تقع ${n.ar} شرق ميناء الدار البيضاء على الواجهة الأطلسية، وتجمع بين أحياء سكنية وأنشطة مرتبطة بالميناء والخدمات.`,
    fr: `${cap(n.frIn)} se situe à l'est du port de Casablanca, sur la façade atlantique. Il associe quartiers résidentiels et activités liées au port et aux services.`,
    en: `${cap(n.en)} lies east of the port of Casablanca, on the Atlantic front, combining residential neighbourhoods with port-related activities and services.`,
  },
  history: {
    ar: 'نشأت المنطقة مع تطور ميناء الدار البيضاء والنشاط الصناعي في بداية القرن العشرين، ولا تزال تحتفظ بجزء من هذا الإرث العمراني.',
    fr: "Le secteur s'est formé avec l'essor du port de Casablanca et de l'activité industrielle au début du XXe siècle, dont il garde une part de l'héritage urbain.",
    en: 'The area took shape with the growth of the port of Casablanca and of industry in the early twentieth century, and still keeps part of that urban heritage.',
  },
  motifs: ['waves', 'arches', 'document'],
})
