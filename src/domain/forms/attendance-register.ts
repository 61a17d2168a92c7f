import { MAX_REGISTER_PEOPLE } from '../attendance/register.js';
import { idList } from './form-fields.js';
import { strictForm } from './strict-form.js';

/** The most people added as having come unannounced on one register. */
export const MAX_UNANNOUNCED = 50;

/**
 * The register of who came: the people of the day ticked as having come (everyone listed and not ticked did
 * not come), and anyone else who came, found with the people picker. Both are checked against the records
 * before anything is stored.
 */
export const attendanceRegisterSubmissionSchema = strictForm({
  attended: idList(MAX_REGISTER_PEOPLE, 'people who came'),
  unannounced: idList(MAX_UNANNOUNCED, 'people who also came'),
}).transform(({ attended, unannounced }) => ({ attendedIds: attended, unannouncedIds: unannounced }));
export type AttendanceRegisterSubmission = typeof attendanceRegisterSubmissionSchema._zod.output;
