import { AccordionBlock } from './Accordion.ts'
import { CallToActionBlock } from './CallToAction.ts'
import { ContactCardBlock } from './ContactCard.ts'
import { GalleryBlock } from './Gallery.ts'
import { ImageWithCaptionBlock } from './ImageWithCaption.ts'
import { LinkListBlock } from './LinkList.ts'
import { RichTextBlock } from './RichText.ts'

/** The layout blocks a content page is built from. */
export const pageBlocks = [
  RichTextBlock,
  ImageWithCaptionBlock,
  GalleryBlock,
  CallToActionBlock,
  LinkListBlock,
  AccordionBlock,
  ContactCardBlock,
]
