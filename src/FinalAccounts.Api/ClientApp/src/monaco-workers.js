// Monaco runs its language services in web workers; they are bundled to /app/workers/ by build.mjs.
// Imported first by the GraphiQL page, before any editor is created.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(new URL(`./workers/${name}.worker.js`, import.meta.url));
  },
};
