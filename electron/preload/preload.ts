import { contextBridge, ipcRenderer } from 'electron';
import { METHODS, type DeskBridge, type Method } from '../contract';

/** Sandboxed preload: exposes exactly the contract's methods over one IPC channel, nothing else. */
const allowed = new Set<string>(METHODS);

const bridge: DeskBridge = {
  methods: METHODS,
  invoke: (method: Method, input: unknown, sessionToken: string | null) =>
    allowed.has(method)
      ? ipcRenderer.invoke('desk:rpc', method, input, sessionToken)
      : Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: '系统不支持该操作。' } }),
};

contextBridge.exposeInMainWorld('deskBridge', bridge);
