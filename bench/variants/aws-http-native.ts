import { nativeHandler } from './apps.js';

export function create(event: never) {
  return () => nativeHandler(event);
}
