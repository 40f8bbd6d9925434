import { z } from 'zod';

/** What is remembered of the window between runs (userData/window-state.json). */
export const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
  }),
  maximized: z.boolean(),
  fullScreen: z.boolean().default(false),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** Parses the file's text; anything unreadable or invalid means "no saved state". */
export function parseWindowState(text: string): WindowState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(windowStateSchema.parse(state), null, 2)}\n`;
}
