import type { MessageKey } from './fr.ts'

/** English UI strings. */
export const en: Record<MessageKey, string> = {
  'site.skipToContent': 'Skip to main content',
  'site.mainNav': 'Main navigation',
  'site.languages': 'Languages',
  'site.currentLanguage': 'Current language',
  'site.breadcrumbs': 'Breadcrumbs',
  'site.home': 'Home',
  'site.officialSite': 'Official website',
  'site.backToPortal': 'Casablanca city portal',
  'site.footerNav': 'Useful links',
  'site.contact': 'Contact us',
  'site.address': 'Address',
  'site.phone': 'Phone',
  'site.email': 'Email',
  'site.hours': 'Opening hours',
  'site.followUs': 'Follow us',
  'site.rss': 'News feed (RSS)',
  'site.rssTitle': 'News — {name}',
  'site.copyright': '© {year} {name}',
  'site.newTab': '(opens in a new tab)',
  'site.externalLink': '(external link)',

  'social.facebook': 'Facebook',
  'social.instagram': 'Instagram',
  'social.x': 'X',
  'social.youtube': 'YouTube',
  'social.linkedin': 'LinkedIn',
  'social.tiktok': 'TikTok',

  'nav.news': 'News',
  'nav.events': 'Events',
  'nav.arrondissements': 'Districts',

  'home.welcome': 'Welcome to the official website of {name}',
  'home.introCentral':
    'News from the City, upcoming activities and the services offered to the residents of Casablanca and its 16 districts.',
  'home.introDistrict':
    'News from the district, upcoming local activities and the services offered to residents.',
  'home.latestNews': 'Latest news',
  'home.upcomingEvents': 'Upcoming events',
  'home.quickLinks': 'Services and procedures',
  'home.allNews': 'All news',
  'home.allEvents': 'All events',
  'home.noUpcoming': 'No events are scheduled at the moment.',

  'news.title': 'News',
  'news.publishedOn': 'Published on {date}',
  'news.updatedOn': 'Updated on {date}',
  'news.empty': 'No news has been published yet.',
  'news.fromPortal': 'City portal',
  'news.fromPortalLong': 'News published by the Casablanca city portal',
  'news.category': 'Category',
  'news.category.announcement': 'Announcement',
  'news.category.council': 'Council',
  'news.category.urbanism': 'Urban planning',
  'news.category.culture': 'Culture',
  'news.category.sport': 'Sport',
  'news.category.social': 'Social action',
  'news.category.environment': 'Environment',
  'news.category.mobility': 'Mobility',

  'events.title': 'Events',
  'events.upcoming': 'Upcoming',
  'events.past': 'Past events',
  'events.empty': 'No events have been published yet.',
  'events.when': 'Date',
  'events.where': 'Venue',
  'events.fromPortal': 'Event published by the Casablanca city portal',
  'events.category': 'Theme',
  'events.category.culture': 'Culture',
  'events.category.sport': 'Sport',
  'events.category.citizenship': 'Citizenship',
  'events.category.youth': 'Youth',
  'events.category.health': 'Health',
  'events.category.environment': 'Environment',
  'events.category.heritage': 'Heritage',

  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.page': 'Page {page} of {total}',
  'pagination.goTo': 'Page {page}',

  'page.inThisSection': 'In this section',
  'page.updatedOn': 'Last updated: {date}',

  'fallback.notice':
    'This content is not yet available in {pageLanguage}. It is shown in {language}.',
  'fallback.partial':
    'Parts of this content are not yet translated into {pageLanguage} and are shown in {language}.',

  'fallback.tag': 'In {language}',
  'language.ar': 'Arabic',
  'language.fr': 'French',
  'language.zgh': 'Amazigh',
  'language.en': 'English',

  'arrondissements.title': 'The 16 districts',
  'arrondissements.intro':
    'The City of Casablanca has 16 districts (arrondissements), grouped into 8 prefectures. Each has its own website.',
  'arrondissements.visit': 'Website of {name}',
  'arrondissements.count': '{count} districts',

  'block.contact': 'Contact details',
  'media.credit': 'Photo: {credit}',

  'notFound.title': 'Page not found',
  'notFound.text':
    'The page you asked for does not exist or has moved. Check the address or go back to the home page.',
  'notFound.home': 'Back to the home page',

  'redirect.title': 'Redirecting',
  'redirect.text': 'Go to the website',
}
