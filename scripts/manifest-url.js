'use strict';
/**
 * The manifest's development URL and its rewrite for production: every occurrence is replaced
 * (Microsoft's shared-runtime template replaces only the first, leaving localhost behind).
 */
const DEV_URL = 'https://localhost:3000/';

/** @param {string} content @param {string} url */
function rewriteManifest(content, url) {
  const base = url.endsWith('/') ? url : `${url}/`;
  if (!/^https:\/\//.test(base)) throw new Error(`ADDIN_URL must be an https:// URL, got "${url}"`);
  return content.split(DEV_URL).join(base);
}

module.exports = { DEV_URL, rewriteManifest };
