import { parseHref } from '@bawaba/schemas'
import {
  lexicalEditor,
  LinkFeature,
  RelationshipFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import {
  APIError,
  type CollectionSlug,
  type RichTextAdapterProvider,
  type TextField,
} from 'payload'
import { languageOf, message } from '../i18n/messages.ts'

/**
 * The rich-text editor of every collection. What a text may point at is limited to public
 * content: a relationship or internal link to a user, a citizen's submission, a file or a job
 * would be populated into every read of the text (a preview, an API answer). Links are read
 * the way browsers read them (`parseHref`), in the link drawer and again on save, whatever
 * client sent the JSON.
 */

/** Collections a text may mention or link to: what the sites publish. */
export const richTextTargets = [
  'news',
  'events',
  'pages',
  'council-members',
  'council-sessions',
  'council-decisions',
  'heritage-places',
  'offices',
  'procedures',
  'partners',
  'timeline-entries',
] as const satisfies readonly CollectionSlug[]

/** Uploads a text may embed. */
export const richTextUploads = ['media', 'documents'] as const satisfies readonly CollectionSlug[]

type Node = { type?: unknown; children?: unknown; [key: string]: unknown }

/** The first rule a Lexical document breaks, as a message key; null when it breaks none. */
export function richTextProblem(value: unknown): 'unsafeLink' | 'richTextRelation' | null {
  const stack: unknown[] = [(value as { root?: unknown } | null | undefined)?.root]
  while (stack.length) {
    const node = stack.pop() as Node | undefined
    if (!node || typeof node !== 'object') continue
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = (node.fields ?? {}) as { linkType?: unknown; url?: unknown; doc?: unknown }
      if (fields.linkType === 'internal') {
        const target = (fields.doc as { relationTo?: unknown } | null)?.relationTo
        if (!(richTextTargets as readonly unknown[]).includes(target)) return 'richTextRelation'
      } else if (!parseHref(fields.url)) {
        return 'unsafeLink'
      }
    } else if (node.type === 'relationship') {
      if (!(richTextTargets as readonly unknown[]).includes(node.relationTo))
        return 'richTextRelation'
    } else if (node.type === 'upload') {
      if (!(richTextUploads as readonly unknown[]).includes(node.relationTo))
        return 'richTextRelation'
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return null
}

const safeUrl = (
  value: unknown,
  { req, siblingData }: { req: { i18n?: { language?: string } }; siblingData?: unknown },
) =>
  (siblingData as { linkType?: string } | undefined)?.linkType === 'internal' || parseHref(value)
    ? true
    : message('unsafeLink', languageOf(req))

const lexical = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((f) => !['link', 'relationship', 'upload'].includes(f.key)),
    LinkFeature({
      enabledCollections: [...richTextTargets],
      // The drawer's URL field says why a link is refused, in the admin's language.
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'url'
            ? ({ ...field, validate: safeUrl } as TextField)
            : field,
        ),
    }),
    RelationshipFeature({ enabledCollections: [...richTextTargets] }),
    UploadFeature({ enabledCollections: [...richTextUploads] }),
  ],
})

/**
 * Lexical with the rules above checked on every save (REST, GraphQL, the Local API alike): in
 * validation, and before it in a hook, because drafts skip validation and a draft is what a
 * preview shows.
 */
export const richTextEditor: RichTextAdapterProvider = async (args) => {
  const adapter = await lexical(args)
  const validate = adapter.validate
  return {
    ...adapter,
    hooks: {
      ...adapter.hooks,
      beforeValidate: [
        ({ req, value }) => {
          const problem = richTextProblem(value)
          if (problem) throw new APIError(message(problem, languageOf(req)), 400, null, true)
          return value
        },
        ...(adapter.hooks?.beforeValidate ?? []),
      ],
    },
    validate: async (value, options) => {
      const problem = richTextProblem(value)
      if (problem) return message(problem, languageOf(options.req))
      return validate(value as Parameters<typeof validate>[0], options)
    },
  }
}
