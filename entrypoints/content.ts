import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/content/run';
import { CONTENT_SCRIPT_MATCHES } from '../lib/platform/hosts';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
