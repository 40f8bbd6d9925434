import type * as Y from 'yjs';
import { deleteFollowUp, putFollowUp } from '../../shared/model/customerDoc';
import type { FollowUp } from '../../shared/model/schemas';
import { snoozedDue, SNOOZE_LABELS, type SnoozeChoice } from '../../shared/dates/snooze';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useToast } from '../ui/Toast';
import { useFormats } from '../format/useFormats';
import { todayIso } from '../interactions/dates';

/** Follow-up edits from the customer page, each announced with Undo (done, snooze, edit, delete). */
export function useFollowUpActions(doc: Y.Doc) {
  const toast = useToast();
  const formats = useFormats();
  const write = (followUp: FollowUp) => {
    const { id, ...value } = followUp;
    putFollowUp(doc, id, value, LOCAL_ORIGIN);
  };
  return {
    setDone(followUp: FollowUp, done: boolean) {
      write({ ...followUp, done });
      if (done) toast({ message: `Done: ${followUp.text}`, action: { label: 'Undo', run: () => write({ ...followUp, done: false }) } });
    },
    snooze(followUp: FollowUp, choice: SnoozeChoice) {
      const due = snoozedDue(todayIso(), choice);
      write({ ...followUp, due });
      toast({ message: `Snoozed to ${SNOOZE_LABELS[choice].toLowerCase()} (${formats.day(due)}): ${followUp.text}`, action: { label: 'Undo', run: () => write(followUp) } });
    },
    save(followUp: FollowUp, patch: Pick<FollowUp, 'text' | 'due' | 'assignee'>) {
      write({ ...followUp, ...patch });
    },
    remove(followUp: FollowUp) {
      deleteFollowUp(doc, followUp.id, LOCAL_ORIGIN);
      toast({ message: 'Follow-up deleted.', action: { label: 'Undo', run: () => write(followUp) } });
    },
  };
}
