// Live pages: every C# cell of a rendered page becomes editable and runnable in the browser, on the collection's own
// engine compiled to WebAssembly and run in a Web Worker (engine-worker.js). Nothing loads until the first Run; the
// rendered outputs stay until a cell is run; edits survive a reload until Reset; nothing is fetched from another origin.
//
// Test and automation hook, window.smenotebooks:
//   ready()          a Promise that resolves when the engine has loaded (calling it starts the load)
//   cellCount        the number of C# cells on the page
//   code(i)          the code of C# cell i (from 0), as edited
//   setCode(i, code) replaces it (as typing would; kept in the browser's storage)
//   run(i)           runs cell i, first running the cells above it never run on this page;
//                    resolves to its outputs { text, html, error } (error null when the cell succeeded)
//   runAll()         runs every cell in order; resolves to each cell's outputs, stopping after the first failure
//   stop()           stops the running cell: the engine restarts, and the cells that ran before are replayed
//                    (with the code they ran) before the next cell runs, so it sees their variables
//   reset()          forgets the edits and the session, and shows the rendered outputs again
//   notebook()       a Promise of the page as an .ipynb (nbformat 4) with the reader's code and live outputs: what
//                    the "Download my notebook" button saves
(function () {
  'use strict';
  const settings = JSON.parse(document.getElementById('sme-live').textContent);
  const words = settings.words;
  const base = new URL(settings.live, document.baseURI);
  const storageKey = 'smenotebooks:' + location.pathname;
  const cells = Array.from(document.querySelectorAll('section.cell.code[data-kernel="csharp"]'));
  const original = cells.map(cell => ({
    code: cell.querySelector('pre code').textContent,
    outputs: Array.from(cell.querySelectorAll(':scope > .output')).map(node => node.cloneNode(true)),
  }));

  if (location.protocol === 'file:') {
    const note = document.createElement('p');
    note.className = 'sme-live-note';
    note.textContent = words.serveHint;
    document.querySelector('header').appendChild(note);
    return;
  }

  // ---- the engine, in a worker -------------------------------------------------------------------------------------
  // history: the cells that ran successfully in the current engine, in order, with the code they ran (replayed in a new
  // engine after a Stop, so that later cells see the same variables); attempted: the cells run at all on this page, so
  // that Run on a cell first runs only the cells above it never run (never the one that was stopped).
  let worker = null, starting = null, nextId = 0, busy = null, history = [], replay = false;
  const attempted = new Set();
  const pending = new Map();
  const status = document.createElement('span');
  status.className = 'sme-live-status';
  status.setAttribute('role', 'status');

  function say(text) { status.textContent = text; }

  function start() {
    if (starting) return starting;
    starting = new Promise((resolve, reject) => {
      worker = new Worker(new URL('engine-worker.js', base), { type: 'module' });
      worker.onmessage = event => {
        const message = event.data;
        if (message.type === 'progress') say(message.stage === 'download' ? words.downloading : words.starting);
        else if (message.type === 'started') { say(words.ready); resolve(); }
        else if (message.type === 'failed') { say(words.engineFailed + ' ' + message.message); forget(); reject(new Error(message.message)); }
        else if (message.type === 'result') { const done = pending.get(message.id); pending.delete(message.id); if (done) done(message.result); }
      };
      worker.onerror = event => { say(words.engineFailed + ' ' + (event.message || '')); forget(); reject(new Error(event.message)); };
      worker.postMessage({ type: 'start', language: settings.language, notebook: settings.notebook });
    });
    return starting;
  }

  // The engine is gone (stopped, or it failed to start): the next Run starts a new one and replays the history.
  function forget() {
    if (worker) worker.terminate();
    worker = null; starting = null; replay = history.length > 0;
    for (const [id, done] of pending) { pending.delete(id); done({ outputs: [], error: { name: 'Stopped', message: words.stopped, line: null, traceback: [] } }); }
  }

  async function engine() {
    await start();
    if (!replay) return;
    replay = false;
    const ran = history;
    history = [];
    for (const step of ran) {
      say(words.replaying + ' ' + cells[step.index].id.replace('cell-', ''));
      const result = await execute(step.code, step.index);
      if (result.error) break;
      history.push(step);
    }
    say(words.ready);
  }

  function execute(source, index) {
    return new Promise(resolve => {
      const id = ++nextId;
      pending.set(id, resolve);
      worker.postMessage({ type: 'run', id, code: source, number: Number(cells[index].id.replace('cell-', '')) });
    });
  }

  // ---- outputs -----------------------------------------------------------------------------------------------------
  const results = [];   // each cell's last live result and its execution count, for "Download my notebook"
  let executions = 0;

  function show(index, result) {
    const cell = cells[index];
    results[index] = { result, count: ++executions, code: code(index) };
    cell.querySelectorAll(':scope > .output').forEach(node => node.remove());
    const add = (kind, build) => { const div = document.createElement('div'); div.className = 'output ' + kind; build(div); cell.appendChild(div); };
    for (const output of result.outputs) {
      add(output.kind, div => {
        if (output.plotly) {
          const plot = document.createElement('div');
          plot.className = 'sme-plot';
          div.appendChild(plot);
          const figure = JSON.parse(output.plotly);
          script('plotly.min.js', 'Plotly').then(Plotly => Plotly.newPlot(plot, figure.data, figure.layout, figure.config), () => { plot.textContent = output.text; });
        } else if (output.html) div.innerHTML = output.html;
        else { const pre = document.createElement('pre'); pre.textContent = output.text; div.appendChild(pre); }
      });
    }
    if (result.error) add('error', div => {
      const pre = document.createElement('pre');
      const where = words.cell + ' ' + cell.id.replace('cell-', '') + (result.error.line ? ', ' + words.line + ' ' + result.error.line : '');
      pre.textContent = [where + ': ' + result.error.message, ...(result.error.traceback || []).slice(1)].join('\n');
      div.appendChild(pre);
    });
  }

  // Scripts of the live folder loaded when first needed, once each (a failed load is tried again next time):
  // plotly.js for a chart on a page that rendered none, the editor when a reader opens a cell.
  const scripts = new Map();
  function script(file, global) {
    if (window[global]) return Promise.resolve(window[global]);
    if (!scripts.has(file)) scripts.set(file, new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = new URL(file, base).href;
      element.onload = () => resolve(window[global]);
      element.onerror = () => { scripts.delete(file); reject(new Error(file)); };
      document.head.appendChild(element);
    }));
    return scripts.get(file);
  }

  function summary(result) {
    const text = result.outputs.map(o => o.text).join('\n');
    const html = result.outputs.map(o => o.html || '').join('\n');
    return { text, html, error: result.error ? result.error.message : null };
  }

  // ---- running -----------------------------------------------------------------------------------------------------
  async function runOne(index) {
    const cell = cells[index];
    const source = code(index);
    attempted.add(index);
    cell.classList.add('sme-running');
    say(words.running + ' ' + cell.id.replace('cell-', ''));
    const result = await execute(source, index);
    cell.classList.remove('sme-running');
    show(index, result);
    if (!result.error) { history.push({ index, code: source }); say(words.ready); }
    else if (result.error.name === 'Stopped') say(words.stoppedStatus);
    else say(words.ready);
    return result;
  }

  function exclusive(work) {
    const previous = busy || Promise.resolve();
    const next = previous.catch(() => {}).then(work);
    busy = next.finally(() => { if (busy === next) busy = null; });
    return next;
  }

  function run(index) {
    if (!(index >= 0 && index < cells.length)) return Promise.reject(new RangeError('There is no C# cell ' + index + ' (the page has ' + cells.length + ').'));
    return exclusive(async () => {
      await engine();
      for (let earlier = 0; earlier < index; earlier++) {
        if (attempted.has(earlier)) continue;
        const result = await runOne(earlier);
        if (result.error) return summary(result);
      }
      return summary(await runOne(index));
    });
  }

  function runAll() {
    return exclusive(async () => {
      await engine();
      const results = [];
      for (let i = 0; i < cells.length; i++) {
        const result = summary(await runOne(i));
        results.push(result);
        if (result.error) break;
      }
      return results;
    });
  }

  function stop() {
    if (!worker) return;
    forget();
    cells.forEach(cell => cell.classList.remove('sme-running'));
    say(words.stoppedStatus);
  }

  // ---- the reader's notebook ---------------------------------------------------------------------------------------
  // The page's own .ipynb (written beside it by the render, same edition and cells) with the reader's code and live
  // outputs: cells run live get their live outputs; cells edited but not run lose the rendered outputs (which belonged
  // to other code); the rest keep them.
  function lines(text) { const parts = text.split('\n'); return parts.map((p, i) => i < parts.length - 1 ? p + '\n' : p).filter(p => p.length > 0); }

  function outputsOf(result, count) {
    const outputs = result.outputs.map(o => {
      if (o.kind === 'stdout' || o.kind === 'stderr') return { output_type: 'stream', name: o.kind, text: lines(o.text) };
      const data = { 'text/plain': lines(o.text) };
      if (o.html) data['text/html'] = lines(o.html);
      return o.kind === 'result' ? { output_type: 'execute_result', execution_count: count, data, metadata: {} } : { output_type: 'display_data', data, metadata: {} };
    });
    if (result.error) outputs.push({ output_type: 'error', ename: result.error.name, evalue: result.error.message, traceback: result.error.traceback && result.error.traceback.length ? result.error.traceback : [result.error.message] });
    return outputs;
  }

  async function notebook() {
    const file = decodeURIComponent(location.pathname.split('/').pop()).replace(/\.html$/, '.ipynb');
    const response = await fetch(encodeURIComponent(file));
    if (!response.ok) throw new Error(file + ': ' + response.status);
    const ipynb = await response.json();
    const csharp = ipynb.cells.filter(c => c.cell_type === 'code' && c.metadata && c.metadata.dotnet_interactive && c.metadata.dotnet_interactive.language === 'csharp');
    if (csharp.length !== cells.length) throw new Error(file + ' has ' + csharp.length + ' C# cells, the page ' + cells.length + '.');
    csharp.forEach((cell, i) => {
      const text = code(i);
      const live = results[i];
      if (live && live.code === text) { cell.outputs = outputsOf(live.result, live.count); cell.execution_count = live.count; }
      else if (text !== original[i].code) { cell.outputs = []; cell.execution_count = null; }
      cell.source = lines(text);
    });
    return JSON.stringify(ipynb, null, 1) + '\n';
  }

  async function download() {
    const text = await notebook();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/x-ipynb+json' }));
    link.download = decodeURIComponent(location.pathname.split('/').pop()).replace(/\.html$/, '.ipynb');
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  // ---- code and edits ----------------------------------------------------------------------------------------------
  // texts[i] is cell i's code as the reader has it; the rendered <pre><code> shows it until the reader opens the cell,
  // when a CodeMirror editor (live/editor.js, loaded then, once) takes its place.
  const texts = original.map(o => o.code);
  const editors = [];

  function saved() { try { return JSON.parse(localStorage.getItem(storageKey) || '{}'); } catch (e) { return {}; } }
  function code(index) { return texts[index]; }
  function setCode(index, text) {
    texts[index] = String(text);
    if (editors[index]) editors[index].set(texts[index]);
    else cells[index].querySelector('pre code').textContent = texts[index];
    remember(index);
  }
  function remember(index) {
    const edits = saved();
    if (texts[index] === original[index].code) delete edits[index]; else edits[index] = texts[index];
    try { localStorage.setItem(storageKey, JSON.stringify(edits)); } catch (e) { /* storage full or refused: the edit stays on the page */ }
  }

  async function edit(index) {
    if (editors[index]) return;
    const editor = await script('editor.js', 'SmeEditor').catch(() => null);
    if (!editor || editors[index]) return;   // without the editor the code stays in its plain, editable block
    const pre = cells[index].querySelector('pre');
    const holder = document.createElement('div');
    holder.className = 'sme-editor';
    pre.replaceWith(holder);
    editors[index] = editor.create(holder, texts[index], text => { texts[index] = text; remember(index); }, () => run(index).catch(() => {}));
  }

  function reset() {
    stop();
    history = []; replay = false; attempted.clear();
    try { localStorage.removeItem(storageKey); } catch (e) { /* nothing stored */ }
    cells.forEach((cell, i) => {
      texts[i] = original[i].code;
      if (editors[i]) editors[i].set(texts[i]); else cell.querySelector('pre code').textContent = texts[i];
      cell.querySelectorAll(':scope > .output').forEach(node => node.remove());
      original[i].outputs.forEach(node => cell.appendChild(node.cloneNode(true)));
    });
    results.length = 0;
    say('');
  }

  // ---- the page ----------------------------------------------------------------------------------------------------
  function button(label, action, className) {
    const b = document.createElement('button');
    b.type = 'button'; b.textContent = label; b.className = className;
    b.addEventListener('click', action);
    return b;
  }

  const edits = saved();
  cells.forEach((cell, i) => {
    cell.dataset.index = String(i);   // the hook's cell number, for selectors
    const codeNode = cell.querySelector('pre code');
    if (typeof edits[i] === 'string') codeNode.textContent = texts[i] = edits[i];   // shown, never run without a click
    // Until the editor is there (or if it cannot load), the block itself is editable.
    codeNode.setAttribute('contenteditable', 'plaintext-only');
    codeNode.setAttribute('spellcheck', 'false');
    codeNode.addEventListener('input', () => { texts[i] = codeNode.textContent; remember(i); });
    const details = cell.querySelector('details');
    details.addEventListener('toggle', () => { if (details.open) edit(i); });
    if (details.open) edit(i);
    const bar = document.createElement('div');
    bar.className = 'sme-cell-bar';
    bar.appendChild(button(words.run, () => { cell.querySelector('details').open = true; run(i).catch(() => {}); }, 'sme-run'));
    cell.insertBefore(bar, cell.querySelector('details').nextSibling);
  });

  const toolbar = document.createElement('div');
  toolbar.className = 'sme-live-bar';
  toolbar.append(button(words.runAll, () => runAll().catch(() => {}), 'sme-run-all'), button(words.stop, stop, 'sme-stop'),
    button(words.reset, reset, 'sme-reset'), button(words.download, () => download().catch(error => say(String(error))), 'sme-download'), status);
  document.querySelector('header').appendChild(toolbar);

  window.smenotebooks = Object.freeze({
    ready: () => start(),
    cellCount: cells.length,
    code, setCode, run, runAll, stop, reset, notebook,
  });
})();
