import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { withRestCeilings } from '../../../../lib/costCeilings.ts'
import { withRestGuards } from '../../../../lib/restGuards.ts'

// Reads that ask for too much, and requests Payload would answer with a 500, are answered
// before Payload does any work (src/lib/costCeilings.ts, src/lib/restGuards.ts).
export const GET = withRestCeilings(withRestGuards(config, REST_GET(config)))
export const POST = withRestCeilings(withRestGuards(config, REST_POST(config)))
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
