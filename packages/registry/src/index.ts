export * from './locales.ts'
export * from './sites.ts'
export * from './origins.ts'
