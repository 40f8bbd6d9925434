import { INVOKE_CHANNELS, type IpcChannel } from '../../shared/ipc/channels';
import type { IpcResponses } from '../../shared/ipc/bridge';
import { ipcFail } from '../../shared/ipc/result';
import { IPC_REQUEST_SCHEMAS, type IpcParsedRequest } from '../../shared/ipc/schemas';
import { isTrustedSender, type IpcEventLike } from '../security/sender';
import type { DesktopServices } from './services';

export type IpcHandler = (event: IpcEventLike, payload: unknown) => Promise<unknown>;

export interface IpcRouterLog {
  warn(message: string, details: Record<string, unknown>): void;
}

/**
 * One handler per allow-listed channel: refuse untrusted senders, parse the
 * payload with the channel's zod schema, then call the service. A service that
 * throws answers `failed`, never an exception across IPC.
 */
export function createIpcRouter(options: {
  services: DesktopServices;
  trustedOrigin: string;
  log?: IpcRouterLog;
}): Map<IpcChannel, IpcHandler> {
  const handlers = new Map<IpcChannel, IpcHandler>();
  for (const channel of INVOKE_CHANNELS) {
    handlers.set(channel, (event, payload) => handle(channel, event, payload, options));
  }
  return handlers;
}

async function handle<C extends IpcChannel>(
  channel: C,
  event: IpcEventLike,
  payload: unknown,
  options: { services: DesktopServices; trustedOrigin: string; log?: IpcRouterLog },
): Promise<IpcResponses[C] | ReturnType<typeof ipcFail>> {
  if (!isTrustedSender(event, options.trustedOrigin)) {
    options.log?.warn('ipc: refused sender', { channel, url: event.senderFrame?.url ?? null });
    return ipcFail('forbidden', 'This window may not call the desktop API.');
  }
  const parsed = IPC_REQUEST_SCHEMAS[channel].safeParse(payload);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
    options.log?.warn('ipc: invalid payload', { channel, message });
    return ipcFail('invalid-payload', message);
  }
  const service = options.services[channel] as (request: IpcParsedRequest<C>) => Promise<IpcResponses[C]>;
  try {
    return await service(parsed.data as IpcParsedRequest<C>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.log?.warn('ipc: service failed', { channel, message });
    return ipcFail('failed', message);
  }
}
