import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { CustomerLink, DeepLinkResult, JoinLink } from '../../shared/deeplink/deepLink';
import { useApp, type AppActions } from '../app/AppContext';
import { navigate } from '../app/router';
import { DeepLinkNotice } from './DeepLinkNotice';
import { JoinConfirmDialog } from './JoinConfirmDialog';
import { subscribeDeepLinks } from './deepLinkSource';

type PromptBody = { kind: 'join'; link: JoinLink; alreadyOnDevice: boolean } | { kind: 'notice'; title: string; message: string };
type Prompt = PromptBody & { id: number };

/** Opens a customer link: in the open workspace, or after switching to it. False when the workspace is not on this device. */
async function openCustomerLink(app: AppActions, link: CustomerLink): Promise<boolean> {
  if (app.currentWorkspace?.id !== link.workspaceId) {
    const workspace = await app.meta.getWorkspace(link.workspaceId);
    if (!workspace) return false;
    await app.openWorkspace(workspace);
  }
  navigate({ view: 'customer', id: link.customerId });
  return true;
}

/**
 * Handles deep links (rapport://…, and the web build's #join=): a customer
 * link opens the customer, a join link asks first. Mounted beside the welcome
 * screen and the shell, so a link works before any workspace exists too.
 */
export function DeepLinkHandler() {
  const app = useApp();
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  const nextId = useRef(1);
  const show = (prompt: PromptBody) => {
    const id = nextId.current++;
    setPrompts((list) => [...list, { ...prompt, id }]);
  };

  const onLink = useEffectEvent(async (result: DeepLinkResult) => {
    if (!result.ok) {
      show({ kind: 'notice', title: 'Link not opened', message: result.error });
      return;
    }
    const { link } = result;
    if (link.kind === 'customer') {
      if (!(await openCustomerLink(app, link))) {
        show({
          kind: 'notice',
          title: 'Workspace not on this device',
          message: 'This link opens a customer in a workspace that is not on this device. Join the workspace with an invite from a teammate, then open the link again.',
        });
      }
      return;
    }
    const alreadyOnDevice = (await app.meta.getWorkspace(link.invite.workspaceId)) !== undefined;
    show({ kind: 'join', link, alreadyOnDevice });
  });

  useEffect(
    () =>
      subscribeDeepLinks((result) => {
        onLink(result).catch((error: unknown) => show({ kind: 'notice', title: 'Link not opened', message: error instanceof Error ? error.message : String(error) }));
      }),
    [],
  );

  const prompt = prompts[0];
  if (!prompt) return null;
  const done = () => setPrompts((list) => list.filter((item) => item.id !== prompt.id));
  if (prompt.kind === 'notice') return <DeepLinkNotice key={prompt.id} title={prompt.title} message={prompt.message} onClose={done} />;
  return <JoinConfirmDialog key={prompt.id} link={prompt.link} alreadyOnDevice={prompt.alreadyOnDevice} onJoin={() => app.joinWithInvite(prompt.link.code)} onClose={done} />;
}
