import type { Session } from 'electron';
import { createFileRequestRefusal, type FileRefusalLog } from '../security/fileScheme';

/** file:// fails in this session, whatever asks for it (src/main/security/fileScheme.ts says why). */
export function refuseFileProtocol(ses: Session, log: FileRefusalLog): void {
  ses.protocol.handle('file', createFileRequestRefusal(log));
}
