import { common } from './areas/common.ts'
import { forms } from './areas/forms.ts'
import { formsErrors } from './areas/forms-errors.ts'
import { formsNotices } from './areas/forms-notices.ts'
import { heritage } from './areas/heritage.ts'
import { library } from './areas/library.ts'
import { offices } from './areas/offices.ts'
import { preview } from './areas/preview.ts'
import { search } from './areas/search.ts'
import { services } from './areas/services.ts'

/**
 * French UI strings: the reference table. Its keys define `MessageKey`; every other table is
 * checked against it, so a key missing here is a type error everywhere.
 */
export const fr = {
  'site.skipToContent': 'Aller au contenu principal',
  'site.menu': 'Menu',
  'site.mainNav': 'Navigation principale',
  'site.languages': 'Langues',
  'site.currentLanguage': 'Langue actuelle',
  'site.breadcrumbs': 'Fil d’Ariane',
  'site.home': 'Accueil',
  'site.officialSite': 'Site officiel',
  'site.backToPortal': 'Portail de la Commune de Casablanca',
  'site.footerNav': 'Liens utiles',
  'site.contact': 'Nous contacter',
  'site.address': 'Adresse',
  'site.phone': 'Téléphone',
  'site.email': 'Courriel',
  'site.hours': 'Horaires d’accueil',
  'site.followUs': 'Suivez-nous',
  'site.rss': 'Flux RSS des actualités',
  'site.rssTitle': 'Actualités — {name}',
  'site.copyright': '© {year} {name}',
  'site.description':
    'Site officiel : {name}. Actualités, activités, services en ligne et démarches administratives.',
  'site.pageDescription': '{page} — {name}, site officiel.',
  'site.newTab': '(s’ouvre dans un nouvel onglet)',
  'site.externalLink': '(lien externe)',

  'social.facebook': 'Facebook',
  'social.instagram': 'Instagram',
  'social.x': 'X',
  'social.youtube': 'YouTube',
  'social.linkedin': 'LinkedIn',
  'social.tiktok': 'TikTok',

  'nav.news': 'Actualités',
  'nav.events': 'Agenda',
  'nav.arrondissements': 'Arrondissements',

  'home.welcome': 'Bienvenue sur le site officiel de {name}',
  'home.introCentral':
    'Retrouvez l’actualité de la Commune, l’agenda des activités et les services offerts aux habitants de Casablanca et de ses 16 arrondissements.',
  'home.introDistrict':
    'Retrouvez l’actualité de l’arrondissement, l’agenda des activités de proximité et les services offerts aux habitants.',
  'home.latestNews': 'Dernières actualités',
  'home.upcomingEvents': 'Prochains rendez-vous',
  'home.quickLinks': 'Plateformes nationales en ligne',
  'home.allNews': 'Toutes les actualités',
  'home.allEvents': 'Tout l’agenda',
  'home.noUpcoming': 'Aucun rendez-vous n’est programmé pour le moment.',

  'news.title': 'Actualités',
  'news.publishedOn': 'Publié le {date}',
  'news.updatedOn': 'Mis à jour le {date}',
  'news.empty': 'Aucune actualité n’a encore été publiée.',
  'news.fromPortal': 'Portail de la Commune',
  'news.fromPortalLong': 'Actualité publiée par le portail de la Commune de Casablanca',
  'news.category': 'Rubrique',
  'news.category.announcement': 'Annonce',
  'news.category.council': 'Conseil',
  'news.category.urbanism': 'Urbanisme',
  'news.category.culture': 'Culture',
  'news.category.sport': 'Sport',
  'news.category.social': 'Action sociale',
  'news.category.environment': 'Environnement',
  'news.category.mobility': 'Mobilité',

  'events.title': 'Agenda',
  'events.upcoming': 'À venir',
  'events.past': 'Rendez-vous passés',
  'events.empty': 'Aucun rendez-vous n’a encore été publié.',
  'events.when': 'Date',
  'events.where': 'Lieu',
  'events.fromPortal': 'Rendez-vous publié par le portail de la Commune de Casablanca',
  'events.category': 'Thème',
  'events.category.culture': 'Culture',
  'events.category.sport': 'Sport',
  'events.category.citizenship': 'Citoyenneté',
  'events.category.youth': 'Jeunesse',
  'events.category.health': 'Santé',
  'events.category.environment': 'Environnement',
  'events.category.heritage': 'Patrimoine',

  'pagination.label': 'Pagination',
  'pagination.newer': 'Actualités plus récentes',
  'pagination.older': 'Actualités plus anciennes',
  'pagination.goTo': 'Page {page}',

  'page.inThisSection': 'Dans cette rubrique',
  'page.updatedOn': 'Dernière mise à jour : {date}',

  'fallback.notice':
    'Ce contenu n’est pas encore disponible en {pageLanguage}. Il est affiché en {language}.',
  'fallback.partial':
    'Certaines parties de ce contenu ne sont pas encore traduites en {pageLanguage} et sont affichées en {language}.',

  'fallback.tag': 'En {language}',
  'language.ar': 'arabe',
  'language.fr': 'français',
  'language.zgh': 'amazighe',
  'language.en': 'anglais',

  'arrondissements.title': 'Les 16 arrondissements',
  'arrondissements.intro':
    'La Commune de Casablanca compte 16 arrondissements, regroupés en 8 préfectures d’arrondissements. Chacun dispose de son propre site.',
  'arrondissements.visit': 'Site de l’{name}',
  'arrondissements.count':
    '{count, plural, one {{count} arrondissement} other {{count} arrondissements}}',

  'block.contact': 'Coordonnées',
  'media.credit': 'Crédit photo : {credit}',

  'notFound.title': 'Page introuvable',
  'notFound.text':
    'La page demandée n’existe pas ou a été déplacée. Vérifiez l’adresse ou revenez à l’accueil.',
  'notFound.home': 'Revenir à l’accueil',

  'redirect.title': 'Redirection',
  'redirect.text': 'Accéder au site',

  'nav.council': 'Le conseil',
  'home.upcomingSessions': 'Prochaines sessions du conseil',
  'council.title': 'Le conseil',
  'council.intro':
    'Élu pour six ans, le conseil délibère en séance publique : en sessions ordinaires en février, mai et octobre, et en sessions extraordinaires si nécessaire.',
  'council.bureau': 'Le bureau du conseil',
  'council.president': 'Président du conseil',
  'council.members': 'Membres du conseil',
  'council.sessions': 'Sessions du conseil',
  'council.decisions': 'Registre des délibérations',
  'council.latestDecisions': 'Dernières délibérations',
  'council.seeMembers': 'Tous les membres du conseil',
  'council.seeSessions': 'Toutes les sessions',
  'council.seeDecisions': 'Consulter le registre des délibérations',
  'council.group.president': 'Présidence',
  'council.group.vice-president': 'Vice-présidents',
  'council.group.secretary': 'Secrétariat du conseil',
  'council.group.rapporteur': 'Rapporteur du budget',
  'council.group.member': 'Conseillers',
  'council.role.president': 'Président',
  'council.role.vice-president': 'Vice-président',
  'council.role.secretary': 'Secrétaire du conseil',
  'council.role.rapporteur': 'Rapporteur du budget',
  'council.role.member': 'Conseiller',
  'council.rank': 'Vice-président n° {rank}',
  'council.commissions': 'Commissions',
  'council.termRange': 'Mandat : {start} – {end}',
  'council.term': 'Mandat',
  'council.noMembers': 'La composition du conseil n’a pas encore été publiée.',
  'council.upcoming': 'Sessions à venir',
  'council.noUpcoming': 'Aucune session n’est annoncée pour le moment.',
  'council.archive': 'Sessions tenues',
  'council.archiveYear': 'Sessions de {year}',
  'council.kind.ordinary': 'Session ordinaire',
  'council.kind.extraordinary': 'Session extraordinaire',
  'council.status.announced': 'Annoncée',
  'council.status.held': 'Tenue',
  'council.date': 'Date',
  'council.place': 'Lieu',
  'council.status': 'Statut',
  'council.agenda': 'Ordre du jour',
  'council.video': 'Vidéo de la session',
  'council.minutes': 'Procès-verbal',
  'council.download': 'Télécharger : {title}',
  'council.fileInfo': '({type}, {size})',
  'council.kilobytes': '{size} Ko',
  'council.decisionsIntro':
    'Les délibérations du conseil, avec le résultat du vote, par année et par thème.',
  'council.years': 'Par année',
  'council.byTopic': 'Par thème',
  'council.decisionsOfYear': 'Délibérations de {year}',
  'council.noDecisions': 'Aucune délibération n’a encore été publiée.',
  'council.number': 'Délibération n° {number}',
  'council.topic.budget': 'Budget et finances',
  'council.topic.urbanism': 'Urbanisme',
  'council.topic.social': 'Action sociale',
  'council.topic.culture': 'Culture et sport',
  'council.topic.environment': 'Environnement',
  'council.topic.mobility': 'Mobilité',
  'council.topic.administration': 'Administration',
  'council.topic.partnerships': 'Partenariats',
  'council.vote': 'Vote',
  'council.vote.for': 'Pour',
  'council.vote.against': 'Contre',
  'council.vote.abstentions': 'Abstentions',
  'council.result.adopted': 'Adoptée',
  'council.result.rejected': 'Rejetée',
  'council.fullText': 'Texte intégral',
  'council.session': 'Session',
  'council.count': '{count, plural, one {{count} délibération} other {{count} délibérations}}',
  ...common.fr,
  ...forms.fr,
  ...formsErrors.fr,
  ...formsNotices.fr,
  ...heritage.fr,
  ...library.fr,
  ...offices.fr,
  ...preview.fr,
  ...search.fr,
  ...services.fr,
}

export type MessageKey = keyof typeof fr
