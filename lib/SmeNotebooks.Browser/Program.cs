// The browser engine's entry point: nothing to do until the worker calls BrowserEngine.Start (engine-worker.js).
return 0;
