// The live pages' code editor (bundled into ../wwwroot/editor.js by `npm run build`): CodeMirror 6 with its basic
// setup and the C# mode of @codemirror/legacy-modes. live.js calls window.SmeEditor.create when a reader opens a cell.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { StreamLanguage } from '@codemirror/language';
import { csharp } from '@codemirror/legacy-modes/mode/clike';

window.SmeEditor = {
  /** An editor in `parent` showing `text`; `changed(text)` after each edit; Shift-Enter calls `run()`. */
  create(parent, text, changed, run) {
    const view = new EditorView({
      doc: text,
      parent,
      extensions: [
        keymap.of([{ key: 'Shift-Enter', run: () => { run(); return true; } }]),
        basicSetup,
        StreamLanguage.define(csharp),
        EditorView.updateListener.of(update => { if (update.docChanged) changed(update.state.doc.toString()); }),
      ],
    });
    return {
      text: () => view.state.doc.toString(),
      set: value => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }),
    };
  },
};
