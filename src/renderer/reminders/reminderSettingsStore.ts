import { useSyncExternalStore } from 'react';
import type { ReminderStatus } from '../../shared/reminders/commands';
import { readReminderSettings, type ReminderSettings } from '../../shared/reminders/settings';
import type { MetaStore } from '../store/metaStore';

/** Where the settings live on this device: the meta store's settings (like the local user). */
const SETTINGS_KEY = 'reminders-v1';

/** What the web build can tell about notifications, in place of main's status. */
export type WebNotificationStatus = { web: true; permission: NotificationPermission | 'unsupported' };
export type RemindersStatus = ReminderStatus | WebNotificationStatus;

let settings: ReminderSettings | null = null;
let status: RemindersStatus | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The device's reminder settings, shared by the reminder bridge (which applies
 * them) and the Settings panel (which edits them). Null until read from the store.
 */
export function useReminderSettings(meta: MetaStore): ReminderSettings | null {
  loading ??= meta.getSetting(SETTINGS_KEY).then((raw) => {
    settings ??= readReminderSettings(raw);
    emit();
  });
  return useSyncExternalStore(subscribe, () => settings);
}

export async function saveReminderSettings(meta: MetaStore, next: ReminderSettings): Promise<void> {
  settings = next;
  emit();
  await meta.setSetting(SETTINGS_KEY, next);
}

export function setRemindersStatus(next: RemindersStatus | null): void {
  status = next;
  emit();
}

export function useRemindersStatus(): RemindersStatus | null {
  return useSyncExternalStore(subscribe, () => status);
}
