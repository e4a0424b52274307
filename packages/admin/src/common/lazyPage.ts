// Each screen is its own chunk, loaded the first time someone opens it (react-admin's layout
// shows its loading indicator meanwhile): the first load carries the shell and the dashboard,
// not every list and page of every role.
import { lazy, type ComponentType } from 'react';

export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
