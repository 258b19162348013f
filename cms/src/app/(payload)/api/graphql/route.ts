import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withGraphqlCeilings } from '../../../../lib/costCeilings.ts'

// Size and token ceilings before parsing; the cost rule runs in validation (payload.config.ts).
export const POST = withGraphqlCeilings(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
