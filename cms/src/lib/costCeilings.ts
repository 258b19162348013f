import {
  GraphQLError,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'
import { languageOfHeaders, message } from '../i18n/messages.ts'
import { readText } from './body.ts'

/**
 * How much one anonymous request may make the CMS read. Payload's own GraphQL complexity does
 * not count `limit` or aliases, and REST's `limit` has no ceiling (`limit=0` means every
 * document): one request of 300 aliases of `News(limit: 1000)` kept the CMS from answering
 * anyone for minutes. These ceilings are checked before any work is done, and a request over
 * them is refused with a 400 that says which ceiling, never silently clamped (a client that
 * pages by `limit` would otherwise miss documents without knowing).
 *
 * The sites' build reads ids and paths 1,000 at a time at depth 0 and documents 50 at a time at
 * depth 1 (packages/content); the admin asks for at most 100 rows; nothing of ours needs more.
 */
export const ceilings = {
  /** REST `limit` (and a join's `limit`) when documents are populated (depth 1 or more). */
  restLimit: 100,
  /** REST `limit` at `depth=0`: ids and plain fields, no relations read. */
  restLimitFlat: 1000,
  /** Payload's `maxDepth`: populating deeper than this is clamped by Payload itself. */
  depth: 2,
  /** GraphQL: any list's `limit`. */
  graphqlLimit: 100,
  /** GraphQL: fields after multiplying each list's by its `limit`, aliases counted apart. */
  graphqlCost: 10_000,
  /** GraphQL: top-level fields (aliases included); each is a query of its own. */
  graphqlRootFields: 20,
  /** GraphQL: nesting of selections. */
  graphqlDepth: 8,
  /** GraphQL: body size and lexer tokens, bounding the work of parsing and validating. */
  graphqlBodyBytes: 32 * 1024,
  graphqlTokens: 4000,
} as const

/** Payload's default page size when `limit` is not given. */
const defaultLimit = 10

export type CeilingProblem =
  | { rule: 'limit'; max: number; got: string }
  | { rule: 'unbounded' }
  | { rule: 'cost'; max: number; got: number }
  | { rule: 'rootFields'; max: number; got: number }
  | { rule: 'depth'; max: number }
  | { rule: 'size' }

/**
 * A REST read's parameters against the ceilings (a GET's query string, or the body of a POST
 * that overrides its method to GET). Null when within them.
 */
export function restReadProblem(params: URLSearchParams): CeilingProblem | null {
  const depth = params.has('depth') ? Number(params.get('depth')) : ceilings.depth
  const max = depth === 0 ? ceilings.restLimitFlat : ceilings.restLimit
  const limits = [...params.keys()].filter(
    (key) => key === 'limit' || /^joins\[.+\]\[limit\]$/.test(key),
  )
  for (const key of limits) {
    for (const value of params.getAll(key)) {
      const cap = key === 'limit' ? max : ceilings.restLimit
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > cap)
        return { rule: 'limit', max: cap, got: value.slice(0, 20) }
    }
  }
  // `pagination=false` without a limit reads everything.
  if (params.get('pagination') === 'false' && !params.has('limit')) return { rule: 'unbounded' }
  return null
}

/** The integer an argument holds (a literal or a variable), or null when it holds none. */
function intArgument(node: ValueNode, variables: Record<string, unknown>): number | null | 'bad' {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value]
    if (value === undefined || value === null) return null
    return typeof value === 'number' && Number.isInteger(value) ? value : 'bad'
  }
  if (node.kind === Kind.NULL) return null
  return 'bad'
}

/**
 * The GraphQL cost rule: each field costs one, a list field's selection costs `limit` times
 * over (Payload's default of 10 when absent; `limit: 0` — everything — is refused), fragments
 * count where they are spread, aliases count apart. Depth and top-level fields have their own
 * ceilings. One error, naming the ceiling, before anything runs.
 */
