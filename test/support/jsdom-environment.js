// jsdom has no fetch classes; React Router's data router builds a Request with
// an AbortSignal for every navigation, so lend it Node's own, which match.
// Nor structuredClone, which every browser has and the genogram's layout
// library (dagre) uses.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = ['Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone'];

class PortalEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = PortalEnvironment;
