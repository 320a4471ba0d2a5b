import { contextBridge, ipcRenderer } from 'electron';

// The renderer gets exactly one function: the generic StudioApi invoke. Channel name is
// repeated here (not imported) because a sandboxed preload is bundled on its own.
contextBridge.exposeInMainWorld('studio', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke('studio:call', String(name), input),
});
