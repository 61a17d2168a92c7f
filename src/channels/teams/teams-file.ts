import type { Activity } from 'botbuilder';
import { z } from 'zod/v4';

/** The attachment Teams sends when someone attaches a file in a personal chat with a bot that supports files. */
const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const fileAttachmentSchema = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().min(1).max(1000),
  content: z.object({
    /** Pre-authorised and short-lived: it is fetched without the bot's token. */
    downloadUrl: z.string().min(1).max(4000),
    fileType: z.string().max(50).optional(),
  }),
});

export interface TeamsFile {
  readonly name: string;
  readonly downloadUrl: string;
}

/**
 * The file attached to a message, as Teams describes it (name, and where to download it), from the
 * authenticated activity; undefined when there is none. Only the first file is read: one people file at a time.
 */
export function teamsFileOf(activity: Partial<Activity>): TeamsFile | undefined {
  for (const attachment of activity.attachments ?? []) {
    const file = fileAttachmentSchema.safeParse(attachment);
    if (file.success) return { name: file.data.name, downloadUrl: file.data.content.downloadUrl };
  }
  return undefined;
}
