import type { Endpoint } from 'payload'
import { createRequest, getRequest, listRequests } from './requests.ts'
import { defineService, listServices } from './services.ts'

/** Where GeoReport v2 lives, under Payload's `/api` (documented in ./README.md). */
export const open311Base = '/open311/v2'

/** Open311 GeoReport v2, JSON only, over the complaints in `submissions`. */
export const open311Endpoints: Endpoint[] = [
  { path: `${open311Base}/services.json`, method: 'get', handler: listServices },
  { path: `${open311Base}/services/:code.json`, method: 'get', handler: defineService },
  { path: `${open311Base}/requests.json`, method: 'get', handler: listRequests },
  { path: `${open311Base}/requests.json`, method: 'post', handler: createRequest },
  { path: `${open311Base}/requests/:id.json`, method: 'get', handler: getRequest },
]
