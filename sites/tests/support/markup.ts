/**
 * html-validate's configuration for the sites' pages (markup.build.test.ts): the recommended
 * rules, with the few turned off listed here, each with why.
 */
import type { ConfigData } from 'html-validate'

export const markupRules: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Each site's accent colours are data (the CMS's site record), set as custom properties on
    // <html>; no other inline style exists.
    'no-inline-style': 'off',
    // A page's <title> is its own title and the site's official name (Arabic names are long):
    // search engines cut it, nobody else minds.
    'long-title': 'off',
    // Astro's output keeps the templates' line ends and indentation as they are.
    'no-trailing-whitespace': 'off',
    // Astro writes boolean attributes and void elements its own way (`hidden`, `<meta …>`):
    // style, not correctness.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    // The tracking code, phone numbers and times are typed left to right inside right-to-left
    // text on purpose (`<bdi dir="ltr">`); the rule only wants `dir` to be inherited.
    'no-redundant-dir': 'off',
    // Prettier formats the sources; the checker's own preference for quotes does not apply.
    'attr-quotes': 'off',
  },
}
