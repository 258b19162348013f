/**
 * Fills a UI string's template: `{name}` variables and `{count, plural, one {…} other {…}}`
 * choices, chosen by the language's own plural rules (`Intl.PluralRules`: French `one` covers 0
 * and 1, Arabic has `zero`, `one`, `two`, `few`, `many` and `other`). `=N` picks an exact number
 * first. Pure and small: the browser scripts (search results, chosen files) use it too.
 */
export type TemplateVars = Record<string, string | number>

const rulesCache = new Map<string, Intl.PluralRules>()
function pluralRules(intlLocale: string): Intl.PluralRules {
  let rules = rulesCache.get(intlLocale)
  if (!rules) rulesCache.set(intlLocale, (rules = new Intl.PluralRules(intlLocale)))
  return rules
}

/** The text between the brace at `open` and its match, and the index after the match. */
function block(template: string, open: number, where: string): { body: string; end: number } {
  let depth = 0
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++
    else if (template[i] === '}' && --depth === 0)
      return { body: template.slice(open + 1, i), end: i + 1 }
  }
  throw new Error(`${where}: unbalanced braces in '${template}'`)
}

function choosePlural(
  spec: string,
  vars: TemplateVars | undefined,
  intlLocale: string,
  where: string,
) {
  const head = /^\s*(\w+)\s*,\s*plural\s*,/.exec(spec)!
  const name = head[1]!
  const value = vars?.[name]
  if (value === undefined) throw new Error(`${where}: variable '{${name}}' not given`)
  const count = Number(value)
  const options = new Map<string, string>()
  let rest = spec.slice(head[0].length)
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest)
    if (!selector) break
    const { body, end } = block(rest, selector[0].length - 1, where)
    options.set(selector[1]!, body)
    rest = rest.slice(end)
  }
  if (rest.trim() !== '' || !options.has('other'))
    throw new Error(`${where}: a plural needs an 'other' choice and nothing else after its choices`)
  return (
    options.get(`=${count}`) ??
    options.get(pluralRules(intlLocale).select(count)) ??
    options.get('other')!
  )
}

/**
 * `template` with its plurals chosen and its variables filled. `where` names the string in
 * errors; a missing variable is a bug in the calling template, never papered over.
 */
export function fillTemplate(
  template: string,
  vars: TemplateVars | undefined,
  intlLocale: string,
  where: string,
): string {
  let out = ''
  let i = 0
  while (i < template.length) {
    const open = template.indexOf('{', i)
    if (open < 0) {
      out += template.slice(i)
      break
    }
    out += template.slice(i, open)
    const { body, end } = block(template, open, where)
    if (/^\s*\w+\s*,\s*plural\s*,/.test(body)) {
      out += fillTemplate(choosePlural(body, vars, intlLocale, where), vars, intlLocale, where)
    } else if (/^\w+$/.test(body)) {
      const value = vars?.[body]
      if (value === undefined) throw new Error(`${where}: variable '{${body}}' not given`)
      out += String(value)
    } else {
      throw new Error(`${where}: '{${body}}' is neither a variable nor a plural`)
    }
    i = end
  }
  return out
}

/** The variable names a template uses (plural subjects included), each once, sorted. */
export function templateVariables(template: string): string[] {
  const names = new Set<string>()
  for (const match of template.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,|\})/g)) names.add(match[1]!)
  return [...names].sort()
}

/** A piece of a filled string: plain text, or an example typed as is (between backquotes). */
export interface TextPiece {
  text: string
  example: boolean
}

/**
 * A filled string cut at its backquotes: `06 12 34 56 78` in an Arabic sentence is an example
 * to show left to right and isolated (`<bdi dir="ltr">`), so "+212" keeps its plus sign in
 * front whatever the page's direction.
 */
export function textPieces(text: string): TextPiece[] {
  return text
    .split('`')
    .map((piece, index) => ({ text: piece, example: index % 2 === 1 }))
    .filter((piece) => piece.text !== '')
}
