import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { deleteInteraction, putInteraction } from '../../shared/model/customerDoc';
import type { Interaction } from '../../shared/model/schemas';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useToast } from '../ui/Toast';
import { useShortcut } from '../ui/useShortcut';
import { InteractionDialog } from './InteractionDialog';

export interface InteractionLog {
  /** Opens the form for a new interaction (also key L). */
  logNew(): void;
  edit(interaction: Interaction): void;
  /** Deletes, with Undo in a toast. */
  remove(interaction: Interaction): void;
  /** The open form, or null: render it anywhere on the page. */
  dialog: ReactNode;
}

/**
 * Logging, editing and deleting a customer's interactions, for a page whose doc
 * may still be loading (nothing opens until it is there). The form gives focus
 * back to what opened it when it closes (useModalDialog).
 */
export function useInteractionLog(doc: Y.Doc | undefined): InteractionLog {
  const toast = useToast();
  const [editing, setEditing] = useState<Interaction | 'new' | null>(null);
  const open = (what: Interaction | 'new') => {
    if (doc) setEditing(what);
  };
  const close = () => setEditing(null);
  useShortcut('l', () => open('new'));
  const remove = (interaction: Interaction) => {
    if (!doc) return;
    const { id, ...value } = interaction;
    deleteInteraction(doc, id, LOCAL_ORIGIN);
    toast({ message: 'Interaction deleted.', action: { label: 'Undo', run: () => putInteraction(doc, id, value, LOCAL_ORIGIN) } });
  };
  return {
    logNew: () => open('new'),
    edit: open,
    remove,
    dialog: editing && doc ? <InteractionDialog doc={doc} editing={editing} onClose={close} /> : null,
  };
}
