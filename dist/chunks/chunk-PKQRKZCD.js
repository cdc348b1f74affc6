import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);

// src/core/sanitize.ts
var ZERO_WIDTH_SPACE = "\u200B";
function defuseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
function isLogin(text) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(text);
}

export {
  defuseMentions,
  isLogin
};
