/**
 * Permission requests (camera, microphone, geolocation, notifications,
 * clipboard reads, HID, serial...) are denied by default. The app needs none:
 * copy and paste inside editors work without a permission.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

export function decidePermission(permission: string, requestingUrl: string | undefined, trustedOrigin: string): boolean {
  if (!ALLOWED_PERMISSIONS.includes(permission)) return false;
  if (!requestingUrl) return false;
  try {
    const url = new URL(requestingUrl);
    return `${url.protocol}//${url.host}` === trustedOrigin;
  } catch {
    return false;
  }
}
