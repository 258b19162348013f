import { defineCollection } from 'astro:content'
import { cmsLoader, createCmsClient, settingsLoader, sitesLoader } from '@bawaba/content'
import { cmsUrl, codeVersion, site } from 'virtual:bawaba/site'

// One client per build: it memoises the site directory all loaders share.
const client = createCmsClient({ baseUrl: cmsUrl })
const options = { site, client, codeVersion }

export const collections = {
  sites: defineCollection({ loader: sitesLoader(options) }),
  settings: defineCollection({ loader: settingsLoader(options) }),
  news: defineCollection({ loader: cmsLoader({ ...options, collection: 'news' }) }),
  events: defineCollection({ loader: cmsLoader({ ...options, collection: 'events' }) }),
  pages: defineCollection({ loader: cmsLoader({ ...options, collection: 'pages' }) }),
  councilMembers: defineCollection({
    loader: cmsLoader({ ...options, collection: 'council-members' }),
  }),
  councilSessions: defineCollection({
    loader: cmsLoader({ ...options, collection: 'council-sessions' }),
  }),
  councilDecisions: defineCollection({
    loader: cmsLoader({ ...options, collection: 'council-decisions' }),
  }),
  heritagePlaces: defineCollection({
    loader: cmsLoader({ ...options, collection: 'heritage-places' }),
  }),
  timeline: defineCollection({ loader: cmsLoader({ ...options, collection: 'timeline-entries' }) }),
  library: defineCollection({ loader: cmsLoader({ ...options, collection: 'documents' }) }),
  offices: defineCollection({ loader: cmsLoader({ ...options, collection: 'offices' }) }),
  procedures: defineCollection({ loader: cmsLoader({ ...options, collection: 'procedures' }) }),
  partners: defineCollection({ loader: cmsLoader({ ...options, collection: 'partners' }) }),
  alerts: defineCollection({ loader: cmsLoader({ ...options, collection: 'alerts' }) }),
}
