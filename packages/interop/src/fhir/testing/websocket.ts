// @medplum/core 5 creates a WebSocket subclass when it loads; Node 20 has no global WebSocket.
// The validator never opens one, so an empty class is enough. Imported before @medplum/core.
const global = globalThis as { WebSocket?: unknown };
global.WebSocket ??= class {};
