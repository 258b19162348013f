/**
 * The council's PDFs (minutes, full texts of deliberations), copied from the CMS into the
 * built site: the sites are served on their own and never send readers to the CMS host.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import type { CouncilDocument } from '@bawaba/schemas'
import { getCouncilDecisions, getCouncilSessions } from '../../lib/content.ts'

export const getStaticPaths = (async () => {
  const documents = new Map<string, CouncilDocument>()
  for (const session of await getCouncilSessions())
    if (session.minutes) documents.set(session.minutes.filename, session.minutes)
  for (const decision of await getCouncilDecisions())
    if (decision.fullText) documents.set(decision.fullText.filename, decision.fullText)
  return [...documents.values()].map((document) => ({
    params: { file: document.filename },
    props: { document },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { document } = props as { document: CouncilDocument }
  const response = await fetch(document.url)
  if (!response.ok)
    throw new Error(`document '${document.filename}': ${document.url} answered ${response.status}`)
  return new Response(await response.arrayBuffer(), {
    headers: { 'content-type': document.mimeType },
  })
}
