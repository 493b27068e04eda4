// The browser engine's worker: starts .NET (WebAssembly) off the page's main thread and runs cells for live.js.
// Messages in: {type: 'start', language, notebook} and {type: 'run', id, code, number}.
// Messages out: {type: 'progress', stage}, {type: 'started', ms} or {type: 'failed', message}, {type: 'result', id, result}.
import { dotnet } from './_framework/dotnet.js';

function fetchBytes(path) {
  const request = new XMLHttpRequest();
  request.open('GET', new URL(path, self.location.href).href, false);
  request.responseType = 'arraybuffer';
  request.send();
  return request.status === 200 ? new Uint8Array(request.response) : null;
}

let engine = null;
const queue = [];

async function start(language, notebook) {
  postMessage({ type: 'progress', stage: 'download' });
  // A language other than English needs the satellite assemblies (the collection ships those of its translations only).
  // The runtime's files are named after their content (fingerprints), so the browser's cache may keep them as the
  // server says: without disableNoCacheFetch the runtime asks the server again for every one on every visit.
  const runtime = await dotnet.withConfig({ loadAllSatelliteResources: language !== 'en', disableNoCacheFetch: true }).create();
  runtime.setModuleImports('smenotebooks', { fetchBytes });
  const config = runtime.getConfig();
  const exports = await runtime.getAssemblyExports(config.mainAssemblyName);
  postMessage({ type: 'progress', stage: 'start' });
  // Every assembly the site serves, by its name and by the fingerprinted file it is served as (the boot manifest's).
  const served = ['coreAssembly', 'assembly', 'lazyAssembly'].flatMap(kind => config.resources[kind] || []);
  const files = await (await fetch('files.json')).json();
  const ms = exports.SmeNotebooks.Browser.BrowserEngine.Start(language, notebook, served.map(a => a.virtualPath), served.map(a => a.name), files);
  engine = exports.SmeNotebooks.Browser.BrowserEngine;
  postMessage({ type: 'started', ms });
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === 'start') {
    try { await start(message.language, message.notebook); }
    catch (error) { postMessage({ type: 'failed', message: String(error && error.message || error) }); }
  } else if (message.type === 'run') {
    try { postMessage({ type: 'result', id: message.id, result: JSON.parse(engine.Run(message.code, message.number)) }); }
    catch (error) { postMessage({ type: 'result', id: message.id, result: { outputs: [], error: { name: 'EngineError', message: String(error && error.message || error), line: null, traceback: [] } } }); }
  }
};
