import * as migration_20261123_113755_initial from './20261123_113755_initial';
import * as migration_20261123_141200_civic_content from './20261123_141200_civic_content';
import * as migration_20261123_151327_submissions from './20261123_151327_submissions';
import * as migration_20261123_174359_submission_files_and_workflow from './20261123_174359_submission_files_and_workflow';
import * as migration_20261123_202018_builds_and_jobs from './20261123_202018_builds_and_jobs';
import * as migration_20261206_223835_uploads_drafts_no_lockout from './20261206_223835_uploads_drafts_no_lockout';
import * as migration_20261207_005626_editorial_reviews from './20261207_005626_editorial_reviews';
import * as migration_20261207_010109_object_storage from './20261207_010109_object_storage';
import * as migration_20261207_012708_search_keywords_and_landmark from './20261207_012708_search_keywords_and_landmark';
import * as migration_20261207_012759_submission_receipts from './20261207_012759_submission_receipts';
import * as migration_20261207_024427_locales_parent_index from './20261207_024427_locales_parent_index';

export const migrations = [
  {
    up: migration_20261123_113755_initial.up,
    down: migration_20261123_113755_initial.down,
    name: '20261123_113755_initial',
  },
  {
    up: migration_20261123_141200_civic_content.up,
    down: migration_20261123_141200_civic_content.down,
    name: '20261123_141200_civic_content',
  },
  {
    up: migration_20261123_151327_submissions.up,
    down: migration_20261123_151327_submissions.down,
    name: '20261123_151327_submissions',
  },
  {
    up: migration_20261123_174359_submission_files_and_workflow.up,
    down: migration_20261123_174359_submission_files_and_workflow.down,
    name: '20261123_174359_submission_files_and_workflow',
  },
  {
    up: migration_20261123_202018_builds_and_jobs.up,
    down: migration_20261123_202018_builds_and_jobs.down,
    name: '20261123_202018_builds_and_jobs',
  },
  {
    up: migration_20261206_223835_uploads_drafts_no_lockout.up,
    down: migration_20261206_223835_uploads_drafts_no_lockout.down,
    name: '20261206_223835_uploads_drafts_no_lockout',
  },
  {
    up: migration_20261207_005626_editorial_reviews.up,
    down: migration_20261207_005626_editorial_reviews.down,
    name: '20261207_005626_editorial_reviews',
  },
  {
    up: migration_20261207_010109_object_storage.up,
    down: migration_20261207_010109_object_storage.down,
    name: '20261207_010109_object_storage',
  },
  {
    up: migration_20261207_012708_search_keywords_and_landmark.up,
    down: migration_20261207_012708_search_keywords_and_landmark.down,
    name: '20261207_012708_search_keywords_and_landmark',
  },
  {
    up: migration_20261207_012759_submission_receipts.up,
    down: migration_20261207_012759_submission_receipts.down,
    name: '20261207_012759_submission_receipts',
  },
  {
    up: migration_20261207_024427_locales_parent_index.up,
    down: migration_20261207_024427_locales_parent_index.down,
    name: '20261207_024427_locales_parent_index',
  },
];
