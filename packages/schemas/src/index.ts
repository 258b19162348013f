export * from './localized.ts'
export * from './media.ts'
export * from './site.ts'
export * from './content.ts'
