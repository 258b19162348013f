/**
 * The PDFs the sites link to (council minutes and full texts, the documents library), copied
 * from the CMS into the built site: the sites are served on their own and never send readers
 * to the CMS host. One file per filename, whichever page links it.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import type { CouncilDocument } from '@bawaba/schemas'
import { getLibrary } from '../../lib/civic.ts'
import { getCouncilDecisions, getCouncilSessions } from '../../lib/content.ts'

type Downloadable = Pick<CouncilDocument, 'url' | 'filename' | 'mimeType'>

export const getStaticPaths = (async () => {
  const documents = new Map<string, Downloadable>()
  for (const session of await getCouncilSessions())
    if (session.minutes) documents.set(session.minutes.filename, session.minutes)
  for (const decision of await getCouncilDecisions())
    if (decision.fullText) documents.set(decision.fullText.filename, decision.fullText)
  for (const document of await getLibrary())
    if (!documents.has(document.filename)) documents.set(document.filename, document)
  return [...documents.values()].map((document) => ({
    params: { file: document.filename },
    props: { document },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { document } = props as { document: Downloadable }
  const response = await fetch(document.url)
  if (!response.ok)
    throw new Error(`document '${document.filename}': ${document.url} answered ${response.status}`)
  return new Response(await response.arrayBuffer(), {
    headers: { 'content-type': document.mimeType },
  })
}
