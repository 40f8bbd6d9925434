import type { CustomerCard } from '../../shared/model/workspaceDoc';
import type { ExportCustomer } from '../../shared/export/customersCsv';
import { personName } from '../../shared/model/members';
import { saveBytes, safeFileName } from '../backup/files';
import { useSession } from '../workspace/SessionContext';
import { readInsightSettings, summarizeCards } from '../insights/useInsights';
import { usePeople } from '../people/usePeople';
import { useFormats } from '../format/useFormats';
import { useToast } from '../ui/Toast';
import { ExportIcon } from '../ui/icons';

/**
 * "Export CSV" and "Export vCard" of the customers given (what the list shows: its
 * filter, segment and selection), with the figures this device derived (tier, value,
 * health, last touch) and the contact details from the customers' digests, so no
 * customer doc is opened. The writers are fetched on the click, not with the list.
 */
export function ExportListButtons({ cards, label }: { cards: readonly CustomerCard[]; label: 'shown' | 'selected' }) {
  const session = useSession();
  const { directory } = usePeople();
  const formats = useFormats();
  const toast = useToast();

  // Figures computed on the click (the list never waits for them), over every customer:
  // tiers rank a customer against the whole workspace, not against the rows exported.
  const rows = (): ExportCustomer[] => {
    const { summaries } = summarizeCards(session, session.cards.all(), { now: Date.now(), settings: readInsightSettings(session), currency: formats.currency });
    return cards.map((card) => {
      const digest = session.derived.digests.get(card.id);
      return { card, summary: summaries.byId.get(card.id), profile: digest?.merge?.profile ?? { emails: digest?.emails } };
    });
  };
  const context = { personName: (value: string) => personName(value, directory), currency: formats.currency };
  const failed = () => toast({ message: 'The export could not be loaded. If this device is offline, connect and try again.' });
  const base = safeFileName(session.meta.name);

  return (
    <>
      <button
        title={`The ${cards.length.toLocaleString()} ${label} customers as CSV`}
        onClick={() =>
          void import('../../shared/export/customersCsv').then(({ customersToCsv }) => saveBytes(`${base} customers.csv`, customersToCsv(rows(), context), { name: 'CSV', extensions: ['csv'] }), failed)
        }
      >
        <ExportIcon aria-hidden="true" />
        Export CSV
      </button>
      <button
        title={`The ${cards.length.toLocaleString()} ${label} customers as vCard`}
        onClick={() =>
          void import('../../shared/export/customersVcard').then(({ customersToVcard }) => saveBytes(`${base} customers.vcf`, customersToVcard(rows(), context), { name: 'vCard', extensions: ['vcf'] }), failed)
        }
      >
        <ExportIcon aria-hidden="true" />
        Export vCard
      </button>
    </>
  );
}
