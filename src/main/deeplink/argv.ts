import { DEEP_LINK_SCHEME } from '../../shared/deeplink/deepLink';

/**
 * The deep-link candidates in a command line: a cold start's process.argv or
 * the argv of a second launch. The OS passes the link as one positional
 * argument, but Chromium may reorder the arguments and add switches of its own
 * (`--original-process-start-time`, `--allow-file-access-from-files`), and in
 * development the app path comes first; so every argument is looked at, and
 * only those in the rapport: scheme (any case, so a wrong-case link is refused
 * with a reason rather than ignored) are returned, in order.
 */
export function deepLinksInArgv(argv: readonly unknown[]): string[] {
  const prefix = `${DEEP_LINK_SCHEME}:`;
  return argv.filter((arg): arg is string => typeof arg === 'string' && arg.slice(0, prefix.length).toLowerCase() === prefix);
}
