declare module 'virtual:bawaba/site' {
  /** Slug of the site this build renders. */
  export const site: string
  /** Base URL of the CMS the content is read from. */
  export const cmsUrl: string
  /** Digest of the content-shaping code (see astro.config.ts). */
  export const codeVersion: string
}

// The ALTCHA widget's French strings ship without their own declaration file.
declare module 'altcha/i18n/fr-fr'

declare namespace App {
  interface Locals {
    /** Set by the preview page: components render a draft for one member of staff. */
    preview?: boolean
    /** The folder of the live sites (`<dist>/sites`), set by the sites server (serve-sites.ts). */
    sitesRoot?: string
  }
}
