/**
 * What every IPC call answers. Expected failures travel as values, not as
 * rejected promises: Electron flattens a thrown error into an opaque message,
 * and the renderer needs the code to decide what to show.
 */
export type IpcErrorCode =
  | 'forbidden' // the sender is not the app's own top frame
  | 'invalid-payload' // the payload failed its zod schema
  | 'not-available' // the feature is not in this build yet
  | 'too-large' // a file or document above the limit
  | 'failed'; // the operation itself failed (disk, printing)

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const ipcFail = <T = never>(code: IpcErrorCode, message: string): IpcResult<T> => ({
  ok: false,
  error: { code, message },
});
