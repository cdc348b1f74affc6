import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);

// src/core/duration.ts
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5 };
var DURATION = /^(\d+)(m|h|d)$/;
var MAX_MS = 36500 * UNIT_MS.d;
var DurationError = class extends Error {
  constructor(text) {
    super(`"${text}" is not a duration: use a whole number of 1 or more followed by m, h or d (e.g. 30m, 2h, 1d), up to 100 years`);
    this.text = text;
    this.name = "DurationError";
  }
  text;
};
function parseDuration(text) {
  const match = DURATION.exec(text.trim());
  if (!match) throw new DurationError(text);
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  if (ms <= 0 || ms > MAX_MS) throw new DurationError(text);
  return ms;
}
function formatDuration(ms) {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 6e4));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes % 1440 / 60);
  const mins = minutes % 60;
  const parts = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (mins && days === 0) parts.push(`${mins}m`);
  return parts.join(" ") || "0m";
}

// node_modules/zwitch/index.js
var own = {}.hasOwnProperty;
function zwitch(key, options) {
  const settings = options || {};
  function one(value, ...parameters) {
    let fn = one.invalid;
    const handlers = one.handlers;
    if (value && own.call(value, key)) {
      const id = String(value[key]);
      fn = own.call(handlers, id) ? handlers[id] : one.unknown;
    }
    if (fn) {
      return fn.call(this, value, ...parameters);
    }
  }
  one.handlers = settings.handlers || {};
  one.invalid = settings.invalid;
  one.unknown = settings.unknown;
  return one;
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index = source.indexOf(character);
  while (index !== -1) {
    count++;
    index = source.indexOf(character, index + character.length);
  }
  return count;
}

export {
  DurationError,
  parseDuration,
  formatDuration,
  ccount,
  zwitch
};