export function graphqlCostRule(
  variables: Record<string, unknown> = {},
  language?: string,
): ValidationRule {
  return (context: ValidationContext) => {
    const fail = (problem: CeilingProblem) => {
      context.reportError(new GraphQLError(describeProblem(problem, language)))
      return null
    }
    /** Cost of a selection set, or null once an error was reported. */
    const costOf = (set: SelectionSetNode, depth: number, spread: Set<string>): number | null => {
      if (depth > ceilings.graphqlDepth) return fail({ rule: 'depth', max: ceilings.graphqlDepth })
      let total = 0
      for (const selection of set.selections) {
        let cost: number | null = 0
        if (selection.kind === Kind.FIELD) cost = fieldCost(selection, depth, spread)
        else if (selection.kind === Kind.INLINE_FRAGMENT)
          cost = costOf(selection.selectionSet, depth, spread)
        else {
          const name = selection.name.value
          // A cycle is refused by GraphQL's own rules; here it only must not loop.
          if (spread.has(name)) continue
          const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name)
          if (fragment) cost = costOf(fragment.selectionSet, depth, new Set([...spread, name]))
        }
        if (cost === null) return null
        total += cost
        if (total > ceilings.graphqlCost)
          return fail({ rule: 'cost', max: ceilings.graphqlCost, got: total })
      }
      return total
    }
    const fieldCost = (field: FieldNode, depth: number, spread: Set<string>): number | null => {
      if (!field.selectionSet) return 1
      let times = 1
      const limit = field.arguments?.find((arg) => arg.name.value === 'limit')
      if (limit) {
        const value = intArgument(limit.value, variables)
        if (value === 'bad' || (value !== null && (value < 1 || value > ceilings.graphqlLimit)))
          return fail({
            rule: 'limit',
            max: ceilings.graphqlLimit,
            got: limit.value.kind === Kind.INT ? limit.value.value : String(value),
          })
        times = value ?? defaultLimit
      } else if (field.arguments?.some((arg) => arg.name.value === 'pagination')) {
        times = defaultLimit
      }
      const inner = costOf(field.selectionSet, depth + 1, spread)
      return inner === null ? null : 1 + times * inner
    }
    return {
      OperationDefinition(operation) {
        const roots = countRootFields(operation.selectionSet, context)
        if (roots > ceilings.graphqlRootFields) {
          fail({ rule: 'rootFields', max: ceilings.graphqlRootFields, got: roots })
          return false
        }
        costOf(operation.selectionSet, 1, new Set())
        return false
      },
    }
  }
}

function countRootFields(
  set: SelectionSetNode,
  context: ValidationContext,
  seen = new Set<string>(),
): number {
  let count = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += countRootFields(selection.selectionSet, context, seen)
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = context.getFragment(selection.name.value)
      if (fragment) count += countRootFields(fragment.selectionSet, context, seen)
    }
  }
  return count
}

/** The refusal in the caller's language. */
export function describeProblem(problem: CeilingProblem, language?: string): string {
  switch (problem.rule) {
    case 'limit':
      return message('ceilingLimit', language, { max: problem.max, got: problem.got })
    case 'unbounded':
      return message('ceilingUnbounded', language, { max: ceilings.restLimit })
    case 'cost':
      return message('ceilingCost', language, { max: problem.max })
    case 'rootFields':
      return message('ceilingRootFields', language, { max: problem.max, got: problem.got })
    case 'depth':
      return message('ceilingDepth', language, { max: problem.max })
    case 'size':
      return message('ceilingSize', language, {
        max: ceilings.graphqlBodyBytes,
        got: ceilings.graphqlTokens,
      })
  }
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const refuse = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/**
 * The REST routes with the read ceilings in front: a read asking for too much is refused
 * before Payload does any work (query string, or the form body of a POST that overrides its
 * method to GET, as Payload allows).
 */
export function withRestCeilings<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const url = new URL(request.url)
    let params = url.searchParams
    const override =
      request.headers.get('x-payload-http-method-override') ??
      request.headers.get('x-http-method-override')
    if (request.method === 'POST' && override?.toUpperCase() === 'GET') {
      if (request.headers.get('content-type') === 'application/x-www-form-urlencoded') {
        const body = await request.clone().text()
        params = new URLSearchParams(`${url.search.slice(1)}&${body}`)
      }
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      return handler(request, context)
    }
    const problem = restReadProblem(params)
    if (problem)
      return refuse(400, {
        errors: [{ message: describeProblem(problem, languageOfHeaders(request.headers)) }],
      })
    return handler(request, context)
  }
}

/**
 * The GraphQL route with a bound on what it reads and parses: a body over the size ceiling, or
 * a query over the token ceiling, is refused before Payload parses and validates it (GraphQL's
 * own validation of many aliases of one field grows with their square).
 */
export function withGraphqlCeilings<Context>(
  handler: RouteHandler<Context>,
): RouteHandler<Context> {
  return async (request, context) => {
    const language = languageOfHeaders(request.headers)
    const tooLarge = () =>
      refuse(400, { errors: [{ message: describeProblem({ rule: 'size' }, language) }] })
    const text = await readText(request, ceilings.graphqlBodyBytes)
    if (text === null) return tooLarge()
    let query: unknown
    try {
      query = text ? (JSON.parse(text) as { query?: unknown } | null)?.query : undefined
    } catch {
      query = undefined
    }
    if (typeof query === 'string') {
      try {
        parse(query, { maxTokens: ceilings.graphqlTokens })
      } catch (error) {
        if (/token/i.test(String((error as Error).message))) return tooLarge()
      }
    }
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    const again = new Request(request.url, { method: 'POST', headers, body: text ?? undefined })
    return handler(again, context)
  }
}
