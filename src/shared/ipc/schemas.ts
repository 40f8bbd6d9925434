import { z } from 'zod';
import { IPC_CHANNELS, type IpcChannel } from './channels';
import { isValidWorkspaceId } from '../sync/rooms';
import { MAX_REMINDERS, reminderSchema } from '../reminders/reminderList';
import { reminderSettingsSchema } from '../reminders/settings';

/**
 * zod schemas for every payload the renderer sends to main. Main parses each
 * payload before anything else (DESIGN.md section 8): a compromised renderer
 * can send anything, so shapes, sizes and names are all bounded here.
 */

export const MAX_SAVE_BYTES = 512 * 1024 * 1024;
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;
export const MAX_PRINT_HTML_CHARS = 64 * 1024 * 1024;
export const MAX_PRINT_TEMPLATE_CHARS = 16 * 1024;

const extension = z
  .string()
  .regex(/^(\*|[A-Za-z0-9][A-Za-z0-9_-]{0,15})$/, 'an extension is letters and digits, without a dot');

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(extension).min(1).max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A file name, never a path: main joins it to a folder it chooses. */
export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]/.test(name), 'a file name, not a path')
  // eslint-disable-next-line no-control-regex -- control characters are what must be refused
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'no control characters')
  .refine((name) => name !== '.' && name !== '..', 'not a directory name');

const fileData = z.union([
  z.string().max(MAX_SAVE_BYTES),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'file too large'),
]);

export const saveFileRequestSchema = z.strictObject({
  suggestedName: suggestedNameSchema,
  filters: z.array(fileFilterSchema).max(10).default([]),
  data: fileData,
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

export const pageSizeSchema = z.enum(['A4', 'Letter']);
export type PageSize = z.infer<typeof pageSizeSchema>;

export const printToPdfRequestSchema = z.strictObject({
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
  pageSize: pageSizeSchema.default('A4'),
  suggestedName: suggestedNameSchema,
  /** Shown in the default page header; defaults to the file name without extension. */
  title: z.string().max(200).optional(),
  /**
   * Chromium print templates (HTML with spans of class date, title, url,
   * pageNumber, totalPages). Replace the defaults (title and date / page N of M).
   */
  headerTemplate: z.string().max(MAX_PRINT_TEMPLATE_CHARS).optional(),
  footerTemplate: z.string().max(MAX_PRINT_TEMPLATE_CHARS).optional(),
});
export type PrintToPdfRequest = z.input<typeof printToPdfRequestSchema>;

/** Host this workspace on the LAN. The token must match the relay's rule (8+ characters). */
export const lanStartHostingRequestSchema = z.strictObject({
  workspaceId: z.string().refine(isValidWorkspaceId, 'workspace ids are 1-64 of A-Z a-z 0-9 _ -'),
  token: z.string().min(8, 'tokens are at least 8 characters').max(500),
  /** Shown to others on the network; never the token. */
  workspaceName: z.string().max(200).optional(),
});
export type LanStartHostingRequest = z.input<typeof lanStartHostingRequestSchema>;

/** The open workspace's reminder list (replaces the one main had). */
export const remindersSetListRequestSchema = z.strictObject({
  workspaceId: z.string().refine(isValidWorkspaceId, 'workspace ids are 1-64 of A-Z a-z 0-9 _ -'),
  reminders: z.array(reminderSchema).max(MAX_REMINDERS),
});
export type RemindersSetListRequest = z.input<typeof remindersSetListRequestSchema>;

/** Channels without a payload: the renderer must send nothing at all. */
export const noPayloadSchema = z.undefined();

/** The request schema of every invoke channel. Main refuses a channel without one. */
export const IPC_REQUEST_SCHEMAS = {
  [IPC_CHANNELS.saveFile]: saveFileRequestSchema,
  [IPC_CHANNELS.openFile]: openFileRequestSchema,
  [IPC_CHANNELS.printToPdf]: printToPdfRequestSchema,
  [IPC_CHANNELS.lanStartHosting]: lanStartHostingRequestSchema,
  [IPC_CHANNELS.lanStopHosting]: noPayloadSchema,
  [IPC_CHANNELS.lanStatus]: noPayloadSchema,
  [IPC_CHANNELS.lanDiscover]: noPayloadSchema,
  [IPC_CHANNELS.deepLinkReady]: noPayloadSchema,
  [IPC_CHANNELS.remindersSetList]: remindersSetListRequestSchema,
  [IPC_CHANNELS.remindersConfigure]: reminderSettingsSchema,
} as const satisfies Record<IpcChannel, z.ZodType>;

export type IpcRequestSchemas = typeof IPC_REQUEST_SCHEMAS;
/** What a handler receives after parsing (defaults applied). */
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcRequestSchemas[C]>;
